using Analytics.Etl.Load;
using Analytics.Etl.Review;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Tests.Etl.Review;

/// <summary>
/// Fills in an exported review workbook the way a reviewer would: cells of the rows chosen by the
/// indicator they read, written as text into the sheet (OpenXML, no spreadsheet program).
/// </summary>
internal static class ReviewSheet
{
    /// <summary>Writes, for each row whose indicator code is a key of <paramref name="edits"/>, its (column code, text) pairs.</summary>
    public static void Fill(string xlsx, Dictionary<string, (string Column, string Text)[]> edits)
    {
        using var document = SpreadsheetDocument.Open(xlsx, isEditable: true);
        var workbook = document.WorkbookPart!; // the export writes one
        var first = workbook.Workbook.Sheets!.Elements<Sheet>().First(); // the export writes sheets, each with an id and data
        var sheet = ((WorksheetPart)workbook.GetPartById(first.Id!.Value!)).Worksheet;
        var rows = sheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        var header = rows[0].Elements<Cell>().Select(Text).ToList();
        int Column(string code) => header.FindIndex(h => ReviewColumns.All.First(c => c.Code == code).Matches(h));
        var indicator = Column("indicator");
        foreach (var row in rows.Skip(1))
        {
            var cells = row.Elements<Cell>().ToList();
            if (!edits.TryGetValue(Text(cells[indicator]), out var changes))
            {
                continue;
            }

            foreach (var (code, text) in changes)
            {
                var at = Column(code);
                Assert.True(at >= 0, $"no column {code}");
                var cell = cells[at];
                cell.RemoveAllChildren();
                cell.DataType = CellValues.InlineString;
                cell.Append(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }
        }

        sheet.Save();
    }

    /// <summary>The sheet's data rows as the loader reads them (header = row 1).</summary>
    public static (TableHeader Header, List<TableRow> Rows) Read(string path)
    {
        using var table = TableReader.Open(path);
        return (table.Header, table.Rows().ToList());
    }

    private static string Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? "" : cell.CellValue?.Text ?? "";
}
