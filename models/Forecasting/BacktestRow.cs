namespace Analytics.Models.Forecasting;

/// <summary>One backtest forecast with the intervals it had at its origin (none at a level too few residuals allowed).</summary>
public sealed record BacktestRow(BacktestPoint Point, IReadOnlyList<BacktestInterval> Intervals)
{
    /// <summary>
    /// The chosen model's backtest rows of every family, for the warehouse: what the forecasts a
    /// reader sees would have said in earlier years, and how often their intervals held.
    /// </summary>
    public static IReadOnlyList<BacktestRow> Chosen(BacktestReport report) =>
        [.. report.Choices.SelectMany(c => Backtester.HonestIntervals(
            [.. report.Points.Where(p => p.Family == c.Family && p.Model == c.Model)], report.Options))];
}
