using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Analytics.Web.Charts;
using SkiaSharp;

namespace Analytics.Tests.Web;

[Collection(ScorecardCollection.Name)]
public sealed class ChartAndWhatIfTests(ScorecardApp app)
{
    private const string WhatIfQuery = "region=330102&year=2023&target=2028&aged=4&standard=6&edge=1.8&takeup=0.8";

    private readonly HttpClient client = app.Factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Charts =>
    [
        "/charts/ranking.{0}?year=2023",
        "/charts/ranking.{0}?year=2023&city=330100&lang=en",
        "/charts/indicator-ranking.{0}?indicator=elderly_beds&year=2023",
        "/charts/distribution.{0}?indicator=eco_burial_rate&year=2023",
        "/charts/trend.{0}?region=330102&indicator=elderly_beds&year=2023",
        "/charts/whatif.{0}?" + WhatIfQuery,
        "/charts/map.{0}?year=2023",
        "/charts/map.{0}?year=2023&city=330200&lang=en",
        "/charts/indicator-map.{0}?indicator=elderly_beds&year=2023",
    ];

    [Theory]
    [MemberData(nameof(Charts))]
    public async Task Every_chart_comes_as_print_png_screen_png_svg_and_csv(string url)
    {
        string U(string format) => string.Format(System.Globalization.CultureInfo.InvariantCulture, url, format);

        using var print = await client.GetAsync(U("png"), Ct);
        Assert.Equal(HttpStatusCode.OK, print.StatusCode);
        Assert.Equal("image/png", print.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", print.Content.Headers.ContentDisposition?.DispositionType);
        using var printBitmap = SKBitmap.Decode(await print.Content.ReadAsByteArrayAsync(Ct));

        using var screen = await client.GetAsync(U("png") + "&res=screen", Ct);
        Assert.Null(screen.Content.Headers.ContentDisposition);
        using var screenBitmap = SKBitmap.Decode(await screen.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(Math.Round(screenBitmap.Width * 300 / 96.0), printBitmap.Width, 1.0);

        var svg = await client.GetStringAsync(U("svg"), Ct);
        Assert.Contains("Noto Sans CJK SC", svg, StringComparison.Ordinal);

        var csv = await client.GetByteArrayAsync(U("csv"), Ct);
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
    }

    [Fact]
    public async Task Chart_titles_and_notes_are_chinese_by_default_and_say_synthetic()
    {
        var svg = await client.GetStringAsync("/charts/ranking.svg?year=2023", Ct);

        Assert.Contains("综合得分排名", svg, StringComparison.Ordinal);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Contains(XDocument.Parse(svg).Descendants(ns + "text"), t => t.Value.Trim().StartsWith("合成数据", StringComparison.Ordinal));
        Assert.DoesNotContain("synthetic", svg, StringComparison.OrdinalIgnoreCase);
        var english = XDocument.Parse(await client.GetStringAsync("/charts/ranking.svg?year=2023&lang=en", Ct));
        Assert.Contains(english.Descendants(ns + "text"), t => t.Value.Trim().StartsWith("Synthetic data", StringComparison.Ordinal));
        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/charts/ranking.csv?year=2023", Ct));
        Assert.Contains("上城区", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("江北区", csv, StringComparison.Ordinal); // unranked: not a bar
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public async Task A_chart_for_the_english_page_is_english_only(string url)
    {
        var en = string.Format(System.Globalization.CultureInfo.InvariantCulture, url, "svg");
        en += en.Contains("lang=en", StringComparison.Ordinal) ? "" : "&lang=en";
        var doc = XDocument.Parse(await client.GetStringAsync(en, Ct));

        var texts = doc.DescendantNodes().OfType<XText>().Select(t => t.Value).Where(t => t.Trim().Length > 0).ToList();
        Assert.All(texts, t => Assert.False(ChartStyle.HasCjk(t), $"Chinese in {en}: {t}"));
        Assert.Contains(texts, t => t.Any(char.IsAsciiLetter));
        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync(en.Replace(".svg", ".csv", StringComparison.Ordinal), Ct));
        Assert.False(ChartStyle.HasCjk(csv), csv);
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public async Task A_chart_for_the_chinese_page_has_no_english_legend_words(string url)
    {
        if (url.Contains("lang=en", StringComparison.Ordinal))
        {
            url = url.Replace("&lang=en", "", StringComparison.Ordinal);
        }

        var doc = XDocument.Parse(await client.GetStringAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, "svg"), Ct));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var drawn = string.Join(" | ", doc.Descendants(ns + "text").Select(t => t.Value));

        Assert.True(ChartStyle.HasCjk(drawn), drawn);
        Assert.DoesNotMatch(@"(?i)\b(actual|synthetic|target|forecast|baseline|scenario|selected|interval|no data)\b", drawn);
    }

    [Theory]
    [InlineData("/?year=2023&lang=en")]
    [InlineData("/indicator/elderly_beds?year=2023&lang=en")]
    [InlineData("/district/330102?year=2023&ind=elderly_beds&lang=en")]
    [InlineData("/whatif?lang=en&" + WhatIfQuery)]
    public async Task Chart_downloads_on_an_english_page_are_english(string page)
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(page, Ct));
        var links = Regex.Matches(html, "href=\"(/charts/[^\"]+\\.svg[^\"]*)\"").Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            Assert.Contains("lang=en", link, StringComparison.Ordinal);
            var svg = XDocument.Parse(await client.GetStringAsync(link, Ct));
            Assert.DoesNotContain(svg.DescendantNodes().OfType<XText>(), t => ChartStyle.HasCjk(t.Value));
        }
    }

    [Theory]
    [InlineData("/charts/pie.png")]
    [InlineData("/charts/ranking.gif")]
    public async Task Unknown_charts_are_404(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url, Ct)).StatusCode);

    [Fact]
    public async Task What_if_runs_from_a_get_form_and_explains_each_output_by_its_drivers()
    {
        var html = await client.GetStringAsync("/whatif?" + WhatIfQuery, Ct);

        Assert.Contains("<form class=\"controls\" method=\"get\" action=\"/whatif\">", html, StringComparison.Ordinal);
        var rows = Html.Rows(html);
        var beds = rows.Single(r => r[0].StartsWith("达标所需养老床位", StringComparison.Ordinal));
        Assert.Equal("10,000", beds[1]); // 50 per 1,000 × 200,000 aged in 2023
        Assert.Contains("60岁及以上人口增长", beds[5], StringComparison.Ordinal);
        Assert.Contains("/charts/whatif.png?", html, StringComparison.Ordinal);
        Assert.Contains("无法计算的输出", html, StringComparison.Ordinal); // the fixture has no dibao recipients
        Assert.Contains("name=\"income\" value=\"5\"", html, StringComparison.Ordinal); // the stated default
        Assert.DoesNotContain("per_1k_aged_60plus", html, StringComparison.Ordinal); // notes name bases, not codes
        Assert.Contains("/千名60岁以上老人", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "养老床位缺口记为0：基年存量12,000已超过模拟情景所需的10,000", "基年参保率0.8为假设值，非测算值", "低保户数：缺少低保人数、低保户数")]
    [InlineData("&lang=en", "Elderly-care bed gap shown as 0: the base-year stock of 12,000 exceeds the 10,000 the scenario needs",
        "The base-year take-up 0.8 is assumed, not measured", "Dibao households: missing dibao recipients, dibao households")]
    public async Task What_if_page_puts_the_engines_notes_into_the_readers_words(string lang, string gap, string takeUp, string unavailable)
    {
        // No growth of the aged: 50 beds per 1,000 of 200,000 need 10,000, below the 12,000 held.
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/whatif?region=330102&year=2023&target=2028&aged=0" + lang, Ct));

        Assert.Contains(gap, html, StringComparison.Ordinal);
        Assert.Contains(takeUp, html, StringComparison.Ordinal);
        Assert.Contains(unavailable, html, StringComparison.Ordinal);
        Assert.DoesNotContain("missing:", html, StringComparison.Ordinal); // the engine's codes never reach the page
    }

    [Fact]
    public async Task Base_take_up_is_a_form_parameter_that_sets_the_reference()
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/whatif?region=330102&year=2023&basetakeup=0.65", Ct));

        Assert.Contains("name=\"basetakeup\" value=\"0.65\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"takeup\" value=\"0.65\"", html, StringComparison.Ordinal); // the scenario starts at the base
        Assert.Contains("参保率为基年参保率0.65", html, StringComparison.Ordinal);
        Assert.Contains("基年参保率0.65为假设值", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("basetakeup=1.5", "参数 basetakeup 不能为“1.5”：须为 0.01 – 1 之间的数")]
    [InlineData("aged=99", "参数 aged 不能为“99”：须为 -5 – 15 之间的数")]
    [InlineData("aged=NaN", "参数 aged 不能为“NaN”：须为数字")]
    [InlineData("takeup=abc", "参数 takeup 不能为“abc”：须为数字")]
    [InlineData("target=1999", "参数 target 不能为“1999”：须为 2023 – 2053 之间的数")]
    [InlineData("income=99", "参数 income 不能为“99”：须为 -10 – 30 之间的数")]
    [InlineData("takeup=abc&lang=en", "Parameter \"takeup\" cannot be \"abc\": must be a number")]
    public async Task What_if_refuses_drivers_out_of_range_with_a_message(string bad, string message)
    {
        using var response = await client.GetAsync("/whatif?region=330102&year=2023&" + bad, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_if_table_exports()
    {
        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/export/whatif.csv?" + WhatIfQuery + "&lang=en", Ct));

        Assert.Contains("elderly_beds_needed", csv, StringComparison.Ordinal);
        Assert.Contains("explanation", csv, StringComparison.Ordinal);
    }
}
