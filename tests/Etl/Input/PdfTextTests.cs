using Analytics.Etl.Extraction;
using Analytics.Etl.Input;
using Analytics.Etl.Load;
using Analytics.Tests.Etl.Load;
using Analytics.Tests.Warehouse;
using Analytics.Warehouse.Snapshots;

namespace Analytics.Tests.Etl.Input;

/// <summary>PDFs with a text layer, made by LibreOffice from the team's own sample report (<see cref="PdfFixtures"/>).</summary>
public sealed class PdfTextTests(PdfFixtures pdf) : IClassFixture<PdfFixtures>
{
    private static readonly FactExtractor Extractor = FactExtractor.CreateDefault();

    private static IEnumerable<string> Paragraphs(string text) => text.Split('\n').Where(l => l.Length > 0);

    [Fact]
    public void A_two_column_pdf_reads_as_its_source_paragraphs_without_running_header_or_page_numbers()
    {
        var document = DocumentReader.Read(pdf.Plain);

        Assert.Equal("pdf", document.Encoding);
        Assert.Equal(Paragraphs(PdfFixtures.SampleText), Paragraphs(document.Text));
        Assert.DoesNotContain("第 1 页", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_keeps_one_line_per_row_with_its_cells_between_bars()
    {
        var document = DocumentReader.Read(pdf.WithTable);

        Assert.Equal(
            [.. Paragraphs(PdfFixtures.SampleText), "| 项目 | 数量（对） |", "| 结婚登记 | 6532 |", "| 离婚登记 | 2104 |"],
            Paragraphs(document.Text));
    }

    [Fact]
    public void The_facts_read_from_the_pdf_equal_those_read_from_the_docx_it_was_made_from()
    {
        var fromDocx = Extractor.Extract("r", DocumentReader.Read(pdf.Docx).Text);
        var text = DocumentReader.Read(pdf.Plain).Text;
        var fromPdf = Extractor.Extract("r", text);

        Assert.True(fromDocx.Count >= 40, $"only {fromDocx.Count} facts from the sample report");
        Assert.Equal(fromDocx.Select(Key), fromPdf.Select(Key));
        Assert.All(fromPdf, f => Assert.Contains(text[f.SpanStart..f.SpanEnd], f.Evidence, StringComparison.Ordinal));
    }

    [Fact]
    public void Encrypted_and_damaged_pdfs_are_quarantined_with_their_reason_and_the_report_beside_them_loads()
    {
        using var fx = new LoadFixture();
        var folder = Directory.CreateDirectory(fx.Folder.File("in")).FullName;
        File.Copy(pdf.Plain, Path.Combine(folder, "a-report.pdf"));
        File.Copy(pdf.Locked, Path.Combine(folder, "b-locked.pdf"));
        var bytes = File.ReadAllBytes(pdf.Plain);
        File.WriteAllBytes(Path.Combine(folder, "c-damaged.pdf"), bytes[..(bytes.Length / 3)]);

        var result = new LoadJob(LoadFixture.Catalog, LoadFixture.Gazetteer).Run(
            fx.Db, LoadJob.Expand([folder]), new LoadOptions(Publish: false), TestContext.Current.CancellationToken);

        Assert.Equal(["a-report.pdf", "b-locked.pdf", "c-damaged.pdf"], result.Sources.Select(s => s.Name));
        Assert.Equal((LoadOutcome.Loaded, "pdf"), (result.Sources[0].Outcome, Db.Scalar<string>(fx.Db, "SELECT encoding FROM sources WHERE name = 'a-report.pdf'")));
        Assert.True(result.Sources[0].Rows >= 40);
        var reasons = Db.Rows(fx.Db, "SELECT source_name, reason FROM quarantine WHERE row_number IS NULL AND span_start IS NULL ORDER BY source_name");
        Assert.Equal(2, reasons.Count);
        Assert.Contains("is an encrypted PDF (加密的 PDF)", (string)reasons[0][1]!, StringComparison.Ordinal);
        Assert.Contains("is a damaged PDF (PDF 文件已损坏)", (string)reasons[1][1]!, StringComparison.Ordinal);
    }

    private static string Key(ExtractedFact f) =>
        $"{f.Indicator}|{f.Value}|{f.Unit}|{f.Year}|{f.PeriodStart}|{f.Status}|{f.Qualifier}|{f.Segment.ToSql()}|{f.RegionCode}|{f.Evidence}";
}
