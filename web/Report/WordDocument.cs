using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Analytics.Web.Report;

/// <summary>
/// An A4 Word document built in memory with the report's styles (<see cref="WordStyles"/>): headings
/// the navigation pane lists, real tables with a repeated header row, PNG images at their physical
/// size, and one numbered list (the sources). <see cref="ToArray"/> closes it and returns the .docx bytes.
/// </summary>
internal sealed class WordDocument : IDisposable
{
    // A4 in twentieths of a point, 2.5 cm margins: 16 cm of text width.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 1418;
    public const int TextWidth = PageWidth - (2 * Margin);

    // A picture taller than this would not fit under its heading on one page (Word and LibreOffice then clip it).
    private const int MaxImageHeight = (PageHeight - (2 * Margin)) * 85 / 100;
    private const long EmuPerTwip = 635;
    private const int SourceList = 1;

    private readonly MemoryStream stream = new();
    private readonly WordprocessingDocument package;
    private readonly Body body;
    private uint images;

    public WordDocument(string title, string language)
    {
        package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        main.Document = new Document(body = new Body());
        main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Create();
        main.AddNewPart<FontTablePart>().Fonts = WordStyles.FontTable();
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
        package.PackageProperties.Title = title;
        package.PackageProperties.Language = language;
        package.PackageProperties.Creator = "Analytics";
    }

    public void Title(string text) => body.Append(Para(WordStyles.Title, text));

    public void Heading1(string text) => body.Append(Para(WordStyles.Heading1, text));

    public void Heading2(string text) => body.Append(Para(WordStyles.Heading2, text));

    public void Paragraph(string text, string? style = null) => body.Append(Para(style, text));

    /// <summary>A paragraph of runs, some bold (a label before its value).</summary>
    public void Paragraph(params (string Text, bool Bold)[] runs)
    {
        var p = new Paragraph();
        foreach (var (text, bold) in runs)
        {
            p.Append(TextRun(text, bold));
        }

        body.Append(p);
    }

    public void Note(string text) => body.Append(Para(WordStyles.Note, text));

    /// <summary>One item of the numbered source list ("1." … "n."), in order.</summary>
    public void ListItem(string text)
    {
        var p = Para(null, text);
        p.PrependChild(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = SourceList })));
        body.Append(p);
    }

    /// <summary>A table: header row (repeated on every page, shaded), then rows; column widths as shares of the text width.</summary>
    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<double> shares, ISet<int>? numeric = null)
    {
        var widths = shares.Select(s => (int)(s / shares.Sum() * TextWidth)).ToList();
        var table = new Table(new TableProperties(
            new TableStyle { Val = WordStyles.Grid },
            new TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "0420" })); // header row on, banding off; the hex form every Word version reads
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(Row(headers, widths, header: true, numeric));
        foreach (var row in rows)
        {
            table.Append(Row(row, widths, header: false, numeric));
        }

        body.Append(table);
        body.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "60" })));
    }

    /// <summary>
    /// A PNG at its physical size, shrunk to the text width and to 85 % of the text height at most (a
    /// ranking of ninety districts is taller than a page), keeping its aspect; <paramref name="widthPx96"/> is its size at 96 DPI.
    /// </summary>
    public void Image(byte[] png, int widthPx96, int heightPx96, string description)
    {
        var main = package.MainDocumentPart!; // created in the constructor
        var part = main.AddImagePart(ImagePartType.Png);
        using (var data = new MemoryStream(png))
        {
            part.FeedData(data);
        }

        var id = main.GetIdOfPart(part);
        var width = Math.Min(widthPx96 * 9525L, TextWidth * EmuPerTwip); // 9525 EMU per pixel at 96 DPI
        var height = width * heightPx96 / widthPx96;
        if (height > MaxImageHeight * EmuPerTwip)
        {
            height = MaxImageHeight * EmuPerTwip;
            width = height * widthPx96 / heightPx96;
        }
        var n = ++images;
        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(
                new PIC.NonVisualDrawingProperties { Id = 0U, Name = $"chart{n}.png", Description = description },
                new PIC.NonVisualPictureDrawingProperties()),
            new PIC.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = width, Cy = height }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new DW.Inline(
            new DW.Extent { Cx = width, Cy = height },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = n, Name = $"图表 {n}", Description = description },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        body.Append(new Paragraph(
            new ParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Center }),
            new Run(new Drawing(inline))));
    }

    /// <summary>Closes the document (A4 section last) and returns the .docx bytes.</summary>
    public byte[] ToArray()
    {
        body.Append(new SectionProperties(
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin, Header = 851, Footer = 992, Gutter = 0 }));
        package.Dispose();
        return stream.ToArray();
    }

    public void Dispose()
    {
        package.Dispose();
        stream.Dispose();
    }

    private static Paragraph Para(string? style, string text)
    {
        var p = new Paragraph();
        if (style is not null)
        {
            p.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        p.Append(TextRun(text, bold: false));
        return p;
    }

    private static Run TextRun(string text, bool bold)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static TableRow Row(IReadOnlyList<string> cells, List<int> widths, bool header, ISet<int>? numeric)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
        }

        for (var i = 0; i < widths.Count; i++)
        {
            var props = new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (header)
            {
                props.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E4E7EB" });
            }

            var paragraph = new Paragraph(new ParagraphProperties(
                new ParagraphStyleId { Val = WordStyles.TableText },
                new Justification { Val = numeric?.Contains(i) == true && !header ? JustificationValues.Right : JustificationValues.Left }));
            var lines = (i < cells.Count ? cells[i] : "").Split('\n');
            var run = new Run();
            if (header)
            {
                run.Append(new RunProperties(new Bold()));
            }

            for (var l = 0; l < lines.Length; l++)
            {
                if (l > 0)
                {
                    run.Append(new Break());
                }

                run.Append(new Text(lines[l]) { Space = SpaceProcessingModeValues.Preserve });
            }

            paragraph.Append(run);
            row.Append(new TableCell(props, paragraph));
        }

        return row;
    }

    private static Numbering Numbering() => new(
        new AbstractNum(
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Decimal },
                new LevelText { Val = "[%1]" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "480", Hanging = "480" }))
            { LevelIndex = 0 })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = SourceList });
}
