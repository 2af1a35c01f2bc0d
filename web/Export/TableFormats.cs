using System.Globalization;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
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

    public static byte[] Arrow(ExportTable table)
    {
        var fields = table.Columns.Select(c => new Apache.Arrow.Field(c.Name, ArrowType(c.Type), nullable: true)).ToList();
        var schema = new Apache.Arrow.Schema(fields, null);
        var arrays = table.Columns.Select((c, i) => Column(c.Type, table.Rows.Select(r => r[i]))).ToList();
        using var stream = new MemoryStream();
        using (var writer = new ArrowFileWriter(stream, schema, leaveOpen: true))
        {
            writer.WriteStart();
            writer.WriteRecordBatch(new RecordBatch(schema, arrays, table.Rows.Count));
            writer.WriteEnd();
        }

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

    private static IArrowType ArrowType(ColumnType type) => type switch
    {
        ColumnType.Integer => Int64Type.Default,
        ColumnType.Decimal => new Decimal128Type(38, 6),
        ColumnType.Boolean => BooleanType.Default,
        _ => StringType.Default,
    };

    private static IArrowArray Column(ColumnType type, IEnumerable<object?> cells)
    {
        switch (type)
        {
            case ColumnType.Integer:
                var ints = new Int64Array.Builder();
                foreach (var c in cells)
                {
                    if (c is null)
                    {
                        ints.AppendNull();
                    }
                    else
                    {
                        ints.Append(Convert.ToInt64(c, CultureInfo.InvariantCulture));
                    }
                }

                return ints.Build();
            case ColumnType.Decimal:
                var decimals = new Decimal128Array.Builder(new Decimal128Type(38, 6));
                foreach (var c in cells)
                {
                    if (c is null)
                    {
                        decimals.AppendNull();
                    }
                    else
                    {
                        decimals.Append(Round(Convert.ToDecimal(c, CultureInfo.InvariantCulture)));
                    }
                }

                return decimals.Build();
            case ColumnType.Boolean:
                var flags = new BooleanArray.Builder();
                foreach (var c in cells)
                {
                    if (c is bool b)
                    {
                        flags.Append(b);
                    }
                    else
                    {
                        flags.AppendNull();
                    }
                }

                return flags.Build();
            default:
                var texts = new StringArray.Builder();
                foreach (var c in cells)
                {
                    if (c is null)
                    {
                        texts.AppendNull();
                    }
                    else
                    {
                        texts.Append(Convert.ToString(c, CultureInfo.InvariantCulture));
                    }
                }

                return texts.Build();
        }
    }
}
