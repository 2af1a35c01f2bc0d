using Analytics.Warehouse.Facts;
using Analytics.Warehouse.Reviews;
using DuckDB.NET.Data;

namespace Analytics.Web.Data;

/// <summary>
/// Where one value came from: the source file and its kind, the spreadsheet row (tables) or the
/// evidence sentence, span and the number's place in it (reports), whether it is synthetic, and for
/// a number from prose where its review stands (<see cref="Review"/>) and whether OCR read it from a
/// scan (<see cref="OcrLowConfidence"/>: null for text, true when Tesseract was unsure of the figure).
/// </summary>
public sealed record FactSource(
    long FactId,
    string SourceName,
    SourceKind SourceKind,
    int? SourceRow,
    string? Evidence,
    int? SpanStart,
    int? SpanEnd,
    Qualifier Qualifier,
    bool Synthetic,
    DateTime LoadedAt,
    int? EvidenceMark = null,
    FactReview? Review = null,
    decimal? Value = null,
    bool? OcrLowConfidence = null);

/// <summary>Lineage of facts through the <c>fact_lineage</c> and <c>fact_reviews</c> views.</summary>
public static class Lineage
{
    private const string Select = """
        SELECT l.fact_id, l.source_name, l.source_kind, l.source_row, l.evidence, l.span_start, l.span_end, l.qualifier, l.synthetic,
               l.loaded_at, l.evidence_mark,
               v.review, v.review_file, v.review_row, v.reviewed_at, v.review_note,
               o.value, os.name, o.evidence, o.span_start, o.span_end, o.evidence_mark, l.value, l.indicator,
               ocr.low_confidence
        FROM fact_lineage l
        LEFT JOIN ocr_readings ocr ON ocr.fact_id = l.fact_id
        LEFT JOIN fact_reviews v ON v.fact_id = l.fact_id
        LEFT JOIN facts o ON o.fact_id = v.read_fact_id
        LEFT JOIN sources os ON os.source_id = o.source_id
        """;

    /// <summary>The lineage of every fact of one region and year, by fact id.</summary>
    public static IReadOnlyDictionary<long, FactSource> ForRegionYear(DuckDBConnection c, string region, int year, CancellationToken ct) =>
        Sql.Rows(c, Select + " WHERE l.region_code = $r AND l.year = $y", r => Map(r).Source, ct, ("r", region), ("y", year))
        .ToDictionary(f => f.FactId);

    /// <summary>
    /// Readings of a region's year (actual, whole area) that a reviewer rejected or corrected into another
    /// year or indicator, by indicator: why a number the report states is not on the page.
    /// </summary>
    public static IReadOnlyDictionary<string, FactSource> SetAside(DuckDBConnection c, string region, int year, CancellationToken ct) =>
        Sql.Rows(c, Select + """
             WHERE l.region_code = $r AND l.year = $y AND l.status = 'actual' AND l.segment IS NULL AND v.review IN ('rejected', 'corrected')
            ORDER BY l.fact_id DESC
            """, Map, ct, ("r", region), ("y", year))
        .DistinctBy(x => x.Indicator)
        .ToDictionary(x => x.Indicator, x => x.Source, StringComparer.Ordinal);

    private static (string Indicator, FactSource Source) Map(System.Data.Common.DbDataReader r) =>
        (r.GetString(23), new FactSource(r.GetInt64(0), r.GetString(1), SourceKinds.Parse(r.GetString(2)), r.Int(3), r.Text(4), r.Int(5), r.Int(6), Qualifiers.Parse(r.GetString(7)),
            r.Bool(8), r.GetDateTime(9), r.Int(10),
            ReviewStates.Parse(r.Text(11)) is { } state
                ? new FactReview(state, r.Text(12), r.Int(13), r.IsDBNull(14) ? null : r.GetDateTime(14), r.Text(15),
                    r.Text(17) is { } document ? new Reading(r.Dec(16), document, r.Text(18), r.Int(19), r.Int(20), r.Int(21)) : null)
                : null,
            r.Dec(22), r.IsDBNull(24) ? null : r.GetBoolean(24)));
}
