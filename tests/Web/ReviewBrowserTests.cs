using Microsoft.Playwright;

namespace Analytics.Tests.Web;

/// <summary>
/// The reviewed and corrected badges in a real browser, on <see cref="ReviewedWarehouse"/> after its
/// review sheet is in. Screenshots go to artifacts/screenshots next to the test binaries.
/// </summary>
public sealed class ReviewBrowserTests(ReviewBrowserTests.Fixture fixture) : IClassFixture<ReviewBrowserTests.Fixture>
{
    private static readonly string Shots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots")).FullName;

    [Fact]
    public async Task A_district_page_shows_the_reviewed_and_corrected_badges_and_the_unreviewed_count()
    {
        Assert.SkipWhen(fixture.Host.Browser is null, $"{BrowserHost.Chromium} is not installed (scripts/setup.sh)");
        var browser = fixture.Host.Browser!; // skipped above when there is none
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });

        await page.GotoAsync(fixture.Host.BaseUrl + "/district/330802?year=2023");

        var beds = page.Locator("tbody tr", new() { HasText = "养老床位数" }).First;
        var confirmed = beds.Locator(".tag.review-confirmed");
        Assert.True(await confirmed.IsVisibleAsync());
        Assert.Equal("✓ 已核对", (await confirmed.InnerTextAsync()).Trim());
        var burial = page.Locator("tbody tr", new() { HasText = "节地生态安葬率" }).First;
        var corrected = burial.Locator(".tag.review-corrected");
        Assert.True(await corrected.IsVisibleAsync());
        Assert.Equal("已更正（原读 72.5）", (await corrected.InnerTextAsync()).Trim());
        Assert.Equal("72.5", (await burial.Locator(".evidence mark").InnerTextAsync()).Trim()); // the reading, marked in its sentence
        Assert.Equal("未核对", (await page.Locator("tbody tr", new() { HasText = "护理型床位数" }).First.Locator(".tag.review-unreviewed").InnerTextAsync()).Trim());
        Assert.Contains("1 / 4", await page.Locator(".summary .review-open strong").InnerTextAsync(), StringComparison.Ordinal);
        // The badge is drawn as a badge: its own background, not the row's.
        var background = await confirmed.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", background);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "district-reviewed.png"), FullPage = true });

        await page.GotoAsync(fixture.Host.BaseUrl + "/district/330802?year=2023&lang=en");
        Assert.Equal("corrected (read as 72.5)", (await page.Locator(".tag.review-corrected").First.InnerTextAsync()).Trim());
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "district-reviewed-en.png"), FullPage = true });

        await page.GotoAsync(fixture.Host.BaseUrl + "/data");
        Assert.True(await page.Locator("table.reviews").IsVisibleAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "data-reviews.png"), FullPage = true });

        await page.GotoAsync(fixture.Host.BaseUrl + "/indicator/eco_burial_rate?year=2023&province=330000");
        Assert.True(await page.Locator(".tag.review-corrected").IsVisibleAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "indicator-reviewed.png"), Clip = new() { X = 0, Y = 0, Width = 1400, Height = 420 } });
    }

    /// <summary>The reviewed warehouse in one Kestrel and one Chromium.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private readonly ReviewedWarehouse warehouse = new(reviewed: true);

        public BrowserHost Host { get; } = new();

        public async ValueTask InitializeAsync() => await Host.StartAsync(warehouse.Snapshots, TestContext.Current.CancellationToken);

        public async ValueTask DisposeAsync()
        {
            await Host.DisposeAsync();
            warehouse.Dispose();
        }
    }
}
