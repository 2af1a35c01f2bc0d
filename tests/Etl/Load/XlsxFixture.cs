using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Tests.Etl.Load;

/// <summary>Writes small XLSX workbooks for tests: named sheets of string rows (inline strings), optionally with merged ranges.</summary>
internal static class XlsxFixture
{
    public static string Write(string path, params (string Name, string[][] Rows, string[] Merged)[] sheets)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        uint id = 1;
        foreach (var (name, rows, merged) in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    if (rows[r][c].Length == 0)
                    {
                        continue;
                    }

                    row.Append(new Cell
                    {
                        CellReference = $"{(char)('A' + c)}{r + 1}",
                        DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Text(rows[r][c])),
                    });
                }

                data.Append(row);
            }

            var worksheet = new Worksheet(data);
            if (merged.Length > 0)
            {
                worksheet.Append(new MergeCells(merged.Select(m => new MergeCell { Reference = m })));
            }

            part.Worksheet = worksheet;
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
        }

        return path;
    }
}
