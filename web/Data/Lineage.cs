using DuckDB.NET.Data;

namespace Analytics.Web.Data;

/// <summary>
/// Where one value came from: the source file and its kind, the spreadsheet row (tables) or the
/// evidence sentence and span (reports), whether it is synthetic, and how many candidates competed.
/// </summary>
public sealed record FactSource(
    long FactId,
    string SourceName,
    string SourceKind,
    int? SourceRow,
    string? Evidence,
    int? SpanStart,
    int? SpanEnd,
    string Qualifier,
    bool Synthetic,
    DateTime LoadedAt);

/// <summary>Lineage of facts through the <c>fact_lineage</c> view.</summary>
public static class Lineage
{
    /// <summary>The lineage of every fact of one region and year, by fact id.</summary>
    public static IReadOnlyDictionary<long, FactSource> ForRegionYear(DuckDBConnection c, string region, int year, CancellationToken ct) =>
        Sql.Rows(c, """
            SELECT fact_id, source_name, source_kind, source_row, evidence, span_start, span_end, qualifier, synthetic, loaded_at
            FROM fact_lineage WHERE region_code = $r AND year = $y
            """,
            r => new FactSource(r.GetInt64(0), r.GetString(1), r.GetString(2), r.Int(3), r.Text(4), r.Int(5), r.Int(6), r.GetString(7),
                r.Bool(8), r.GetDateTime(9)),
            ct, ("r", region), ("y", year))
        .ToDictionary(f => f.FactId);
}
