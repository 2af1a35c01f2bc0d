using Analytics.Etl.Extraction;
using Analytics.Etl.Input;
using Analytics.Etl.Load;

namespace Analytics.Tests.Web;

/// <summary>
/// A report read by OCR (its text given here with Tesseract's confidence per character, as
/// <see cref="DocumentReader"/> would return it for a scan): the district page tags its numbers'
/// evidence "OCR 识别", and the one Tesseract was unsure of "OCR 识别·置信度低".
/// </summary>
public sealed class OcrTagTests : IDisposable
{
    private const string Text = "衢州市柯城区民政局2023年工作总结\n截至2023年底，全区养老床位总数3,600张，其中护理型床位2,100张。";

    private readonly LoadedScorecard scorecard = new((run, _) =>
    {
        var confidence = new float[Text.Length];
        Array.Fill(confidence, 93);
        confidence[Text.IndexOf("2,100", StringComparison.Ordinal)] = 48;
        var document = new DecodedDocument("kecheng-scan.png", "kecheng-scan.png", Text, "ocr", "c0ffee", Text.Length, confidence);
        var facts = document.Mark(FactExtractor.CreateDefault().Extract(document.Name, Text));
        run.LoadReportFacts(new DocumentInfo(document.Name, document.Sha256, document.Encoding, document.SizeBytes), facts, Text, CancellationToken.None);
    });

    public void Dispose() => scorecard.Dispose();

    [Fact]
    public async Task The_district_page_tags_evidence_read_by_ocr_and_marks_the_unsure_figure()
    {
        var (html, rows) = await scorecard.District("330802", 2023);

        Assert.Contains("工作报告：kecheng-scan.png OCR 识别", rows["养老床位数"][6], StringComparison.Ordinal);
        Assert.DoesNotContain("置信度低", rows["养老床位数"][6], StringComparison.Ordinal);
        Assert.Contains("OCR 识别·置信度低", rows["护理型床位数"][6], StringComparison.Ordinal);
        Assert.Contains("<span class=\"tag ocr low\"", html, StringComparison.Ordinal);
    }
}
