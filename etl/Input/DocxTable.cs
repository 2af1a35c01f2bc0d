using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Etl.Input;

/// <summary>
/// Turns the rows of a Word table into lines of text. A table whose header names units in
/// brackets (| 项目 | 人数（人） | 金额（万元） |) has bare numbers in its cells: there the header
/// row gives way to a blank line and each data row becomes one sentence in which every number is preceded
/// by the row's label and the column's name and followed by the column's unit
/// ("城市低保人数1234人，城市低保金额567.8万元。"), so that the extractor reads it as prose.
/// The unit may also stand in a column of its own (| 指标 | 单位 | 2024年 |: "养老床位2024年15600张")
/// or for the whole table in a title row or the paragraph above it ("单位：万元").
/// Any other table keeps one line per row with its cells separated by tabs.
/// </summary>
/// <remarks>
/// Such a sentence is a rendering, not the document's wording: its words come from the row's
/// label cells and the header, its numbers are copied character for character from their cells.
/// The decoded text is this rendering, so a fact's span and its evidence (the rendered sentence)
/// index into it exactly. A span covers the cell's characters, copied unchanged, plus, as in
/// prose, a multiplier the header's unit begins with (the 万 of 万元: "567.8万").
/// </remarks>
internal static partial class DocxTable
{
    /// <param name="rows">The cells of each row, in order.</param>
    /// <param name="caption">The paragraph right above the table, which may give its unit ("单位：万元").</param>
    public static IEnumerable<string> Lines(IReadOnlyList<IReadOnlyList<string>> rows, string? caption = null)
    {
        var tableUnit = caption is null ? null : TableUnitOf(caption);
        var header = -1;
        for (var r = 0; r < rows.Count && header < 0; r++)
        {
            if (rows[r].Count(c => c.Trim().Length > 0) <= 1 && TableUnitOf(string.Concat(rows[r])) is { } unit)
            {
                tableUnit = unit; // a title row "（单位：万元）" (one cell, maybe merged): the header follows it
            }
            else if (rows[r].Any(c => UnitOf(c) is not null || IsUnitColumn(c)))
            {
                header = r;
            }
            else if (tableUnit is not null && !rows[r].Any(c => IsNumber(c.Trim())))
            {
                header = r;
            }
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            if (header < 0 || r < header)
            {
                yield return string.Join("\t", row); // a title row above the header stays as it is
            }
            else if (r > header)
            {
                yield return Sentence(rows[header], row, tableUnit) ?? string.Join("\t", row);
            }
            else
            {
                // The header's words live on in every sentence; a blank line in its place keeps the
                // first sentence apart from the paragraph above (a caption or title stays on its own).
                yield return string.Empty;
            }
        }
    }

    /// <summary>The unit in brackets at the end of a header cell: 人 of 人数（人）, 万元 of 金额（单位：万元）.</summary>
    public static string? UnitOf(string headerCell) => HeaderUnit().Match(headerCell.Trim()) is { Success: true } m ? m.Groups["unit"].Value : null;

    private static string? TableUnitOf(string text) => TableUnit().Match(text.Trim()) is { Success: true } m ? m.Groups["unit"].Value : null;

    // A column that gives each row's unit: | 指标 | 单位 | 2024年 |.
    private static bool IsUnitColumn(string headerCell) => headerCell.Trim() is "单位" or "计量单位";

    // 序号 and 编号 count rows; their numbers are no statistic even under a table-wide unit.
    private static bool IsSerial(string headerCell) => headerCell.Trim() is "序号" or "编号" or "序";

    private static bool IsNumber(string cell) => Number().IsMatch(cell);

    // Null when the row has no number under a column with a unit (a note row, a merged sub-heading).
    private static string? Sentence(IReadOnlyList<string> header, IReadOnlyList<string> row, string? tableUnit)
    {
        var unitColumn = -1;
        for (var c = 0; c < header.Count && unitColumn < 0; c++)
        {
            unitColumn = IsUnitColumn(header[c]) ? c : -1;
        }

        var rowUnit = unitColumn >= 0 && unitColumn < row.Count && RowUnit().IsMatch(row[unitColumn].Trim()) ? row[unitColumn].Trim() : null;
        var label = new StringBuilder();
        for (var c = 0; c < row.Count; c++)
        {
            var cell = row[c].Trim();
            var named = c < header.Count && (UnitOf(header[c]) is not null || IsSerial(header[c]));
            if (c != unitColumn && !named && cell.Length > 0 && !IsNumber(cell))
            {
                label.Append(cell);
            }
        }

        var clauses = new List<string>();
        for (var c = 0; c < row.Count && c < header.Count; c++)
        {
            var cell = row[c].Trim();
            var unit = UnitOf(header[c]) ?? (c == unitColumn || IsSerial(header[c]) ? null : rowUnit ?? tableUnit);
            if (unit is null || !(IsNumber(cell) || Masked().IsMatch(cell)))
            {
                continue;
            }

            var name = HeaderUnit().Match(header[c].Trim()) is { Success: true } m ? m.Groups["name"].Value.Trim() : header[c].Trim();
            clauses.Add(label + name + cell + unit);
        }

        return clauses.Count == 0 ? null : string.Join("，", clauses) + "。";
    }

    [GeneratedRegex(@"单位\s*[：:]\s*(?<unit>[^（()）\d\s，,。；;]{1,6})\s*[）)]?$")]
    private static partial Regex TableUnit();

    [GeneratedRegex(@"^[^（()）\d\s，,。；;]{1,6}$")]
    private static partial Regex RowUnit();

    [GeneratedRegex(@"^(?<name>.*?)\s*[（(](?:单位\s*[：:]\s*)?(?<unit>[^（()）\d]{1,6})[）)]$")]
    private static partial Regex HeaderUnit();

    [GeneratedRegex(@"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?:\*+|[Xx]+)$")]
    private static partial Regex Masked();
}
