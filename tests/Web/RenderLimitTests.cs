using System.Net;
using Analytics.Web.Serving;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Tests.Web;

/// <summary>
/// Chart renders take turns (a short queue, then 503 with Retry-After) and a print render is charged
/// to the client's rate limit as many page views; pages go on answering meanwhile.
/// </summary>
public sealed class RenderLimitTests : IDisposable
{
    private const string ScreenChart = "/charts/ranking.png?year=2023&res=screen";

    private readonly ScorecardWarehouse warehouse = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => warehouse.Dispose();

    [Fact]
    public async Task Past_the_render_queue_a_chart_is_503_with_retry_after_while_pages_and_chart_data_answer()
    {
        await using var factory = Factory(("Render:Concurrent", "1"), ("Render:Queue", "0"));
        using var client = factory.CreateClient();
        var queue = factory.Services.GetRequiredService<RenderQueue>();

        using (var held = await queue.Enter(Ct))
        {
            Assert.True(held.IsAcquired);
            using var refused = await client.GetAsync(ScreenChart, Ct);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.NotNull(refused.Headers.RetryAfter?.Delta);
            Assert.Equal("no-store", string.Join(", ", refused.Headers.GetValues("Cache-Control")));
            Assert.Contains("图表渲染繁忙", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/?year=2023", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/charts/ranking.csv?year=2023", Ct)).StatusCode);
        }

        using var served = await client.GetAsync(ScreenChart, Ct);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_queued_render_waits_for_its_turn_and_one_that_waits_too_long_is_503()
    {
        await using var factory = Factory(("Render:Concurrent", "1"), ("Render:Queue", "1"), ("Render:Wait", "00:00:01"));
        using var client = factory.CreateClient();
        var queue = factory.Services.GetRequiredService<RenderQueue>();

        var held = await queue.Enter(Ct);
        var waiting = client.GetAsync(ScreenChart, Ct);
        await Task.Delay(300, Ct);
        Assert.False(waiting.IsCompleted);
        held.Dispose();
        using (var served = await waiting)
        {
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }

        using (await queue.Enter(Ct))
        {
            using var timedOut = await client.GetAsync("/charts/ranking.svg?year=2023", Ct);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, timedOut.StatusCode);
        }
    }

    [Fact]
    public async Task A_print_render_costs_the_rate_limit_as_many_page_views()
    {
        await using var factory = Factory(("RateLimit:PermitsPerSecond", "1"), ("RateLimit:Burst", "60"), ("RateLimit:PrintRenderCost", "50"));
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/charts/ranking.png?year=2023", Ct)).StatusCode); // 50 of 60
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/?year=2023", Ct)).StatusCode); // 1 each
        }

        using var refused = await client.GetAsync("/charts/ranking.png?year=2023", Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ScreenChart, Ct)).StatusCode); // a screen chart is a page view
    }

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Analytics.Web.Program> Factory(params (string Key, string Value)[] settings) =>
        new ScorecardFactory(warehouse.Snapshots).WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });
}
