using Analytics.Models.Forecasting;

namespace Analytics.Models.Store;

/// <summary>
/// What a forecast run stores beside its forecasts, so that a reader of the snapshot knows how they
/// were made: the run's settings (<c>forecast_runs</c>), each family's chosen model with its backtest
/// scores against naive (<c>forecast_choices</c>), the measured interval coverage per family and per
/// indicator (<c>forecast_coverage</c>) and the chosen models' backtest rows (<c>forecast_backtests</c>).
/// </summary>
/// <param name="Horizon">years ahead asked for</param>
/// <param name="Series">the series the run read (some may have been too short to forecast)</param>
/// <param name="Levels">the nominal coverage of the intervals, e.g. 0.8 and 0.95</param>
/// <param name="DataSnapshotId">the published snapshot the series came from, when they came from one</param>
public sealed record ForecastRecord(
    int Horizon,
    int Series,
    IReadOnlyList<double> Levels,
    string? DataSnapshotId,
    IReadOnlyList<FamilyChoice> Choices,
    IReadOnlyList<IntervalCoverage> Coverage,
    IReadOnlyList<BacktestRow> Backtests)
{
    /// <summary>The record of forecasts made from <paramref name="panel"/> with the choices of <paramref name="report"/>.</summary>
    public static ForecastRecord Of(SeriesPanel panel, BacktestReport report, int horizon, string? dataSnapshotId) => new(
        horizon, panel.Series.Count, report.Options.Levels, dataSnapshotId, report.Choices,
        [.. report.Coverage, .. report.IndicatorCoverage], BacktestRow.Chosen(report));
}
