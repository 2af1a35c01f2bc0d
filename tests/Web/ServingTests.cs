using System.Net;
using Analytics.Web.Serving;
using DuckDB.NET.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Tests.Web;

[Collection(ScorecardCollection.Name)]
public sealed class ServingTests(ScorecardApp app)
{
    private readonly HttpClient client = app.Factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Everything =>
    [
        "/", "/?year=2022&lang=en", "/district/330102?year=2023", "/district/330205?year=2023&lang=en", "/indicators",
        "/indicator/charity_raised?year=2023", "/data", "/data?lang=en",
        "/export/overview.csv?year=2023", "/export/district.csv?region=330102&year=2023", "/export/indicator.csv?indicator=elderly_beds",
        "/export/loadruns.csv", "/export/quarantine.csv", "/health",
    ];

    [Theory]
    [InlineData("POST", "/")]
    [InlineData("PUT", "/district/330102")]
    [InlineData("DELETE", "/export/overview.csv")]
    [InlineData("PATCH", "/health")]
    [InlineData("POST", "/nowhere")]
    [InlineData("OPTIONS", "/")]
    public async Task Anything_but_get_and_head_is_405(string method, string url)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("x") }, Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Head_is_served_without_a_body()
    {
        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/district/330102?year=2023"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task Pages_have_no_forms_that_post_and_no_script()
    {
        foreach (var url in new[] { "/", "/district/330102", "/indicator/elderly_beds", "/indicators", "/data" })
        {
            var html = await client.GetStringAsync(url, Ct);
            Assert.DoesNotContain("method=\"post\"", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(" style=\"", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/static/site.css")]
    [InlineData("/nowhere")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var response = await client.GetAsync(url, Ct);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Health_reports_the_snapshot_id()
    {
        var json = await client.GetStringAsync("/health", Ct);

        Assert.Contains("\"status\":\"ok\"", json, StringComparison.Ordinal);
        Assert.Contains(app.Warehouse.FirstSnapshot, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_page_or_export_shows_household_rows()
    {
        foreach (var url in Everything.Select(d => d.Data))
        {
            var body = await client.GetStringAsync(url, Ct);
            Assert.DoesNotContain(ScorecardWarehouse.HouseholdDecoy, body, StringComparison.Ordinal);
            Assert.DoesNotContain("household_scores", body, StringComparison.Ordinal);
        }

        var routes = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? "");
        Assert.DoesNotContain(routes, r => r.Contains("household", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Warehouse_connections_are_read_only_without_external_access_and_with_locked_limits()
    {
        var database = app.Factory.Services.GetRequiredService<ScorecardDatabase>();
        using var session = database.Open();
        var c = session.Connection;

        Assert.Throws<DuckDBException>(() => Run(c, "SELECT * FROM read_csv('/etc/hostname')"));
        Assert.Throws<DuckDBException>(() => Run(c, "CREATE TABLE t (x INTEGER)"));
        Assert.Throws<DuckDBException>(() => Run(c, "SET enable_external_access = true"));
        Assert.Throws<DuckDBException>(() => Run(c, "SET memory_limit = '64GB'"));
        Assert.Throws<DuckDBException>(() => Run(c, "ATTACH ':memory:' AS other"));
        Assert.Equal("2", Scalar(c, "SELECT current_setting('threads')::VARCHAR"));
        Assert.Equal("true", Scalar(c, "SELECT current_setting('lock_configuration')::VARCHAR"));
    }

    [Fact]
    public async Task Requests_beyond_the_rate_limit_get_429()
    {
        await using var limited = new ScorecardFactory(app.Warehouse.Snapshots).WithWebHostBuilder(b =>
        {
            b.UseSetting("RateLimit:PermitsPerSecond", "1");
            b.UseSetting("RateLimit:Burst", "3");
        });
        using var c = limited.CreateClient();

        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            codes.Add((await c.GetAsync("/static/site.css", Ct)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], codes.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, codes[4]);
    }

    private static void Run(DuckDBConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static string? Scalar(DuckDBConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar()?.ToString();
    }
}
