using System.Globalization;
using Analytics.Warehouse;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Reviews;
using DuckDB.NET.Data;

namespace Analytics.Etl.Review;

/// <summary>
/// Reads the numbers the extractor took from reports for a review sheet: one row per fact key (the
/// same sentence loaded twice is one reading), not yet reviewed unless the filter asks for all;
/// figures OCR read with low confidence first (their <c>current</c> cell says so), then by region,
/// indicator, year, document and position.
/// </summary>
public sealed class ReviewExport(DuckDBConnection connection, UnitTable units)
{
    public IReadOnlyList<ReviewRow> Rows(ReviewFilter filter, CancellationToken ct)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT f.fact_key, f.region_code, coalesce(g.name, f.region_name), f.indicator, coalesce(i.name_zh, f.indicator), f.year,
                   f.status, f.segment, f.value, f.unit, s.name, coalesce(f.evidence, ''), f.evidence_mark,
                   coalesce(f.span_end - f.span_start, 0), r.verdict, r.reviewed_at, r.review_file, r.source_row, c.value, c.year, c.indicator,
                   o.low_confidence
            FROM facts f
            JOIN sources s USING (source_id)
            LEFT JOIN regions g ON g.code = f.region_code
            LEFT JOIN indicators i ON i.code = f.indicator
            LEFT JOIN current_reviews r ON r.fact_key = f.fact_key
            LEFT JOIN facts c ON c.fact_id = r.correction_id
            LEFT JOIN ocr_readings o ON o.fact_id = f.fact_id
            WHERE s.kind = 'report' AND f.fact_key IS NOT NULL
              {(filter.All ? "" : "AND r.fact_key IS NULL")}
              {(filter.RegionCode is null ? "" : "AND f.region_code IN (SELECT code FROM regions WHERE $region IN (code, parent_code, province_code))")}
              {(filter.Year is null ? "" : "AND f.year = $year")}
            QUALIFY row_number() OVER (PARTITION BY f.fact_key ORDER BY f.source_id DESC, f.fact_id) = 1
            ORDER BY coalesce(o.low_confidence, false) DESC, f.region_code NULLS LAST, f.indicator, f.year NULLS LAST, s.name, f.span_start
            """;
        if (filter.RegionCode is { } region)
        {
            command.Parameters.Add(new DuckDBParameter("region", region));
        }

        if (filter.Year is { } year)
        {
            command.Parameters.Add(new DuckDBParameter("year", year));
        }

        using var _ = ct.Register(command.Cancel);
        using var reader = command.ExecuteReader();
        var rows = new List<ReviewRow>();
        while (reader.Read())
        {
            var unit = reader.GetString(9);
            string? current = null;
            if (reader.Text(14) is { } verdict)
            {
                var v = Verdicts.Parse(verdict);
                var corrected = v == Verdict.Corrected ? Correction(reader.Dec(18), reader.Int(19), reader.Text(20)) : "";
                current = string.Create(CultureInfo.InvariantCulture,
                    $"{v.Word()}{corrected} · {reader.GetDateTime(15):yyyy-MM-dd} · {reader.Text(16)} 第{reader.Int(17)}行");
            }

            if (!reader.IsDBNull(21))
            {
                var ocr = reader.GetBoolean(21) ? LowConfidence : "OCR 识别 / read by OCR";
                current = current is null ? ocr : current + " · " + ocr;
            }

            rows.Add(new ReviewRow(
                reader.GetString(0), reader.Text(1), reader.Text(2), reader.GetString(3), reader.GetString(4), reader.Int(5), FactStatuses.Parse(reader.GetString(6)), Segments.Parse(reader.Text(7)), reader.Dec(8),
                units.NamesZh.GetValueOrDefault(unit, unit), reader.GetString(10), reader.GetString(11), reader.Int(12), reader.GetInt32(13), current));
        }

        return rows;
    }

    /// <summary>What the <c>current</c> cell says of a figure OCR was unsure of.</summary>
    public const string LowConfidence = "OCR 识别，置信度低，请先核对 / read by OCR with low confidence: check first";

    private static string Correction(decimal? value, int? year, string? indicator) =>
        string.Create(CultureInfo.InvariantCulture, $"为 {value?.ToString("0.######", CultureInfo.InvariantCulture) ?? ReviewColumns.Masked}（{year}年 {indicator}）");
}
