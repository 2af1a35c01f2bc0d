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
/// How often the conformal interval, built only from residuals known at the origin, held the actual.
/// </summary>
public sealed record IntervalCoverage(string Family, string Model, int Horizon, double Level, int Points, double Coverage);

/// <summary>Everything a rolling-origin backtest measured.</summary>
public sealed record BacktestReport(
    IReadOnlyList<BacktestPoint> Points,
    IReadOnlyList<ModelScore> Scores,
    IReadOnlyList<FamilyChoice> Choices,
    IReadOnlyList<IntervalCoverage> Coverage,
    BacktestOptions Options)
{
    public FamilyChoice? ChoiceFor(string family) => Choices.FirstOrDefault(c => c.Family == family);

    /// <summary>Conformal residual scores of a model at a horizon, for final intervals.</summary>
    public IReadOnlyList<double> ResidualScores(string family, string model, int horizon) =>
        Points.Where(p => p.Family == family && p.Model == model && p.Horizon == horizon).Select(p => p.Score).ToList();
}
