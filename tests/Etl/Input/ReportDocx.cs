using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Tests.Etl.Input;

/// <summary>
/// Lays a report's text out as a bureau's Word file would be: the lines before the first heading
/// (一、…) in one column, the rest in two, a running header with the title, a footer
/// "第 N 页 共 M 页", body text in 14 pt so that the report runs over several pages, and
/// optionally a table after the text. LibreOffice turns it into the PDF fixtures.
/// </summary>
internal static class ReportDocx
{
    public static byte[] Create(string text, string[][]? table = null)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Where(l => l.Length > 0).ToList();
        var title = lines.FirstOrDefault(l => l.Contains("工作总结", StringComparison.Ordinal)) ?? lines[0];
        var firstHeading = lines.FindIndex(l => l.StartsWith("一、", StringComparison.Ordinal));
        var split = firstHeading < 0 ? lines.Count : firstHeading;

        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Centered(new Run(new Text(title))));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(Centered(
                new Run(new Text("第 ") { Space = SpaceProcessingModeValues.Preserve }), Field("PAGE"),
                new Run(new Text(" 页 共 ") { Space = SpaceProcessingModeValues.Preserve }), Field("NUMPAGES"),
                new Run(new Text(" 页") { Space = SpaceProcessingModeValues.Preserve })));
            var headerId = main.GetIdOfPart(header);
            var footerId = main.GetIdOfPart(footer);

            var body = new Body();
            for (var i = 0; i < split; i++)
            {
                body.Append(Body(lines[i]));
            }

            // The single-column section ends with its last paragraph; the two-column one is the body's.
            body.Append(new Paragraph(new ParagraphProperties(Section(headerId, footerId, columns: 1, continuous: false))));
            foreach (var line in lines.Skip(split))
            {
                body.Append(Body(line));
            }

            if (table is not null)
            {
                body.Append(Table(table));
                body.Append(new Paragraph());
            }

            body.Append(Section(headerId, footerId, columns: 2, continuous: true));
            main.Document = new Document(body);
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Noto Serif CJK SC", EastAsia = "Noto Serif CJK SC", HighAnsi = "Noto Serif CJK SC" },
                new FontSize { Val = "28" }))));
        }

        return stream.ToArray();
    }

    private static Paragraph Body(string line) => new(
        new ParagraphProperties(new Indentation { FirstLineChars = 200 }, new SpacingBetweenLines { After = "120" }),
        new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph Centered(params OpenXmlElement[] runs) =>
        new([new ParagraphProperties(new Justification { Val = JustificationValues.Center }), .. runs]);

    private static SimpleField Field(string instruction) => new(new Run(new Text("1"))) { Instruction = " " + instruction + " " };

    private static SectionProperties Section(string headerId, string footerId, int columns, bool continuous)
    {
        var section = new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId },
            new FooterReference { Type = HeaderFooterValues.Default, Id = footerId });
        if (continuous)
        {
            section.Append(new SectionType { Val = SectionMarkValues.Continuous });
        }

        section.Append(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1440, Bottom = 1440, Left = 1418U, Right = 1418U, Header = 720U, Footer = 720U },
            new Columns { ColumnCount = (Int16Value)(short)columns, Space = "567" });
        return section;
    }

    private static Table Table(string[][] rows)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(new Paragraph(new Run(new Text(cell)))))));
        }

        return table;
    }
}
