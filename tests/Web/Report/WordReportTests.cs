using System.Net;
using Analytics.Web.Report;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Tests.Web.Report;

/// <summary>The Word reports as served: valid Open XML, the styles and fonts Word and WPS need, A4, the contents the issue lists, and the parameters validated.</summary>
[Collection(ScorecardCollection.Name)]
public sealed class WordReportTests(ScorecardApp app)
{
    private readonly HttpClient client = app.Factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/report/district/330102.docx?year=2023")]
    [InlineData("/report/district/330203.docx?year=2023&lang=en")]
    [InlineData("/report/province/330000.docx?year=2023")]
    [InlineData("/report/province/330000.docx?year=2022&lang=en")]
    public async Task Report_passes_the_open_xml_validator(string url)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ReportFiles.ContentType, response.Content.Headers.ContentType?.MediaType);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)), false);

        var errors = new OpenXmlValidator().Validate(doc, Ct).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
    }

    [Fact]
    public async Task District_report_has_headings_tables_charts_chinese_fonts_on_a4_and_numbered_sources()
    {
        using var doc = await Open("/report/district/330102.docx?year=2023");
        var main = doc.MainDocumentPart!;
        var body = main.Document.Body!;

        // Heading 1/2 carry outline levels (what Word's navigation pane lists) under Word's own style names.
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Equal("heading 1", styles["Heading1"].StyleName!.Val!.Value);
        Assert.Equal(0, styles["Heading1"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal(1, styles["Heading2"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        var headings = Paragraphs(body, "Heading1");
        Assert.Equal(["一、指标完成情况", "二、分项得分", "三、分项情况说明", "四、历年趋势与预测", "五、数据来源"], headings);
        Assert.Contains("养老服务", Paragraphs(body, "Heading2"));

        // The East-Asian font is named on the defaults, with the CJK fallback in the font table.
        var fonts = main.StyleDefinitionsPart.Styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;
        Assert.Equal("宋体", fonts.EastAsia!.Value);
        Assert.Contains(main.FontTablePart!.Fonts!.Elements<Font>(), f => f.Name == "宋体" && f.AltName!.Val!.Value!.Contains("Noto Sans CJK SC", StringComparison.Ordinal));

        var page = body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (page.Width!.Value, page.Height!.Value)); // A4 in twips

        // The indicator table: 上城's elderly beds 12,000 against ≥ 50 per 1,000 aged 60+ (60 on that basis), met, with sources cited.
        var table = body.Elements<Table>().First();
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["指标", "数值", "目标", "目标来源", "差距", "状态"], rows[0]);
        var beds = rows.Single(r => r[0] == "养老床位数");
        Assert.StartsWith("12,000 张 [", beds[1], StringComparison.Ordinal);
        Assert.Contains("考核口径值 60", beds[2], StringComparison.Ordinal);
        Assert.Contains("达标", beds[5], StringComparison.Ordinal);
        Assert.Contains(rows, r => r[0] == "低保标准" && r[3].StartsWith("官方目标 [", StringComparison.Ordinal));

        // One 300 DPI chart per assessed indicator with a history, and the forecast's accuracy beside the one that has a backtest.
        Assert.NotEmpty(main.ImageParts);
        Assert.Contains(Text(body), t => t.StartsWith("以往预测的准确度：过去2年（2022–2023年）一年期预测平均误差 6.7%", StringComparison.Ordinal));

        // The numbered list holds every source the tables cite: the official plan's document among them.
        var sources = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties is not null).Select(p => p.InnerText).ToList();
        Assert.Contains(sources, s => s.Contains(ScorecardWarehouse.Plan, StringComparison.Ordinal) && s.Contains(ScorecardWarehouse.Wording, StringComparison.Ordinal));
        Assert.Contains(sources, s => s.StartsWith("统计表 stats.csv，第 ", StringComparison.Ordinal));
        var cited = rows.Skip(1).SelectMany(r => System.Text.RegularExpressions.Regex.Matches(string.Concat(r), @"\[(\d+)\]").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(cited, n => Assert.InRange(n, 1, sources.Count));
    }

    [Fact]
    public async Task A_family_paragraph_is_written_from_the_numbers()
    {
        using var doc = await Open("/report/district/330102.docx?year=2023");
        var text = Text(doc.MainDocumentPart!.Document.Body!);

        // 上城 2023: beds 12,000 (2022: 10,000) against ≥ 50 per 1,000 aged 60+ — met.
        Assert.Contains(text, t => t.StartsWith("养老服务共 1 项考核指标：1 项达标（养老床位数）。", StringComparison.Ordinal)
            && t.Contains("养老床位数由 10,000 增至 12,000 张（+20.0%）", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Synthetic_data_is_labelled_as_such()
    {
        using var doc = await Open("/report/district/330203.docx?year=2023");
        var text = Text(doc.MainDocumentPart!.Document.Body!);
        Assert.Contains(text, t => t.StartsWith("【合成数据】本报告含演示用合成数据", StringComparison.Ordinal));
        Assert.Contains(text, t => t.StartsWith("【合成数据】统计表 demo-charity.csv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Province_report_ranks_every_district_and_counts_each_targets_outcomes()
    {
        using var doc = await Open("/report/province/330000.docx?year=2023");
        var body = doc.MainDocumentPart!.Document.Body!;
        var ranking = body.Elements<Table>().First().Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["1", "上城区", "杭州市", "116.7%"], ranking[1].Take(4));
        Assert.Contains(ranking, r => r[0] == "未排名" && r[1] == "江北区");
        Assert.Contains(Text(body), t => t.Contains("低保标准（目标 ≥ 1,000 元/人·月）：", StringComparison.Ordinal));
        Assert.Single(doc.MainDocumentPart.ImageParts);
    }

    [Theory]
    [InlineData("/report/district/33010x.docx?year=2023", "code")]
    [InlineData("/report/district/330100.docx?year=2023", "code")]
    [InlineData("/report/district/339999.docx?year=2023", "code")]
    [InlineData("/report/district/330102.docx?year=20x3", "year")]
    [InlineData("/report/district/330102.docx?year=1990", "year")]
    [InlineData("/report/province/330100.docx?year=2023", "code")]
    [InlineData("/report/province/990000.docx?year=2023", "code")]
    [InlineData("/report/province/330000.docx?year=abc", "year")]
    public async Task A_bad_parameter_is_400_naming_it(string url, string parameter)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.StartsWith($"参数 {parameter}", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_link_their_reports()
    {
        Assert.Contains("href=\"/report/district/330102.docx?year=2023\"", await client.GetStringAsync("/district/330102?year=2023", Ct), StringComparison.Ordinal);
        Assert.Contains("href=\"/report/province/330000.docx?year=2023&amp;lang=en\"", await client.GetStringAsync("/?year=2023&lang=en", Ct), StringComparison.Ordinal);
    }

    private async Task<WordprocessingDocument> Open(string url) =>
        WordprocessingDocument.Open(new MemoryStream(await client.GetByteArrayAsync(url, Ct)), false);

    private static List<string> Paragraphs(Body body, string style) =>
        [.. body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style).Select(p => p.InnerText)];

    private static List<string> Text(Body body) => [.. body.Elements<Paragraph>().Select(p => p.InnerText)];
}
