using DuckDB.NET.Data;

namespace Analytics.Web.Data;

/// <summary>One load run from <c>load_runs</c>.</summary>
public sealed record LoadRunRow(int RunId, DateTime StartedAt, DateTime? FinishedAt, int FilesLoaded, int FilesSkipped, long RowsLoaded, long Quarantined);

/// <summary>Quarantined rows of one source, with the commonest reason.</summary>
public sealed record QuarantineRow(string Source, string Kind, long Rows, string TopReason);

/// <summary>The targets of one province (or the nation) of one kind: how many, over which years, from how many documents.</summary>
public sealed record TargetKindRow(string Province, string Kind, long Targets, int FirstYear, int LastYear, long Documents);

/// <summary>The numbers one report gave the warehouse, by where their review stands.</summary>
public sealed record ReviewCountRow(string Source, long Facts, long Confirmed, long Corrected, long Rejected, long Unreviewed)
{
    /// <summary>Confirmed or corrected: a person has looked at them.</summary>
    public long Reviewed => Confirmed + Corrected;
}

/// <summary>One review sheet loaded: when, how many verdicts of each kind it recorded, how many rows were quarantined.</summary>
public sealed record ReviewSheetRow(string Sheet, DateTime LoadedAt, long Confirmed, long Corrected, long Rejected, long Quarantined);

/// <summary>What is synthetic in the snapshot, per table.</summary>
public sealed record SyntheticRow(string Table, long Rows, long SyntheticRows);

/// <summary>A model whose outputs the snapshot holds, and where its backtest score comes from if any.</summary>
/// <summary>One model that wrote outputs: how many rows, and what its evaluation measured (<c>model_evaluations</c>; empty when the run recorded none).</summary>
public sealed record ModelRow(string Model, string Output, long Rows, IReadOnlyList<ModelMetric> Metrics);

/// <summary>One evaluation figure of a model: code (<c>mase_h1</c>, <c>coverage_80_h1</c>, <c>roc_auc</c>, …), value, and the points it was measured on.</summary>
public sealed record ModelMetric(string Metric, double Value, long Points);

/// <summary>The Data page's reads: load runs, quarantine, synthetic share, models.</summary>
public static class WarehouseStatus
{
    public static IReadOnlyList<LoadRunRow> LoadRuns(DuckDBConnection c, CancellationToken ct) =>
        Sql.Rows(c, "SELECT run_id, started_at, finished_at, files_loaded, files_skipped, rows_loaded, quarantined FROM load_runs ORDER BY run_id DESC",
            r => new LoadRunRow(r.GetInt32(0), r.GetDateTime(1), r.IsDBNull(2) ? null : r.GetDateTime(2), r.GetInt32(3), r.GetInt32(4), r.GetInt64(5), r.GetInt64(6)), ct);

    public static IReadOnlyList<QuarantineRow> Quarantine(DuckDBConnection c, CancellationToken ct) =>
        Sql.Rows(c, """
            SELECT q.source_name, coalesce(any_value(s.kind), 'unknown'), count(*), mode(q.reason)
            FROM quarantine q LEFT JOIN sources s USING (source_id)
            GROUP BY q.source_name ORDER BY count(*) DESC, q.source_name
            """, r => new QuarantineRow(PathText.WithoutFolders(r.GetString(0)), r.GetString(1), r.GetInt64(2), PathText.WithoutFolders(r.GetString(3))), ct);

    public static IReadOnlyList<SyntheticRow> Synthetic(DuckDBConnection c, CancellationToken ct) =>
        Sql.Rows(c, """
            SELECT 'sources', count(*), count(*) FILTER (WHERE synthetic) FROM sources
            UNION ALL SELECT 'facts', count(*), count(*) FILTER (WHERE synthetic) FROM facts
            UNION ALL SELECT 'targets', count(*), count(*) FILTER (WHERE synthetic) FROM targets
            UNION ALL SELECT 'population', count(*), count(*) FILTER (WHERE synthetic) FROM population
            UNION ALL SELECT 'economic_bases', count(*), count(*) FILTER (WHERE synthetic) FROM economic_bases
            UNION ALL SELECT 'at_risk_counts', count(*), count(*) FILTER (WHERE synthetic) FROM at_risk_counts
            """, r => new SyntheticRow(r.GetString(0), r.GetInt64(1), r.GetInt64(2)), ct);

    /// <summary>Targets by province and kind; a target is one row of a targets file, whatever number of years it spans.</summary>
    public static IReadOnlyList<TargetKindRow> TargetKinds(DuckDBConnection c, CancellationToken ct) =>
        Sql.Rows(c, """
            SELECT province_code, kind, count(DISTINCT (source_id, source_row)), min(year), max(year), count(DISTINCT document)
            FROM targets GROUP BY ALL ORDER BY province_code, kind DESC
            """, r => new TargetKindRow(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetInt32(3), r.GetInt32(4), r.GetInt64(5)), ct);

    /// <summary>Names of synthetic sources (demo files), so the page can say exactly what is synthetic.</summary>
    public static IReadOnlyList<string> SyntheticSources(DuckDBConnection c, CancellationToken ct) =>
        Sql.Rows(c, "SELECT name FROM sources WHERE synthetic ORDER BY name LIMIT 50", r => r.GetString(0), ct);

    /// <summary>Models with outputs in the snapshot and their evaluations (a snapshot written before evaluations were stored has none).</summary>
    public static IReadOnlyList<ModelRow> Models(DuckDBConnection c, CancellationToken ct)
    {
        var metrics = Sql.Rows(c, "SELECT 1 FROM duckdb_tables() WHERE table_name = 'model_evaluations'", _ => true, ct).Count == 0
            ? []
            : Sql.Rows(c, "SELECT model, output, metric, value, points FROM model_evaluations ORDER BY model, output, metric",
                r => (Key: (r.GetString(0), r.GetString(1)), Metric: new ModelMetric(r.GetString(2), r.GetDouble(3), r.GetInt64(4))), ct);
        return Sql.Rows(c, """
            SELECT model, 'forecast', count(*) FROM forecast_intervals GROUP BY model
            UNION ALL
            SELECT model, 'at_risk', count(*) FROM at_risk_counts GROUP BY model
            ORDER BY 2, 1
            """, r => new ModelRow(r.GetString(0), r.GetString(1), r.GetInt64(2),
                [.. metrics.Where(m => m.Key == (r.GetString(0), r.GetString(1))).Select(m => m.Metric)]), ct);
    }

    /// <summary>Every report's numbers by review state (a rejected one stays in the warehouse and is counted here).</summary>
    public static IReadOnlyList<ReviewCountRow> ReviewCounts(DuckDBConnection c, CancellationToken ct) =>
        Sql.Rows(c, """
            SELECT s.name, count(*),
                   count(*) FILTER (WHERE v.review = 'confirmed'), count(*) FILTER (WHERE v.review = 'corrected'),
                   count(*) FILTER (WHERE v.review = 'rejected'), count(*) FILTER (WHERE v.review = 'unreviewed')
            FROM facts f JOIN sources s USING (source_id) JOIN fact_reviews v ON v.fact_id = f.fact_id
            WHERE s.kind = 'report'
            GROUP BY s.source_id, s.name ORDER BY s.name, s.source_id
            """, r => new ReviewCountRow(r.GetString(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5)), ct);

    /// <summary>The review sheets loaded, newest first, with the verdicts each recorded.</summary>
    public static IReadOnlyList<ReviewSheetRow> ReviewSheets(DuckDBConnection c, CancellationToken ct) =>
        Sql.Rows(c, """
            SELECT s.name, l.started_at,
                   count(r.fact_key) FILTER (WHERE r.verdict = 'confirmed'), count(r.fact_key) FILTER (WHERE r.verdict = 'corrected'),
                   count(r.fact_key) FILTER (WHERE r.verdict = 'rejected'), any_value(s.quarantined)
            FROM sources s JOIN load_runs l USING (run_id) LEFT JOIN reviews r USING (source_id)
            WHERE s.kind = 'review'
            GROUP BY s.source_id, s.name, l.started_at ORDER BY l.started_at DESC, s.source_id DESC
            """, r => new ReviewSheetRow(r.GetString(0), r.GetDateTime(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5)), ct);

    public static bool AnySynthetic(DuckDBConnection c, CancellationToken ct) =>
        Synthetic(c, ct).Any(s => s.SyntheticRows > 0);
}
