using Analytics.Models.Forecasting;
using Analytics.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Models.Store;

/// <summary>
/// Appends the chosen models' backtest rows to <c>forecast_backtests</c> and their intervals to
/// <c>forecast_backtest_intervals</c>, and each model's one-year-ahead MASE and 80 % coverage to
/// <c>model_evaluations</c>, inside the forecast writer's transaction (which deleted the earlier ones).
/// </summary>
internal static class BacktestRows
{
    /// <summary>The level the one-line coverage figure reports (the band the trend chart draws).</summary>
    public const double SummaryLevel = 0.8;

    public static void Append(DuckDBConnection connection, IReadOnlyList<BacktestRow> rows, int runId, bool synthetic)
    {
        using (var points = connection.CreateAppender("forecast_backtests"))
        using (var intervals = connection.CreateAppender("forecast_backtest_intervals"))
        {
            long id = 1;
            foreach (var row in rows)
            {
                var p = row.Point;
                points.CreateRow()
                    .AppendValue(id).AppendValue(p.Area).AppendValue(p.Indicator).AppendValue(p.Family).AppendValue(p.Model)
                    .AppendValue(p.Origin).AppendValue(p.Horizon).AppendValue(p.Actual).AppendValue(p.Forecast).AppendValue(p.Scale)
                    .AppendValue(runId).AppendValue(synthetic)
                    .EndRow();
                foreach (var i in row.Intervals)
                {
                    intervals.CreateRow().AppendValue(id).AppendValue(i.Level).AppendValue(i.Lower).AppendValue(i.Upper).AppendValue(i.Pooled).EndRow();
                }

                id++;
            }
        }

        // MASE is NaN for a flat training series (no scale): those points have no MASE to average.
        Sql.Execute(connection, """
            INSERT INTO model_evaluations
            SELECT model, 'forecast', 'mase_h1', avg(abs(forecast - actual) / scale), count(*), $run, $synthetic
            FROM forecast_backtests WHERE horizon = 1 AND scale > 0 GROUP BY model
            UNION ALL
            SELECT b.model, 'forecast', 'coverage_80_h1', avg(CASE WHEN b.actual BETWEEN i.lower - 1e-9 AND i.upper + 1e-9 THEN 1.0 ELSE 0.0 END),
                   count(*), $run, $synthetic
            FROM forecast_backtests b JOIN forecast_backtest_intervals i USING (backtest_id)
            WHERE b.horizon = 1 AND i.level = $level GROUP BY b.model
            """, ("run", runId), ("synthetic", synthetic), ("level", SummaryLevel));
    }
}
