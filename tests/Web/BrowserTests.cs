using System.Text;
using Microsoft.Playwright;

namespace Analytics.Tests.Web;

/// <summary>
/// The scorecard in a real browser (<see cref="BrowserFixture"/>). Screenshots go to artifacts/screenshots
/// next to the test binaries.
/// </summary>
public sealed class BrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string Shots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots")).FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ranking_renders_a_click_drills_into_a_district_and_the_chart_loads_with_chinese_text()
    {
        Assert.SkipWhen(fixture.Browser is null, $"{BrowserFixture.Chromium} is not installed (scripts/setup.sh)");
        var page = await fixture.Browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 }, AcceptDownloads = true });

        await page.GotoAsync(fixture.BaseUrl + "/?year=2023");
        var first = page.Locator("table.ranking tbody tr").First;
        Assert.Equal("上城区", (await first.Locator("td").Nth(1).InnerTextAsync()).Trim());
        var chart = page.Locator("img.chart").First;
        await chart.ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("() => [...document.images].every(i => i.complete)");
        Assert.True(await chart.EvaluateAsync<int>("i => i.naturalWidth") > 0);
        // The page's CSP forbids script fetches, so the SVG twin of the image comes through Playwright's request API.
        var svg = await (await page.Context.APIRequest.GetAsync(fixture.BaseUrl + "/charts/ranking.svg?year=2023")).TextAsync();
        Assert.Contains("综合得分排名", svg, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "overview.png"), FullPage = true });
        await chart.ScreenshotAsync(new() { Path = Path.Combine(Shots, "overview-chart.png") });

        await first.Locator("a", new() { HasText = "上城区" }).ClickAsync();
        await page.WaitForURLAsync("**/district/330102**");
        Assert.Contains("上城区", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await page.WaitForFunctionAsync("() => [...document.images].every(i => i.complete && i.naturalWidth > 0)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "district.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[href^='/export/district.csv']").ClickAsync());
        var saved = Path.Combine(Shots, "..", download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        var bytes = await File.ReadAllBytesAsync(saved, Ct);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("养老床位数", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_shows_the_province_map_with_chinese_text_and_lists_what_it_cannot_draw()
    {
        Assert.SkipWhen(fixture.Browser is null, $"{BrowserFixture.Chromium} is not installed (scripts/setup.sh)");
        var page = await fixture.Browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });

        await page.GotoAsync(fixture.BaseUrl + "/?year=2023");
        var map = page.Locator("figure.map");
        await map.ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("() => [...document.images].every(i => i.complete)");
        var image = map.Locator("img.chart.map");
        Assert.True(await image.EvaluateAsync<int>("i => i.naturalWidth") >= 800);
        Assert.True(await image.EvaluateAsync<int>("i => i.naturalHeight") > 400);
        var listed = await map.Locator("ul.map-listed li").AllInnerTextsAsync();
        Assert.Equal(7, listed.Count);
        Assert.Contains(listed, l => l.StartsWith("钱塘区", StringComparison.Ordinal));
        var svg = await (await page.Context.APIRequest.GetAsync(fixture.BaseUrl + "/charts/map.svg?year=2023")).TextAsync();
        Assert.Contains("浙江省 2023年综合得分地图", svg, StringComparison.Ordinal);
        Assert.Contains("合成数据", svg, StringComparison.Ordinal);
        await map.ScreenshotAsync(new() { Path = Path.Combine(Shots, "overview-map.png") });
    }

    [Fact]
    public async Task District_page_says_how_good_past_forecasts_were_and_its_word_report_downloads_and_opens()
    {
        Assert.SkipWhen(fixture.Browser is null, $"{BrowserFixture.Chromium} is not installed (scripts/setup.sh)");
        var page = await fixture.Browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 }, AcceptDownloads = true });

        await page.GotoAsync(fixture.BaseUrl + "/district/330102?year=2023&ind=elderly_beds");
        var accuracy = page.Locator("div.accuracy");
        await accuracy.ScrollIntoViewIfNeededAsync();
        Assert.Contains("一年期预测平均误差 6.7%", await accuracy.InnerTextAsync(), StringComparison.Ordinal);
        await page.WaitForFunctionAsync("() => [...document.images].every(i => i.complete && i.naturalWidth > 0)");
        await accuracy.ScreenshotAsync(new() { Path = Path.Combine(Shots, "district-accuracy.png") });

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[href^='/report/district/330102.docx']").ClickAsync());
        Assert.Equal("report-330102-2023.docx", download.SuggestedFilename);
        var saved = Path.Combine(Shots, "..", download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(saved, false);
        Assert.StartsWith("杭州市上城区 2023年考核情况", doc.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_target_cell_opens_onto_its_document_clause_wording_and_address()
    {
        Assert.SkipWhen(fixture.Browser is null, $"{BrowserFixture.Chromium} is not installed (scripts/setup.sh)");
        var page = await fixture.Browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });

        await page.GotoAsync(fixture.BaseUrl + "/district/330203?year=2023");
        var row = page.Locator("tbody tr", new() { HasText = "低保标准" }).First;
        var source = row.Locator("details.target-source");
        var wording = source.Locator("q", new() { HasText = ScorecardWarehouse.Wording });
        Assert.False(await wording.IsVisibleAsync()); // closed until the reader asks
        Assert.Equal("官方目标", (await source.Locator("summary .tag.kind-official").InnerTextAsync()).Trim());

        await source.Locator("summary").ClickAsync();

        Assert.True(await wording.IsVisibleAsync());
        var text = await source.InnerTextAsync();
        Assert.Contains(ScorecardWarehouse.Plan, text, StringComparison.Ordinal);
        Assert.Contains(ScorecardWarehouse.PlanNumber, text, StringComparison.Ordinal);
        Assert.Contains(ScorecardWarehouse.Clause, text, StringComparison.Ordinal);
        Assert.Equal(ScorecardWarehouse.PlanAddress, await source.Locator("a").GetAttributeAsync("href"));
        // The example targets on the same page wear the other tag.
        Assert.True(await page.Locator("details.target-source.kind-example").CountAsync() >= 1);
        await row.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "district-target-source.png"), FullPage = true });
    }

    [Fact]
    public async Task English_what_if_and_data_pages_render()
    {
        Assert.SkipWhen(fixture.Browser is null, $"{BrowserFixture.Chromium} is not installed (scripts/setup.sh)");
        var page = await fixture.Browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });

        await page.GotoAsync(fixture.BaseUrl + "/whatif?region=330102&year=2023&target=2028&aged=4&standard=6&lang=en");
        await page.WaitForFunctionAsync("() => [...document.images].every(i => i.complete && i.naturalWidth > 0)");
        Assert.Contains("What-if", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "whatif-en.png"), FullPage = true });

        await page.GotoAsync(fixture.BaseUrl + "/whatif?region=330102&year=2023&target=2028&aged=0&standard=6");
        await page.WaitForFunctionAsync("() => [...document.images].every(i => i.complete && i.naturalWidth > 0)");
        Assert.Contains("基年参保率0.8为假设值", await page.Locator("ul.notes").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "whatif-zh.png"), FullPage = true });

        await page.GotoAsync(fixture.BaseUrl + "/indicator/elderly_beds?year=2023");
        await page.WaitForFunctionAsync("() => [...document.images].every(i => i.complete && i.naturalWidth > 0)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "indicator.png"), FullPage = true });

        await page.GotoAsync(fixture.BaseUrl + "/data");
        Assert.Contains(fixture.FirstSnapshot, await page.ContentAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "data.png"), FullPage = true });
    }

    [Fact]
    public async Task A_bad_parameter_page_names_it_in_the_page_language_and_leads_back()
    {
        Assert.SkipWhen(fixture.Browser is null, $"{BrowserFixture.Chromium} is not installed (scripts/setup.sh)");
        var page = await fixture.Browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 700 } });

        var response = await page.GotoAsync(fixture.BaseUrl + "/?year=1900&city=330100");
        Assert.Equal(400, response!.Status);
        Assert.Contains("参数 year 不能为“1900”：可选 ", await page.Locator("[role=alert]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.NotEqual("rgba(0, 0, 0, 0)", await page.Locator(".empty").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor")); // the stylesheet loaded
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "bad-parameter-zh.png"), FullPage = true });

        await page.ClickAsync("text=English");
        Assert.Contains("Parameter \"year\" cannot be \"1900\": one of ", await page.Locator("[role=alert]").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "bad-parameter-en.png"), FullPage = true });

        await page.ClickAsync("text=Open this page without that parameter");
        Assert.Contains("city=330100", page.Url, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("table.ranking").CountAsync());
    }
}
