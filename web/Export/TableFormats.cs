using System.Globalization;
using System.Data;
using Analytics.Warehouse.Export;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Web.Export;

/// <summary>
/// Writes an <see cref="ExportTable"/> as CSV (UTF-8 with BOM, so Excel and WPS open Chinese text
/// correctly), XLSX (Open XML SDK; numbers stay numbers) or an Arrow IPC file (typed columns,
/// decimals as decimal128(38, 6)).
/// </summary>
public static class TableFormats
{
    public static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["csv"] = "text/csv; charset=utf-8",
        ["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ["arrow"] = "application/vnd.apache.arrow.file",
    };

    public static byte[] Write(ExportTable table, string format) => format switch
    {
        "csv" => Csv(table),
        "xlsx" => Xlsx(table),
        "arrow" => Arrow(table),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "format is csv, xlsx or arrow"),
    };

    /// <summary>Through <see cref="CsvFile"/>: text guarded against formulas, numbers and true/false written as they are.</summary>
    public static byte[] Csv(ExportTable table) =>
        CsvFile.Bytes(csv =>
        {
            csv.Row(table.Columns.Select(c => c.Name));
            foreach (var row in table.Rows)
            {
                foreach (var cell in row)
                {
                    switch (cell)
                    {
                        case null:
                            csv.Value(null);
                            break;
                        case string text:
                            csv.Cell(text);
                            break;
                        case bool b:
                            csv.Value(b ? "true" : "false");
                            break;
                        case decimal d:
                            csv.Value(Round(d).ToString(CultureInfo.InvariantCulture));
                            break;
                        case IFormattable f:
                            csv.Value(f.ToString(null, CultureInfo.InvariantCulture));
                            break;
                        default:
                            csv.Cell(cell.ToString());
                            break;
                    }
                }

                csv.EndRow();
            }
        });

    public static byte[] Xlsx(ExportTable table)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.AppendChild(new Row(table.Columns.Select(c => Text(c.Name))));
            foreach (var row in table.Rows)
            {
                data.AppendChild(new Row(row.Select(Cell)));
            }

            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.AppendChild(new Sheet
            {
                Id = workbook.GetIdOfPart(sheetPart),
                SheetId = 1,
                Name = table.Name.Length > 31 ? table.Name[..31] : table.Name,
            });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>Through the warehouse's <see cref="ArrowFile"/>, the one Arrow writer: typed columns, decimals at six places.</summary>
    public static byte[] Arrow(ExportTable table)
    {
        using var data = new DataTable(table.Name) { Locale = CultureInfo.InvariantCulture };
        foreach (var c in table.Columns)
        {
            data.Columns.Add(c.Name, ClrType(c.Type));
        }

        foreach (var row in table.Rows)
        {
            data.Rows.Add([.. row.Select((cell, i) => ArrowCell(table.Columns[i].Type, cell))]);
        }

        using var reader = data.CreateDataReader();
        using var stream = new MemoryStream();
        ArrowFile.Write(reader, stream, CancellationToken.None);
        return stream.ToArray();
    }

    /// <summary>Six decimals everywhere: scores are ratios of decimals and would otherwise run to 28 digits.</summary>
    private static decimal Round(decimal value) => Math.Round(value, 6, MidpointRounding.AwayFromZero);

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        bool b => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(b) },
        decimal d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Round(d).ToString(CultureInfo.InvariantCulture)) },
        int or long or double => new Cell
        {
            DataType = CellValues.Number,
            CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
        },
        _ => Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    private static Cell Text(string text) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString };

    private static Type ClrType(ColumnType type) => type switch
    {
        ColumnType.Integer => typeof(long),
        ColumnType.Decimal => typeof(decimal),
        ColumnType.Boolean => typeof(bool),
        _ => typeof(string),
    };

    private static object ArrowCell(ColumnType type, object? cell) => cell switch
    {
        null => DBNull.Value,
        _ => type switch
        {
            ColumnType.Integer => Convert.ToInt64(cell, CultureInfo.InvariantCulture),
            ColumnType.Decimal => Round(Convert.ToDecimal(cell, CultureInfo.InvariantCulture)),
            ColumnType.Boolean => cell is bool b ? b : DBNull.Value,
            _ => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? (object)DBNull.Value,
        },
    };
}
