using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Etl.Input;

/// <summary>
/// The text of a Word .docx body: one line per paragraph in body order, one line per table row
/// (a cell's own paragraphs joined by spaces, so a row stays on one line): its cells separated by
/// tabs, or, under a header that gives units, a sentence rendered from it (see <see cref="DocxTable"/>).
/// Deleted revisions, field codes and the fallback copy of text boxes are left out; headers,
/// footers and footnotes are not read.
/// </summary>
internal static class DocxText
{
    public static string Extract(byte[] bytes, string path)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new DocumentReadException(path, null, "is not a valid .docx (Word OOXML) file: it has no document body");
            var lines = new List<string>();
            AppendBlocks(body, lines);
            return string.Join("\n", lines);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or InvalidOperationException)
        {
            throw new DocumentReadException(path, null, "is not a valid .docx (Word OOXML) file: " + e.Message);
        }
    }

    private static void AppendBlocks(OpenXmlElement container, List<string> lines)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    lines.Add(ParagraphText(paragraph));
                    break;
                case Table table:
                    lines.AddRange(DocxTable.Lines([.. table.Elements<TableRow>().Select(row => (IReadOnlyList<string>)[.. row.Elements<TableCell>().Select(CellText)])], lines.Count > 0 ? lines[^1] : null));
                    break;
                case SectionProperties:
                    break;
                default:
                    // Content controls and custom XML wrap paragraphs and tables of their own.
                    AppendBlocks(child, lines);
                    break;
            }
        }
    }

    private static string CellText(TableCell cell)
    {
        var lines = new List<string>();
        AppendBlocks(cell, lines);
        return string.Join(" ", lines.Where(l => l.Length > 0));
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        AppendRuns(paragraph, text);
        return text.ToString();
    }

    private static void AppendRuns(OpenXmlElement element, StringBuilder text)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case AlternateContentFallback or DeletedText or FieldCode or ParagraphProperties or RunProperties:
                    break;
                default:
                    AppendRuns(child, text);
                    break;
            }
        }
    }
}
