using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Web.Report;

/// <summary>
/// The report's styles and fonts. Chinese text is set in 宋体 (SimSun, on every Chinese Windows and
/// in WPS), headings in 黑体 (SimHei); the font table names Noto Sans CJK SC as the alternative, and
/// every run's East-Asian font is named explicitly, so Word, WPS and LibreOffice pick a CJK face
/// instead of a Latin one with boxes. Heading 1/2 carry outline levels, which is what Word's
/// navigation pane lists; their names are Word's built-in ones ("heading 1") so Word treats them as its own.
/// </summary>
internal static class WordStyles
{
    public const string Body = "宋体";
    public const string HeadingFont = "黑体";
    public const string Fallback = "Noto Sans CJK SC";
    public const string Latin = "Times New Roman";

    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Note = "Note";
    public const string Caption = "Caption";
    public const string TableText = "TableText";
    public const string Grid = "ReportTable";

    public static RunFonts Fonts(string eastAsia) =>
        new() { Ascii = Latin, HighAnsi = Latin, EastAsia = eastAsia, ComplexScript = Latin, Hint = FontTypeHintValues.EastAsia };

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                Fonts(Body), new FontSize { Val = "21" }, new FontSizeComplexScript { Val = "21" },
                new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "300", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph("Normal", "Normal", null, isDefault: true),
        Paragraph(Title, "Title", "Normal", new ParagraphProperties(
                new KeepNext(), new SpacingBetweenLines { Before = "240", After = "240" }, new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(Fonts(HeadingFont), new Bold(), new FontSize { Val = "36" }, new FontSizeComplexScript { Val = "36" })),
        Paragraph(Heading1, "heading 1", "Normal", new ParagraphProperties(
                new KeepNext(), new SpacingBetweenLines { Before = "360", After = "120" }, new OutlineLevel { Val = 0 }),
            new StyleRunProperties(Fonts(HeadingFont), new Bold(), new FontSize { Val = "30" }, new FontSizeComplexScript { Val = "30" })),
        Paragraph(Heading2, "heading 2", "Normal", new ParagraphProperties(
                new KeepNext(), new SpacingBetweenLines { Before = "240", After = "80" }, new OutlineLevel { Val = 1 }),
            new StyleRunProperties(Fonts(HeadingFont), new Bold(), new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" })),
        Paragraph(Note, "Note", "Normal", null,
            new StyleRunProperties(new Color { Val = "616E7C" }, new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })),
        Paragraph(Caption, "caption", "Normal", new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new Color { Val = "616E7C" }, new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })),
        Paragraph(TableText, "Table Text", "Normal", new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "260", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })),
        TableStyle());

    /// <summary>The font table: the two CJK faces with their English names and the fallback as their alternative.</summary>
    public static DocumentFormat.OpenXml.Wordprocessing.Fonts FontTable() => new(
        Font(Body, "SimSun", "02010600030101010101", "Auto"),
        Font(HeadingFont, "SimHei", "02010609060101010101", "Modern"),
        Font(Fallback, null, null, "Swiss"),
        Font(Latin, null, "02020603050405020304", "Roman"));

    private static Font Font(string name, string? alt, string? panose, string family)
    {
        var font = new Font { Name = name };
        if (alt is not null)
        {
            font.Append(new AltName { Val = alt + "," + Fallback });
        }

        if (panose is not null)
        {
            font.Append(new Panose1Number { Val = panose });
        }

        // GB2312 (0x86) tells Word the CJK faces are Simplified Chinese fonts.
        font.Append(new FontCharSet { Val = name == Latin || name == Fallback ? "00" : "86" });
        font.Append(new FontFamily { Val = new EnumValue<FontFamilyValues>(family switch
        {
            "Roman" => FontFamilyValues.Roman,
            "Swiss" => FontFamilyValues.Swiss,
            "Modern" => FontFamilyValues.Modern,
            _ => FontFamilyValues.Auto,
        }) });
        return font;
    }

    private static Style Paragraph(string id, string name, string? basedOn, ParagraphProperties? paragraph = null, StyleRunProperties? run = null, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(new StyleParagraphProperties(paragraph.ChildElements.Select(e => e.CloneNode(true))));
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    private static Style TableStyle()
    {
        static BorderType Line<T>() where T : BorderType, new() => new T { Val = BorderValues.Single, Size = 4, Color = "9AA5B1" };
        return new Style(
            new StyleName { Val = "Report Table" },
            new StyleTableProperties(
                new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(), Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = Grid };
    }
}
