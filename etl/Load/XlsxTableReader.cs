using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Etl.Load;

/// <summary>The first worksheet of an XLSX workbook as a table; the first non-empty row is the header (none when that sheet is empty).</summary>
internal sealed class XlsxTableReader : TableReader
{
    private readonly List<TableRow> rows;
    private readonly long length;
    private int consumed;

    private XlsxTableReader(TableHeader header, List<TableRow> rows, long length)
    {
        Header = header;
        this.rows = rows;
        this.length = length;
    }

    public override TableHeader Header { get; }

    public override string Encoding => "xlsx";

    public override long Position => rows.Count == 0 ? length : length * consumed / rows.Count;

    public override long Length => length;

    public static XlsxTableReader Read(string path)
    {
        var first = SheetGrid.ReadXlsx(path, 1) is [var sheet] ? sheet : throw new RejectedFileException("XLSX workbook has no sheet");
        var all = first.Rows;
        if (all.Count == 0)
        {
            // An empty first sheet before sheets that hold something: no template header, so the
            // load reads the workbook as a statistical table, every sheet.
            return SheetGrid.ReadXlsx(path, int.MaxValue).Any(g => g.Rows.Count > 0)
                ? new XlsxTableReader(new TableHeader([]), [], new FileInfo(path).Length)
                : throw new RejectedFileException("file is empty");
        }

        var header = new TableHeader(all[0].Cells);
        var data = all.Skip(1)
            .Select(r => r with { Cells = [.. r.Cells, .. Enumerable.Repeat("", Math.Max(0, header.Names.Count - r.Cells.Length))] })
            .ToList();
        return new XlsxTableReader(header, data, new FileInfo(path).Length);
    }

    public override IEnumerable<TableRow> Rows()
    {
        foreach (var row in rows)
        {
            consumed++;
            yield return row;
        }
    }

    internal static string Text(Cell cell, string[] strings)
    {
        var raw = cell.CellValue?.Text ?? cell.InnerText;
        if (cell.DataType?.Value == CellValues.SharedString
            && int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Length)
        {
            return strings[i];
        }

        return cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? "" : raw;
    }

    internal static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }
}
