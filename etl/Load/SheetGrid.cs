using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Etl.Load;

/// <summary>
/// One sheet as a grid of trimmed cells: every non-empty row with its 1-based row number in the
/// sheet, title and note rows included. A CSV is one sheet named after the file.
/// </summary>
public sealed record SheetGrid(string Name, IReadOnlyList<TableRow> Rows)
{
    /// <summary>Every sheet of an XLSX workbook in workbook order, or the one sheet of a CSV.</summary>
    public static IReadOnlyList<SheetGrid> Read(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => [ReadCsv(path)],
            ".xlsx" => ReadXlsx(path, int.MaxValue),
            var ext => throw new RejectedFileException($"'{ext}' is not a table format the load reads (.csv, .xlsx)"),
        };

    /// <summary>A column's spreadsheet letters: 0 → A, 26 → AA.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>Gives every cell of a merged range the text of its top-left cell, as a reader of the sheet sees it.</summary>
    private static void Spread(List<TableRow> rows, IEnumerable<MergeCell> merged)
    {
        var byNumber = rows.Select((r, i) => (r.Number, i)).ToDictionary(p => p.Number, p => p.i);
        foreach (var range in merged)
        {
            if (range.Reference?.Value?.Split(':') is not [var from, var to]
                || Corner(from) is not var (top, left) || Corner(to) is not var (bottom, right)
                || !byNumber.TryGetValue(top, out var origin))
            {
                continue;
            }

            var text = rows[origin].Cell(left);
            for (var r = top; r <= bottom; r++)
            {
                if (!byNumber.TryGetValue(r, out var at))
                {
                    continue;
                }

                var cells = rows[at].Cells.Length > right ? rows[at].Cells : [.. rows[at].Cells, .. Enumerable.Repeat("", right + 1 - rows[at].Cells.Length)];
                for (var c = left; c <= right; c++)
                {
                    cells[c] = text;
                }

                rows[at] = rows[at] with { Cells = cells };
            }
        }
    }

    private static (int Row, int Column)? Corner(string reference)
    {
        var letters = reference.TakeWhile(char.IsAsciiLetterUpper).Count();
        return XlsxTableReader.ColumnIndex(reference) is { } column
            && int.TryParse(reference.AsSpan(letters), NumberStyles.None, CultureInfo.InvariantCulture, out var row)
            ? (row, column) : null;
    }

    private static SheetGrid ReadCsv(string path)
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var rows = new List<TableRow>();
        try
        {
            using var text = new StreamReader(path, strict, detectEncodingFromByteOrderMarks: true);
            using var parser = new CsvParser(text, new CsvConfiguration(CultureInfo.InvariantCulture)
            {
                BadDataFound = null,
                DetectColumnCountChanges = false,
                IgnoreBlankLines = true,
            });
            while (parser.Read())
            {
                if (parser.Record is { } record && record.Any(c => c.Trim().Length > 0))
                {
                    rows.Add(new TableRow(parser.Row, [.. record.Select(c => c.Trim().TrimStart('\uFEFF'))]));
                }
            }
        }
        catch (DecoderFallbackException)
        {
            throw new RejectedFileException("not valid UTF-8 (save the table as UTF-8 CSV, or as XLSX)");
        }

        return new SheetGrid(Path.GetFileNameWithoutExtension(path), rows);
    }

    /// <summary>The first <paramref name="limit"/> sheets of an XLSX workbook, in workbook order.</summary>
    internal static List<SheetGrid> ReadXlsx(string path, int limit)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(path, isEditable: false);
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or IOException or FileFormatException)
        {
            throw new RejectedFileException("not a readable XLSX workbook: " + e.Message);
        }

        using (document)
        {
            var workbook = document.WorkbookPart ?? throw new RejectedFileException("XLSX workbook has no workbook part");
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>()
                .Select(s => s.InnerText).ToArray() ?? [];
            var grids = new List<SheetGrid>();
            foreach (var sheet in (workbook.Workbook.Sheets?.Elements<Sheet>() ?? []).Take(limit))
            {
                var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!); // a sheet always has an id
                var rows = new List<TableRow>();
                foreach (var row in part.Worksheet.Descendants<Row>())
                {
                    var cells = new List<string>();
                    foreach (var cell in row.Elements<Cell>())
                    {
                        var column = XlsxTableReader.ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                        while (cells.Count < column)
                        {
                            cells.Add("");
                        }

                        cells.Add(XlsxTableReader.Text(cell, strings).Trim());
                    }

                    if (cells.Any(c => c.Length > 0))
                    {
                        rows.Add(new TableRow((int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1)), [.. cells]));
                    }
                }

                Spread(rows, part.Worksheet.Elements<MergeCells>().SelectMany(m => m.Elements<MergeCell>()));
                grids.Add(new SheetGrid(sheet.Name?.Value ?? $"Sheet{grids.Count + 1}", rows));
            }

            return grids;
        }
    }
}
