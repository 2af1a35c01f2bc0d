namespace Analytics.Models.Forecasting;

/// <summary>
/// Mean sMAPE and MASE of one model at one horizon. <see cref="Comparable"/>: over the points every
/// comparable model of the family forecast (a model that could forecast under 80% of the points the
/// best-covered model did is scored on its own points, shown, but never chosen).
/// </summary>
public sealed record ModelScore(string Family, string Model, int Horizon, int Points, double Smape, double Mase, bool Comparable = true);

/// <summary>The model a family's forecasts use: the lowest mean MASE over horizons, and naive's for comparison.</summary>
public sealed record FamilyChoice(string Family, string Model, double Mase, double Smape, double NaiveMase);

/// <summary>
/// How often the conformal interval, built only from residuals known at the origin, held the actual:
/// over the whole family (<see cref="Indicator"/> null) or one indicator. <see cref="Pooled"/>: of
/// the <see cref="Points"/>, how many had the family's pooled width (too few residuals of their own).
/// </summary>
public sealed record IntervalCoverage(
    string Family, string Model, int Horizon, double Level, int Points, double Coverage, string? Indicator = null, int Pooled = 0);

/// <summary>Everything a rolling-origin backtest measured.</summary>
public sealed record BacktestReport(
    IReadOnlyList<BacktestPoint> Points,
    IReadOnlyList<ModelScore> Scores,
    IReadOnlyList<FamilyChoice> Choices,
    IReadOnlyList<IntervalCoverage> Coverage,
    BacktestOptions Options)
{
    /// <summary>Measured coverage per indicator (the family rows are <see cref="Coverage"/>).</summary>
    public IReadOnlyList<IntervalCoverage> IndicatorCoverage { get; init; } = [];

    public FamilyChoice? ChoiceFor(string family) => Choices.FirstOrDefault(c => c.Family == family);

    /// <summary>Conformal widths of a model from all its backtest residuals in the family, for production intervals.</summary>
    public ConformalWidths Widths(string family, string model) =>
        new(Points.Where(p => p.Family == family && p.Model == model), Options.Calibration, minPooled: 0);
}
