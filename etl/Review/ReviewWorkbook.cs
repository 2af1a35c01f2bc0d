using System.Globalization;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Reviews;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Etl.Review;

/// <summary>
/// Writes the review sheet as an XLSX workbook that Excel, WPS and LibreOffice open as it is: the
/// readings on the first sheet (the loader reads the first), header frozen, widths set, what was
/// read on grey, where to write on yellow, the number marked red and in 【】 inside its sentence,
/// drop-down lists for the verdict and the 替代统计表 flag, a filter on the header, printed
/// landscape on A3 one page wide; a second sheet says how to fill it in and lists the indicators.
/// </summary>
public static class ReviewWorkbook
{
    public const string SheetName = "核对 review";
    public const string GuideName = "说明 guide";

    // Style indexes of the stylesheet below.
    private const uint HeaderStyle = 1;
    private const uint ReadStyle = 2;
    private const uint ReadWrapStyle = 3;
    private const uint WriteTextStyle = 4;
    private const uint WriteStyle = 5;
    private const uint GuideTitleStyle = 6;
    private const uint GuideTextStyle = 7;

    private const string Font = "等线"; // Excel's Chinese default; WPS and LibreOffice substitute their own CJK font

    public static void Write(string path, IReadOnlyList<ReviewRow> rows, IndicatorCatalog catalog)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();

        var review = workbook.AddNewPart<WorksheetPart>();
        var guide = workbook.AddNewPart<WorksheetPart>();
        var (indicatorFirst, indicatorLast) = (GuideLines.Count + 3, GuideLines.Count + 2 + catalog.Indicators.Count);
        review.Worksheet = ReviewSheet(rows, indicatorFirst, indicatorLast);
        guide.Worksheet = GuideSheet(catalog);

        var lastColumn = Letter(ReviewColumns.All.Count);
        workbook.Workbook.Append(
            new BookViews(new WorkbookView { ActiveTab = 0U }),
            new Sheets(
                new Sheet { Id = workbook.GetIdOfPart(review), SheetId = 1U, Name = SheetName },
                new Sheet { Id = workbook.GetIdOfPart(guide), SheetId = 2U, Name = GuideName }),
            new DefinedNames(
                new DefinedName($"'{SheetName}'!$A$1:${lastColumn}${rows.Count + 1}")
                {
                    Name = "_xlnm._FilterDatabase", LocalSheetId = 0U, Hidden = true,
                },
                new DefinedName($"'{SheetName}'!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = 0U }));
        workbook.Workbook.Save();
    }

    private static Worksheet ReviewSheet(IReadOnlyList<ReviewRow> rows, int indicatorFirst, int indicatorLast)
    {
        var columns = ReviewColumns.All;
        var data = new SheetData();
        var header = new Row { RowIndex = 1U, Height = 36, CustomHeight = true };
        for (var c = 0; c < columns.Count; c++)
        {
            header.Append(TextCell(c, 1, columns[c].Zh + "\n" + columns[c].Code, HeaderStyle));
        }

        data.Append(header);
        var r = 1;
        foreach (var row in rows)
        {
            r++;
            var line = new Row { RowIndex = (uint)r, Height = Height(row), CustomHeight = true };
            foreach (var (column, c) in columns.Select((col, i) => (col, i)))
            {
                line.Append(Cell(column, c, r, row));
            }

            data.Append(line);
        }

        var lastRow = Math.Max(2, rows.Count + 1);
        var verdict = Range(ReviewColumns.Verdict, lastRow);
        var firstVerdict = verdict[..verdict.IndexOf(':', StringComparison.Ordinal)];
        var sheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = firstVerdict, SequenceOfReferences = new ListValue<StringValue> { InnerText = firstVerdict } })
            {
                TabSelected = true, WorkbookViewId = 0U, ZoomScale = 100U,
            }),
            new SheetFormatProperties { DefaultRowHeight = 15D },
            new Columns(columns.Select((col, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = col.Width, CustomWidth = true })),
            data,
            new AutoFilter { Reference = $"A1:{Letter(columns.Count)}{rows.Count + 1}" },
            new DataValidations(
                List(verdict, "\"" + string.Join(",", Verdicts.Words) + "\"", strict: true,
                    "核对结论 verdict", "确认：数字读对了；更正：在右侧写正确的数值、年份或指标；驳回：原文没有这个数字。Confirm, correct (write the right value, year or indicator), or reject."),
                List(Range(ReviewColumns.OverridesStatistics, lastRow), "\"" + string.Join(",", ReviewColumns.YesNo) + "\"", strict: true,
                    "替代统计表 overrides statistics", "只用于“更正”：写“是”时，更正后的数值优先于统计表中的同一数字。Only with 更正: yes ranks the correction above the statistics table."),
                List(Range(ReviewColumns.CorrectedIndicator, lastRow), $"'{GuideName}'!$B${indicatorFirst}:$B${indicatorLast}", strict: false,
                    "更正指标 corrected indicator", "指标名称或代码，见“说明”页。An indicator's name or code (see the guide sheet)."),
                new DataValidation(new Formula1("1949"), new Formula2("2100"))
                {
                    Type = DataValidationValues.Whole, Operator = DataValidationOperatorValues.Between, AllowBlank = true,
                    ShowErrorMessage = true, ErrorTitle = "更正年份 corrected year", Error = "1949–2100",
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = Range(ReviewColumns.CorrectedYear, lastRow) },
                })
            { Count = 4U },
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 8U, Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U });
        return sheet;
    }

    // Excel does not fit a row to wrapped text it did not lay out itself: the lines are counted here
    // (a Chinese character is about 1.8 widths of the '0' that column widths are measured in).
    private static double Height(ReviewRow row) => 15D * Lines(row.MarkedText, ReviewColumns.Evidence.Width) + 3D;

    private static int Lines(string text, double width) =>
        Math.Max(1, (int)Math.Ceiling(text.Sum(ch => ch >= '\u2E80' ? 1.8 : 1.0) / (width - 1)));

    private static Cell Cell(ReviewColumn column, int c, int r, ReviewRow row)
    {
        if (column.Role == ReviewColumnRole.Editable)
        {
            // Text-formatted, so that 52.5% stays what the reviewer typed instead of becoming 0.525.
            var style = column == ReviewColumns.CorrectedYear || column == ReviewColumns.Verdict || column == ReviewColumns.OverridesStatistics
                ? WriteStyle : WriteTextStyle;
            return new Cell { CellReference = Reference(c, r), StyleIndex = style };
        }

        return column.Code switch
        {
            "fact_key" => TextCell(c, r, row.FactKey, ReadStyle),
            "region_code" => TextCell(c, r, row.RegionCode ?? "", ReadStyle),
            "region" => TextCell(c, r, row.Region ?? "", ReadStyle),
            "indicator" => TextCell(c, r, row.Indicator, ReadStyle),
            "indicator_name" => TextCell(c, r, row.IndicatorName, ReadWrapStyle),
            "year" => row.Year is { } y ? NumberCell(c, r, y.ToString(CultureInfo.InvariantCulture)) : TextCell(c, r, "", ReadStyle),
            "status" => TextCell(c, r, ReviewColumns.StatusWord(row.Status), ReadStyle),
            "segment" => TextCell(c, r, row.Segment is { } s ? ReviewColumns.SegmentWord(s) : "", ReadStyle),
            "value_read" => row.Value is { } v
                ? NumberCell(c, r, v.ToString("0.######", CultureInfo.InvariantCulture))
                : TextCell(c, r, ReviewColumns.Masked, ReadStyle),
            "unit_read" => TextCell(c, r, row.UnitName, ReadStyle),
            "document" => TextCell(c, r, row.Document, ReadWrapStyle),
            "evidence" => EvidenceCell(c, r, row),
            "current" => TextCell(c, r, row.Current ?? "", ReadWrapStyle),
            _ => throw new InvalidOperationException($"no cell for review column {column.Code}"),
        };
    }

    // The number stands out twice: red and bold for the eye, 【】 for a copy that loses the formatting.
    private static Cell EvidenceCell(int c, int r, ReviewRow row)
    {
        if (row.Marked is not var (before, number, after))
        {
            return TextCell(c, r, row.Evidence, ReadWrapStyle);
        }

        return new Cell(new InlineString(
            Run(before + "【", mark: false), Run(number, mark: true), Run("】" + after, mark: false)))
        {
            CellReference = Reference(c, r), DataType = CellValues.InlineString, StyleIndex = ReadWrapStyle,
        };
    }

    private static Run Run(string text, bool mark)
    {
        var properties = mark
            ? new RunProperties(new RunFont { Val = Font }, new Bold(), new Color { Rgb = "FFC00000" }, new FontSize { Val = 11D })
            : new RunProperties(new RunFont { Val = Font }, new Color { Rgb = "FF1D2433" }, new FontSize { Val = 11D });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static Worksheet GuideSheet(IndicatorCatalog catalog)
    {
        const double width = 30 + 24 + 12 + 44; // the four columns of the indicator list below
        var data = new SheetData();
        var merged = new MergeCells();
        var r = 0;
        foreach (var line in GuideLines)
        {
            r++;
            // Each line spans the four columns and wraps there, so that it prints whole.
            var row = new Row { RowIndex = (uint)r, Height = r == 1 ? 24D : 15D * Lines(line, width) + 3D, CustomHeight = true };
            row.Append(TextCell(0, r, line, r == 1 ? GuideTitleStyle : GuideTextStyle));
            data.Append(row);
            merged.Append(new MergeCell { Reference = $"A{r}:D{r}" });
        }

        r++;
        var head = new Row { RowIndex = (uint)++r };
        head.Append(TextCell(0, r, "指标代码 code", HeaderStyle), TextCell(1, r, "指标名称 name", HeaderStyle),
            TextCell(2, r, "单位 unit", HeaderStyle), TextCell(3, r, "English", HeaderStyle));
        data.Append(head);
        foreach (var i in catalog.Indicators)
        {
            var row = new Row { RowIndex = (uint)++r };
            row.Append(TextCell(0, r, i.Code, ReadStyle), TextCell(1, r, i.NameZh, ReadStyle),
                TextCell(2, r, catalog.Units.NamesZh.GetValueOrDefault(i.Unit, i.Unit), ReadStyle), TextCell(3, r, i.NameEn, ReadStyle));
            data.Append(row);
        }

        merged.Count = (uint)GuideLines.Count;
        return new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new Columns(
                new Column { Min = 1U, Max = 1U, Width = 30, CustomWidth = true },
                new Column { Min = 2U, Max = 2U, Width = 24, CustomWidth = true },
                new Column { Min = 3U, Max = 3U, Width = 12, CustomWidth = true },
                new Column { Min = 4U, Max = 4U, Width = 44, CustomWidth = true }),
            data,
            merged,
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9U, Orientation = OrientationValues.Portrait, FitToWidth = 1U, FitToHeight = 0U });
    }

    /// <summary>How to fill the sheet in, Chinese first: the guide sheet's text.</summary>
    private static readonly IReadOnlyList<string> GuideLines =
    [
        "数字核对表 · Review sheet",
        "1. 逐行对照“原文”中【】标出的数字，在黄色的“核对结论”列选：确认 / 更正 / 驳回。",
        "   For each row, check the number marked 【】 in the sentence and pick a verdict: 确认 confirm / 更正 correct / 驳回 reject.",
        "2. 更正：在“更正数值”“更正单位”“更正年份”“更正指标”中写正确的内容（至少一项）；单位可写 元、万元、亿元、张、人、% 等。",
        "   To correct, write the right value (with its unit if not the one shown), year or indicator (at least one).",
        "3. 驳回：原文并未说这个数字（例如读错了句子）。驳回的数字保留在数据仓库中，但不再用于记分。",
        "   Reject when the sentence does not state the figure: it stays in the warehouse but is never used.",
        "4. 灰色列是系统读取的内容，请勿修改；修改过的行会被隔离并说明原因。",
        "   Grey columns restate what was read: an edited row is quarantined with the reason.",
        "5. 保存后载入：analytics-etl load 本文件.xlsx --db data/warehouse.duckdb（同一文件载入两次不会重复）。",
        "   Then load it: analytics-etl load this-file.xlsx --db data/warehouse.duckdb (loading it twice changes nothing).",
        "6. 同一数字再次核对时，以后载入的结论为准。替代统计表：只有写“是”的更正才优先于统计表中的同一数字。",
        "   A later review of the same number replaces the earlier one. Only a correction marked 是 (yes) ranks above the statistics table.",
    ];

    private static DataValidation List(string range, string formula, bool strict, string title, string prompt) =>
        new(new Formula1(formula))
        {
            Type = DataValidationValues.List, AllowBlank = true, ShowInputMessage = true, PromptTitle = Cut(title, 32), Prompt = Cut(prompt, 255),
            ShowErrorMessage = strict, ErrorTitle = Cut(title, 32), Error = "请从列表中选择 / choose from the list",
            SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
        };

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];

    private static string Range(ReviewColumn column, int lastRow)
    {
        var letter = Letter(ReviewColumns.All.ToList().IndexOf(column) + 1);
        return string.Create(CultureInfo.InvariantCulture, $"{letter}2:{letter}{lastRow}");
    }

    private static Cell TextCell(int c, int r, string text, uint style) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = Reference(c, r), DataType = CellValues.InlineString, StyleIndex = style,
        };

    private static Cell NumberCell(int c, int r, string invariant) =>
        new(new CellValue(invariant)) { CellReference = Reference(c, r), DataType = CellValues.Number, StyleIndex = ReadStyle };

    private static string Reference(int c, int r) => Letter(c + 1) + r.ToString(CultureInfo.InvariantCulture);

    /// <summary>A 1-based column number as a letter (1 → A, 27 → AA).</summary>
    private static string Letter(int column)
    {
        var letters = "";
        while (column > 0)
        {
            var m = (column - 1) % 26;
            letters = (char)('A' + m) + letters;
            column = (column - m) / 26;
        }

        return letters;
    }

    private static Stylesheet Stylesheet()
    {
        static Fill Solid(string rgb) => new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid });
        static Border Thin() => new(
            new LeftBorder(new Color { Rgb = "FFC8CDD6" }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Rgb = "FFC8CDD6" }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Rgb = "FFC8CDD6" }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Rgb = "FFC8CDD6" }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        static CellFormat Format(uint font, uint fill, uint border, bool wrap, VerticalAlignmentValues vertical, uint numberFormat = 0) =>
            new(new Alignment { WrapText = wrap, Vertical = vertical })
            {
                FontId = font, FillId = fill, BorderId = border, NumberFormatId = numberFormat, FormatId = 0U,
                ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true, ApplyNumberFormat = numberFormat != 0,
            };

        return new Stylesheet(
            new Fonts(
                new DocumentFormat.OpenXml.Spreadsheet.Font(new FontSize { Val = 11D }, new FontName { Val = Font }, new FontFamilyNumbering { Val = 2 }),
                new DocumentFormat.OpenXml.Spreadsheet.Font(new Bold(), new FontSize { Val = 11D }, new FontName { Val = Font }, new FontFamilyNumbering { Val = 2 }),
                new DocumentFormat.OpenXml.Spreadsheet.Font(new Bold(), new FontSize { Val = 14D }, new FontName { Val = Font }, new FontFamilyNumbering { Val = 2 }))
            { Count = 3U },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                Solid("FFDCE6F2"),
                Solid("FFF3F4F6"),
                Solid("FFFFF2C2"))
            { Count = 5U },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), Thin()) { Count = 2U },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
            new CellFormats(
                new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
                Format(1, 2, 1, wrap: true, VerticalAlignmentValues.Center),
                Format(0, 3, 1, wrap: false, VerticalAlignmentValues.Top),
                Format(0, 3, 1, wrap: true, VerticalAlignmentValues.Top),
                Format(0, 4, 1, wrap: true, VerticalAlignmentValues.Top, numberFormat: 49), // @ text
                Format(0, 4, 1, wrap: false, VerticalAlignmentValues.Top),
                Format(2, 0, 0, wrap: false, VerticalAlignmentValues.Center),
                Format(0, 0, 0, wrap: true, VerticalAlignmentValues.Top))
            { Count = 8U },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
    }
}
