using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Tests.Etl.Input;

/// <summary>Builds a small .docx in memory: a paragraph, a table, a paragraph.</summary>
internal static class DocxFixture
{
    public static byte[] Create(string before, string[][] rows, string after)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Auto }));
            foreach (var row in rows)
            {
                table.Append(new TableRow(row.Select(cell => new TableCell(Paragraph(cell)))));
            }

            // A deleted revision must not leak into the text.
            var withDeletion = Paragraph(after);
            withDeletion.Append(new DeletedRun(new Run(new DeletedText("已删除的文字"))) { Id = "1", Author = "test" });
            main.Document = new Document(new Body(Paragraph(before), table, withDeletion, new SectionProperties()));
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text) =>
        new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
