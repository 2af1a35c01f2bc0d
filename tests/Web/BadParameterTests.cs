using System.Net;

namespace Analytics.Tests.Web;

/// <summary>
/// Every query value the scorecard cannot serve is 400 with a message in the page's language that
/// names the parameter and what it allows: an HTML page for pages, plain text for downloads. Nothing
/// is silently replaced by a default.
/// </summary>
[Collection(ScorecardCollection.Name)]
public sealed class BadParameterTests(ScorecardApp app)
{
    private readonly HttpClient client = app.Factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/?year=1900", "参数 year 不能为“1900”：可选 ")]
    [InlineData("/?year=1900&lang=en", "Parameter \"year\" cannot be \"1900\": one of ")]
    [InlineData("/?year=02023", "参数 year 不能为“02023”：须为四位数的年份")]
    [InlineData("/?province=999999", "参数 province 不能为“999999”：可选 330000")]
    [InlineData("/?province=330100&lang=en", "Parameter \"province\" cannot be \"330100\": one of 330000")]
    [InlineData("/?city=320100", "参数 city 不能为“320100”：可选 330100、330200")]
    [InlineData("/?sort=bogus", "参数 sort 不能为“bogus”：可选 rank、composite、name")]
    [InlineData("/?dir=up", "参数 dir 不能为“up”：可选 asc、desc")]
    [InlineData("/?lang=fr", "参数 lang 不能为“fr”：可选 zh、en")]
    [InlineData("/?junk=1", "参数 junk：本页不接受这个参数；可用的参数为 lang、province、year、city、sort、dir")]
    [InlineData("/?Year=2023", "参数 Year：本页不接受这个参数")]
    [InlineData("/?year=2023&year=2022", "参数 year：只能给出一次")]
    [InlineData("/district/330102?ind=no_such", "参数 ind 不能为“no_such”：可选 ")]
    [InlineData("/indicator/elderly_beds?sort=name&lang=en", "Parameter \"sort\": this page takes no such parameter; it takes lang, province, year")]
    [InlineData("/whatif?region=999999", "参数 region 不能为“999999”：可选 330000、330100")]
    [InlineData("/whatif?aged=NaN&lang=en", "Parameter \"aged\" cannot be \"NaN\": must be a number")]
    [InlineData("/whatif?edge=3", "参数 edge 不能为“3”：须为 1.5 – 2 之间的数")]
    public async Task A_bad_page_parameter_is_a_400_page_naming_it_and_what_it_allows(string url, string message)
    {
        using var response = await client.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains(message, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains(url.Contains("lang=en", StringComparison.Ordinal) ? "<html lang=\"en\">" : "<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/export/district.csv?region=bad", "参数 region 不能为“bad”：须为区划代码（数字，如 330102）")]
    [InlineData("/export/district.csv?region=999999", "参数 region 不能为“999999”：须为2023年一个县（市、区）的区划代码")]
    [InlineData("/export/district.csv?year=2023", "参数 region：须为2023年一个县（市、区）的区划代码")]
    [InlineData("/export/district.csv?region=330100&lang=en", "Parameter \"region\" cannot be \"330100\": must be the code of a county-level district in 2023")]
    [InlineData("/export/indicator.xlsx?indicator=no_such&lang=en", "Parameter \"indicator\" cannot be \"no_such\": one of ")]
    [InlineData("/export/overview.csv?filename=x.csv", "参数 filename：本页不接受这个参数")]
    [InlineData("/export/whatif.arrow?takeup=2", "参数 takeup 不能为“2”：须为 0.01 – 1 之间的数")]
    [InlineData("/charts/trend.png?region=330102&indicator=no_such", "参数 indicator 不能为“no_such”：可选 ")]
    [InlineData("/charts/trend.svg?region=999999&indicator=elderly_beds", "参数 region 不能为“999999”")]
    [InlineData("/charts/ranking.png?res=huge", "参数 res 不能为“huge”：可选 screen、print")]
    [InlineData("/charts/ranking.csv?res=screen", "参数 res：本页不接受这个参数")]
    [InlineData("/charts/distribution.csv?year=1900&lang=en", "Parameter \"year\" cannot be \"1900\": one of ")]
    [InlineData("/charts/map.png?sort=rank", "参数 sort：本页不接受这个参数")]
    [InlineData("/charts/map.svg?city=320100", "参数 city 不能为“320100”：可选 330100")]
    [InlineData("/charts/map.csv?city=3302x", "参数 city 不能为“3302x”：须为区划代码")]
    [InlineData("/charts/map.csv?year=2023&year=2022", "参数 year：只能给出一次")]
    [InlineData("/charts/indicator-map.png?year=2023", "参数 indicator")]
    [InlineData("/charts/indicator-map.svg?indicator=no_such&lang=en", "Parameter \"indicator\" cannot be \"no_such\": one of ")]
    public async Task A_bad_download_parameter_is_a_400_in_plain_text(string url, string message)
    {
        using var response = await client.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.StartsWith(message, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_400_page_links_to_the_same_page_without_the_parameter_and_shows_the_value_as_text()
    {
        using var response = await client.GetAsync("/?year=2023&city=<script>x</script>&lang=en", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"/?year=2023&amp;lang=en\"", html, StringComparison.Ordinal);
        using var without = await client.GetAsync("/?year=2023&lang=en", Ct);
        Assert.Equal(HttpStatusCode.OK, without.StatusCode);
    }

    [Fact]
    public async Task Empty_form_fields_are_parameters_left_out()
    {
        using var response = await client.GetAsync("/?province=330000&year=2023&city=&sort=&dir=", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/charts/trend.csv?region=330102&indicator=elderly_beds&year=2023", "trend-330102-elderly_beds-330000-2023.csv")]
    [InlineData("/charts/ranking.svg?year=2023&city=330100", "ranking-330100-330000-2023.svg")]
    [InlineData("/charts/distribution.png?indicator=eco_burial_rate&year=2023&res=print", "distribution-eco_burial_rate-330000-2023.png")]
    [InlineData("/charts/map.svg?year=2023&city=330100", "map-330100-330000-2023.svg")]
    [InlineData("/charts/indicator-map.csv?indicator=elderly_beds&year=2023", "indicator-map-elderly_beds-330000-2023.csv")]
    [InlineData("/export/district.csv?region=330102&year=2023", "district-330102-330000-2023.csv")]
    [InlineData("/export/indicator.xlsx?indicator=elderly_beds&year=2022", "indicator-elderly_beds-330000-2022.xlsx")]
    [InlineData("/export/overview.arrow?year=2023&city=330200&sort=name", "overview-330000-2023.arrow")]
    [InlineData("/export/whatif.csv?region=330102&year=2023", "whatif-330102-330000-2023.csv")]
    public async Task Download_names_are_built_from_the_checked_codes(string url, string name)
    {
        using var response = await client.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(name, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task A_name_that_is_not_a_code_never_reaches_a_download_name()
    {
        foreach (var url in new[]
        {
            "/charts/trend.csv?region=330102%22%3E%3Cscript%3E&indicator=elderly_beds",
            "/export/indicator.csv?indicator=elderly_beds%0D%0AX-Injected:1",
            "/export/overview.csv?province=..%2F..%2Fetc",
        })
        {
            using var response = await client.GetAsync(url, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Null(response.Content.Headers.ContentDisposition);
            Assert.False(response.Headers.Contains("X-Injected"));
        }
    }

    [Fact]
    public async Task Path_case_gets_one_answer_whatever_the_cache_saw_first()
    {
        // The right spelling first, until the cache holds it: the wrong one is still 404.
        await Cached.FromCache(client, "/export/overview.csv?year=2022", Ct);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/export/Overview.csv?year=2022", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/export/overview.CSV?year=2022", Ct)).StatusCode);

        // The wrong spelling first: the right one is still 200, the wrong one still 404.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/charts/Ranking.csv?year=2022", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/charts/ranking.csv?year=2022", Ct)).StatusCode);
        await Cached.FromCache(client, "/charts/ranking.csv?year=2022", Ct);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/charts/Ranking.csv?year=2022", Ct)).StatusCode);
    }

    [Fact]
    public async Task An_extra_or_respelled_parameter_makes_no_new_cache_entry()
    {
        await Cached.FromCache(client, "/?year=2022&dir=asc&lang=en", Ct);

        // Another order of the same parameters is the same entry...
        using var reordered = await client.GetAsync("/?lang=en&dir=asc&year=2022", Ct);
        Assert.NotNull(reordered.Headers.Age);
        // ...and an extra one is refused, not cached beside it.
        using var extra = await client.GetAsync("/?year=2022&dir=asc&lang=en&x=1", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, extra.StatusCode);
        Assert.Null(extra.Headers.Age);
        // A different Host is the same entry too.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/?year=2022&dir=asc&lang=en");
        request.Headers.Host = "elsewhere.example";
        using var otherHost = await client.SendAsync(request, Ct);
        Assert.NotNull(otherHost.Headers.Age);
    }
}
