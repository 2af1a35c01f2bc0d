using System.Globalization;
using Analytics.Warehouse.Export;

namespace Analytics.Etl.Review;

/// <summary>
/// The review sheet as CSV through <see cref="CsvFile"/> (UTF-8 with a byte-order mark, text that a
/// spreadsheet would run as a formula defused with a leading apostrophe): the same columns as the
/// workbook, the number in 【】 inside its sentence.
/// </summary>
public static class ReviewCsv
{
    public static void Write(string path, IReadOnlyList<ReviewRow> rows)
    {
        using var writer = new StreamWriter(path, append: false, CsvFile.Utf8WithBom);
        using var csv = new CsvFile(writer);
        csv.Row(ReviewColumns.All.Select(c => c.Header));
        foreach (var row in rows)
        {
            csv.Row(ReviewColumns.All.Select(c => Field(c, row)));
        }
    }

    private static string Field(ReviewColumn column, ReviewRow row) => column.Code switch
    {
        "fact_key" => row.FactKey,
        "region_code" => row.RegionCode ?? "",
        "region" => row.Region ?? "",
        "indicator" => row.Indicator,
        "indicator_name" => row.IndicatorName,
        "year" => row.Year?.ToString(CultureInfo.InvariantCulture) ?? "",
        "status" => ReviewColumns.StatusWord(row.Status),
        "segment" => row.Segment is { } s ? ReviewColumns.SegmentWord(s) : "",
        "value_read" => row.Value?.ToString("0.######", CultureInfo.InvariantCulture) ?? ReviewColumns.Masked,
        "unit_read" => row.UnitName,
        "document" => row.Document,
        "evidence" => row.MarkedText,
        "current" => row.Current ?? "",
        _ => "",
    };
}
