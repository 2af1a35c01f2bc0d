using DuckDB.NET.Data;

namespace Analytics.Web.Data;

/// <summary>How often a family's backtest intervals held the actual at one horizon, over how many points.</summary>
public sealed record CoverageCell(int Horizon, double Coverage, int Points);

/// <summary>A family's chosen model, its backtest scores against naive, and its measured interval coverage per horizon at <see cref="ForecastAccuracy.Level"/>.</summary>
public sealed record FamilyForecastRow(string Family, string Model, double Mase, double Smape, double NaiveMase, IReadOnlyList<CoverageCell> Coverage)
{
    public CoverageCell? At(int horizon) => Coverage.FirstOrDefault(c => c.Horizon == horizon);
}

/// <summary>
/// The forecast run behind the snapshot's forecasts, as the snapshot records it (<c>forecast_runs</c>,
/// <c>forecast_choices</c>, <c>forecast_coverage</c>): its load run and when that finished, the
/// series it read, the years ahead, the interval levels, and each family's chosen model.
/// </summary>
public sealed record ForecastRunRow(
    int RunId, DateTime RanAt, int Series, int Horizon, IReadOnlyList<double> Levels, bool Synthetic, IReadOnlyList<FamilyForecastRow> Families)
{
    /// <summary>The snapshot's forecast run, or null when no forecast run has written one.</summary>
    public static ForecastRunRow? Read(DuckDBConnection c, CancellationToken ct)
    {
        var runs = Sql.Rows(c, """
            SELECT f.run_id, coalesce(l.finished_at, l.started_at), f.series, f.horizon, f.synthetic
            FROM forecast_runs f JOIN load_runs l USING (run_id)
            """, r => (RunId: r.GetInt32(0), At: r.GetDateTime(1), Series: r.GetInt32(2), Horizon: r.GetInt32(3), Synthetic: r.Bool(4)), ct);
        if (runs.Count == 0)
        {
            return null;
        }

        var run = runs[0];
        var levels = Sql.Rows(c, "SELECT unnest(levels) AS level FROM forecast_runs ORDER BY level", r => r.GetDouble(0), ct);
        var coverage = Sql.Rows(c, """
            SELECT v.family, v.horizon, v.coverage, v.points
            FROM forecast_coverage v JOIN forecast_choices c ON c.family = v.family AND c.model = v.model
            WHERE v.indicator IS NULL AND abs(v.level - $level) < 1e-9
            ORDER BY v.family, v.horizon
            """, r => (Family: r.GetString(0), Cell: new CoverageCell(r.GetInt32(1), r.GetDouble(2), r.GetInt32(3))), ct, ("level", ForecastAccuracy.Level));
        var families = Sql.Rows(c, "SELECT family, model, mase, smape, naive_mase FROM forecast_choices ORDER BY family",
            r => new FamilyForecastRow(r.GetString(0), r.GetString(1), r.GetDouble(2), r.GetDouble(3), r.GetDouble(4),
                [.. coverage.Where(v => v.Family == r.GetString(0)).Select(v => v.Cell)]), ct);
        return new ForecastRunRow(run.RunId, run.At, run.Series, run.Horizon, levels, run.Synthetic, families);
    }
}
