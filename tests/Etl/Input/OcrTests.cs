using Analytics.Etl.Extraction;
using Analytics.Etl.Input;
using Analytics.Etl.Load;
using Analytics.Tests.Etl.Load;
using Analytics.Tests.Etl.Review;
using Analytics.Tests.Warehouse;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Analytics.Tests.Etl.Input;

/// <summary>
/// Scanned reports read by Tesseract (scripts/setup.sh installs tesseract-ocr, its chi_sim data
/// and poppler-utils): images of the project's own sentences, and the sample report's PDF
/// rendered to page images, turned slightly and specked, then put back into an image-only PDF.
/// </summary>
public sealed class OcrTests(PdfFixtures pdf) : IClassFixture<PdfFixtures>, IDisposable
{
    private const string Tesseract = "/usr/bin/tesseract";

    private static readonly FactExtractor Extractor = FactExtractor.CreateDefault();

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_scanned_image_is_read_by_ocr_and_its_facts_say_so()
    {
        Tools.Require(Tesseract, "tesseract-ocr");
        var path = folder.Write("scan.png", ScanImages.Text(["海宁市民政局2023年工作总结", "全市养老机构达到45家，养老床位总数12,560张。"]));

        var document = DocumentReader.Read(path);
        var facts = document.Mark(Extractor.Extract(document.Name, document.Text));

        Assert.Equal("ocr", document.Encoding);
        Assert.Contains("海宁市民政局2023年工作总结\n", document.Text, StringComparison.Ordinal);
        Assert.Contains("12,560张", document.Text, StringComparison.Ordinal);
        var beds = Assert.Single(facts, f => f.Indicator == "elderly_beds");
        Assert.Equal((12560m, SourceFormat.Ocr), (beds.Value, beds.SourceFormat));
        Assert.Contains("\"source_format\":\"ocr\",\"low_confidence\":", FactJson.ToLine(beds), StringComparison.Ordinal);
    }

    [Fact]
    public void A_scanned_pdf_gives_the_facts_of_its_source_at_090_precision_and_080_recall()
    {
        Tools.Require(Tesseract, "tesseract-ocr");
        Tools.Require("/usr/bin/pdftoppm", "poppler-utils");
        var scan = folder.Write("scanned.pdf", ScannedCopy(pdf.Plain));
        var expected = Extractor.Extract("r", DocumentReader.Read(pdf.Docx).Text).Select(Key).ToList();
        var pages = new List<(int, int)>();

        var document = DocumentReader.Read(scan, (done, total) => pages.Add((done, total)));
        var facts = document.Mark(Extractor.Extract(document.Name, document.Text));

        Assert.Equal("pdf+ocr", document.Encoding);
        Assert.Equal([(1, 2), (2, 2)], pages);
        Assert.All(facts, f => Assert.Equal(SourceFormat.Ocr, f.SourceFormat));
        var got = facts.Select(Key).ToList();
        var hits = got.Count(expected.Contains);
        var (precision, recall) = ((double)hits / got.Count, (double)expected.Intersect(got).Count() / expected.Distinct().Count());
        Assert.True(precision >= 0.90 && recall >= 0.80,
            $"precision {precision:F3}, recall {recall:F3}; missed: {string.Join("; ", expected.Except(got))}; extra: {string.Join("; ", got.Except(expected))}");
    }

    [Fact]
    public void A_figure_whose_characters_ocr_was_unsure_of_is_flagged_and_text_layer_facts_are_not_marked()
    {
        const string text = "全市养老床位12560张，护理型床位8120张。";
        var confidence = new float[text.Length];
        Array.Fill(confidence, 95);
        confidence[text.IndexOf("8120", StringComparison.Ordinal) + 1] = 52; // one character of the second figure
        var facts = Extractor.Extract("r", text);

        var scanned = new DecodedDocument("r", "r", text, "ocr", "", 0, confidence).Mark(facts);
        var typed = new DecodedDocument("r", "r", text, "pdf+ocr", "", 0, [.. confidence.Select(_ => -1f)]).Mark(facts);

        Assert.Equal(
            [("elderly_beds", SourceFormat.Ocr, false), ("nursing_beds", SourceFormat.Ocr, true)],
            scanned.Select(f => (f.Indicator, f.SourceFormat, f.LowConfidence)));
        Assert.All(typed, f => Assert.Equal((SourceFormat.Text, false), (f.SourceFormat, f.LowConfidence)));
    }

    [Fact]
    public void Ocr_facts_are_recorded_and_the_review_sheet_lists_the_unsure_ones_first()
    {
        using var fx = new ReviewFixture();
        const string text = "海宁市民政局2023年工作总结\n全市养老床位12560张，护理型床位8120张，建成老年助餐点215个。";
        var confidence = new float[text.Length];
        Array.Fill(confidence, 95);
        confidence[text.IndexOf("215", StringComparison.Ordinal)] = 40;
        var facts = new DecodedDocument("scan.png", "scan.png", text, "ocr", "ab12", 10, confidence).Mark(Extractor.Extract("scan.png", text));
        using (var run = LoadRun.Begin(fx.Db, LoadFixture.Catalog, LoadFixture.Gazetteer, new LoadOptions(Publish: false)))
        {
            run.LoadReportFacts(new DocumentInfo("scan.png", "ab12", "ocr", 10), facts, text, TestContext.Current.CancellationToken);
            run.Commit();
        }

        Assert.Equal(
            [["elderly_beds", false], ["meal_points", true], ["nursing_beds", false]],
            Db.Rows(fx.Db, "SELECT f.indicator, o.low_confidence FROM facts f JOIN ocr_readings o USING (fact_id) ORDER BY f.indicator"));
        var rows = fx.Rows();
        Assert.Equal(("meal_points", Analytics.Etl.Review.ReviewExport.LowConfidence), (rows[0].Indicator, rows[0].Current));
        Assert.Equal("OCR 识别 / read by OCR", rows[1].Current);
    }

    [Fact]
    public async Task Without_tesseract_a_scan_in_a_folder_is_named_with_that_reason_and_the_report_beside_it_is_read()
    {
        var dotnet = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "dotnet")).FirstOrDefault(File.Exists);
        Assert.SkipWhen(dotnet is null, "dotnet is not on PATH");
        folder.Write("in/scan.png", ScanImages.Text(["全市养老床位12,560张。"]));
        folder.Write("in/report.txt", "海宁市民政局2023年工作总结\n\n全市养老床位3000张。\n"u8.ToArray());
        var start = new System.Diagnostics.ProcessStartInfo(dotnet!) // found on PATH above
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "analytics-etl.dll"), "extract", folder.File("in") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PATH"] = folder.File("no-programs-here"); // neither tesseract nor pdftoppm

        using var process = System.Diagnostics.Process.Start(start)!; // Start returns a process for an existing file
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("\"indicator\":\"elderly_beds\",\"value\":3000", await stdout, StringComparison.Ordinal);
        Assert.Contains("scan.png needs OCR, but Tesseract is not installed (未安装 OCR)", stderr, StringComparison.Ordinal);
        Assert.Contains("已读 1 个文件，未读 1 个", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Tesseract_tsv_words_become_glyphs_in_points_on_their_line_baseline()
    {
        const string tsv = """
            level	page_num	block_num	par_num	line_num	word_num	left	top	width	height	conf	text
            1	1	0	0	0	0	0	0	1000	2000	-1	
            4	1	1	1	1	0	100	200	400	50	-1	
            5	1	1	1	1	1	100	210	120	40	96.5	养老
            5	1	1	1	1	2	230	200	150	50	61.25	12,560
            """;

        var page = Assert.Single(Analytics.Etl.Input.Tesseract.Words(tsv, 0.5, null));

        Assert.Equal(
            [new PdfGlyph("养老", 50, 110, 875, 25, 96.5f), new PdfGlyph("12,560", 115, 190, 875, 25, 61.25f)],
            page);
    }

    // Each page rendered at 200 dpi by pdftoppm, turned 0.4° and specked, placed as the whole of an image-only page.
    private byte[] ScannedCopy(string source)
    {
        Tools.Run("/usr/bin/pdftoppm", "-r", "200", "-gray", "-png", source, folder.File("page"));
        var builder = new PdfDocumentBuilder();
        foreach (var (png, i) in Directory.GetFiles(folder.Path, "page-*.png").Order(StringComparer.Ordinal).Select((p, i) => (p, i)))
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddPng(ScanImages.Rough(File.ReadAllBytes(png), 0.4f, i + 1), new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
        }

        return builder.Build();
    }

    private static string Key(ExtractedFact f) => $"{f.Indicator}|{f.Value}|{f.Year}|{f.Status}|{f.Segment.ToSql()}|{f.RegionCode}";
}
