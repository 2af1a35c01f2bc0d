using System.Globalization;
using System.Text;
using CsvHelper;

namespace Analytics.Etl.Review;

/// <summary>
/// The review sheet as CSV: UTF-8 with a byte-order mark (so Excel and WPS read the Chinese), the
/// same columns as the workbook, the number in 【】 inside its sentence, and text that a
/// spreadsheet would run as a formula (= + - @ in front) defused with a leading apostrophe.
/// </summary>
public static class ReviewCsv
{
    public static void Write(string path, IReadOnlyList<ReviewRow> rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var column in ReviewColumns.All)
        {
            csv.WriteField(column.Header);
        }

        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var column in ReviewColumns.All)
            {
                csv.WriteField(Guard(Field(column, row)));
            }

            csv.NextRecord();
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
        "status" => ReviewColumns.StatusWords.GetValueOrDefault(row.Status, row.Status),
        "segment" => row.Segment is { } s ? ReviewColumns.SegmentWords.GetValueOrDefault(s, s) : "",
        "value_read" => row.Value?.ToString("0.######", CultureInfo.InvariantCulture) ?? ReviewColumns.Masked,
        "unit_read" => row.UnitName,
        "document" => row.Document,
        "evidence" => row.MarkedText,
        "current" => row.Current ?? "",
        _ => "",
    };

    private static string Guard(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@'
        && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            ? "'" + value
            : value;
}
