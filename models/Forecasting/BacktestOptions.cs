namespace Analytics.Models.Forecasting;

/// <summary>
/// Rolling-origin settings: every calendar year from the first with <see cref="MinTrainLength"/>
/// years of history to the last but one is an origin (optionally limited); interval levels, how
/// intervals are calibrated, and the fewest earlier residuals a measured pooled interval needs
/// (an indicator's own width needs <see cref="ConformalWidths.MinIndicatorResiduals"/>).
/// </summary>
public sealed record BacktestOptions(
    int MaxHorizon = 5, int MinTrainLength = 5, int? FirstOrigin = null, int? LastOrigin = null, int MinCalibration = 20)
{
    public IReadOnlyList<double> Levels { get; init; } = [0.8, 0.95];

    public IntervalCalibration Calibration { get; init; } = IntervalCalibration.PerIndicator;
}
