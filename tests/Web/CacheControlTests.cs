using System.Net;
using System.Text.RegularExpressions;

namespace Analytics.Tests.Web;

/// <summary>
/// Each kind of response says how long it may be kept: pages, charts and exports a minute, privately;
/// the district page (at-risk household counts), /health and every error never; static files a year at
/// the URL carrying their hash, and must be revalidated at any other.
/// </summary>
[Collection(ScorecardCollection.Name)]
public sealed partial class CacheControlTests(ScorecardApp app)
{
    private const string Short = "private, max-age=60";
    private const string NoStore = "no-store";

    private readonly HttpClient client = app.Factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("GET", "/?year=2023", HttpStatusCode.OK, Short)]
    [InlineData("GET", "/indicator/elderly_beds?year=2023", HttpStatusCode.OK, Short)]
    [InlineData("GET", "/whatif?region=330102", HttpStatusCode.OK, Short)]
    [InlineData("GET", "/charts/ranking.png?year=2023&res=screen", HttpStatusCode.OK, Short)]
    [InlineData("GET", "/export/overview.csv?year=2023", HttpStatusCode.OK, Short)]
    [InlineData("GET", "/district/330102?year=2023", HttpStatusCode.OK, NoStore)]
    [InlineData("GET", "/health", HttpStatusCode.OK, NoStore)]
    [InlineData("GET", "/?year=1900", HttpStatusCode.BadRequest, NoStore)]
    [InlineData("GET", "/export/district.csv?region=bad", HttpStatusCode.BadRequest, NoStore)]
    [InlineData("GET", "/district/999999", HttpStatusCode.NotFound, NoStore)]
    [InlineData("GET", "/nowhere", HttpStatusCode.NotFound, NoStore)]
    [InlineData("GET", "/static/nothing.css", HttpStatusCode.NotFound, NoStore)]
    [InlineData("POST", "/", HttpStatusCode.MethodNotAllowed, NoStore)]
    [InlineData("GET", "/static/site.css", HttpStatusCode.OK, "no-cache")]
    [InlineData("GET", "/static/site.css?v=stale", HttpStatusCode.OK, "no-cache")]
    public async Task Each_kind_of_response_carries_its_cache_control(string method, string url, HttpStatusCode status, string cacheControl)
    {
        // Twice: the second answer of a cacheable page comes from the output cache and must say the same.
        for (var i = 0; i < 2; i++)
        {
            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url), Ct);
            Assert.Equal(status, response.StatusCode);
            Assert.Equal(cacheControl, Raw(response));
        }
    }

    [Fact]
    public async Task The_stylesheet_is_linked_by_its_hash_and_kept_a_year_at_that_url()
    {
        var html = await client.GetStringAsync("/?year=2023", Ct);
        var href = Stylesheet().Match(html);
        Assert.True(href.Success, "the page links no versioned stylesheet");

        using var response = await client.GetAsync(href.Groups[1].Value, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", Raw(response));
        var css = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.StartsWith(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(css))[..16], href.Groups[2].Value, StringComparison.Ordinal);
    }

    // As sent: the typed header would re-order the directives.
    private static string Raw(HttpResponseMessage response) => string.Join(", ", response.Headers.NonValidated["Cache-Control"]);

    [GeneratedRegex("href=\"(/static/site\\.css\\?v=([0-9a-f]{16}))\"")]
    private static partial Regex Stylesheet();
}
