using System.Text;
using Analytics.Warehouse.Regions;
using Analytics.Warehouse.Schema;
using Analytics.Web.Data;
using Analytics.Web.Pages;
using DuckDB.NET.Data;

namespace Analytics.Tests.Web;

/// <summary>English pages, exports and charts name regions in English (Shangcheng District, Hangzhou, Zhejiang).</summary>
[Collection(ScorecardCollection.Name)]
public sealed class EnglishRegionNamesTests(ScorecardApp app)
{
    private readonly HttpClient client = app.Factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Overview_names_districts_cities_and_the_province_in_english()
    {
        var html = await client.GetStringAsync("/?year=2023&lang=en", Ct);

        Assert.Contains("<h1>Zhejiang civil-affairs scorecard 2023</h1>", html, StringComparison.Ordinal);
        var rows = Html.Rows(html, "ranking");
        Assert.Equal(["1", "Shangcheng District", "Hangzhou"], rows[0].Take(3));
        Assert.Contains(rows, r => r[1] == "Jiangbei District" && r[2] == "Ningbo");
        Assert.Contains("<option value=\"330200\">Ningbo</option>", html, StringComparison.Ordinal);
        foreach (var chinese in new[] { "上城区", "杭州市", "宁波市", "浙江省", "西湖区", "国务院" })
        {
            Assert.DoesNotContain(chinese, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Sorting_by_name_is_alphabetical_in_english_and_by_code_in_chinese()
    {
        var english = Html.Rows(await client.GetStringAsync("/?year=2023&lang=en&sort=name", Ct), "ranking");
        Assert.Equal(["Gongshu District", "Haishu District", "Jiangbei District", "Shangcheng District", "Xihu District"], english.Select(r => r[1]));

        var chinese = Html.Rows(await client.GetStringAsync("/?year=2023&sort=name", Ct), "ranking");
        Assert.Equal(["上城区", "拱墅区", "西湖区", "海曙区", "江北区"], chinese.Select(r => r[1]));
    }

    [Fact]
    public async Task District_and_indicator_pages_name_regions_in_english()
    {
        var district = await client.GetStringAsync("/district/330203?year=2023&lang=en", Ct);
        Assert.Contains("<h1>Haishu District, Ningbo: assessment 2023</h1>", district, StringComparison.Ordinal);
        Assert.DoesNotContain("海曙区", district, StringComparison.Ordinal);

        var indicator = Html.Rows(await client.GetStringAsync("/indicator/eco_burial_rate?year=2023&lang=en", Ct));
        Assert.Equal(["1", "Jiangbei District", "Ningbo"], indicator[0].Take(3));
    }

    [Fact]
    public async Task English_exports_have_english_headers_and_region_names()
    {
        var overview = Csv(await client.GetByteArrayAsync("/export/overview.csv?year=2023&lang=en", Ct));
        Assert.StartsWith("rank,region_code,district,city,composite,coverage", overview[0], StringComparison.Ordinal);
        Assert.StartsWith("1,330102,Shangcheng District,Hangzhou,1.1666", overview[1], StringComparison.Ordinal);

        var indicator = Csv(await client.GetByteArrayAsync("/export/indicator.csv?indicator=eco_burial_rate&year=2023&lang=en", Ct));
        Assert.Contains(indicator, l => l.Contains(",Jiangbei District,Ningbo,", StringComparison.Ordinal));
        Assert.DoesNotContain(indicator, l => l.Contains("江北区", StringComparison.Ordinal));
    }

    [Fact]
    public async Task English_ranking_chart_labels_bars_and_title_in_english()
    {
        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/charts/ranking.csv?year=2023&city=330100&lang=en", Ct));
        Assert.Contains("Shangcheng District", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("上城区", csv, StringComparison.Ordinal);

        var svg = await client.GetStringAsync("/charts/ranking.svg?year=2023&city=330100&lang=en", Ct);
        Assert.Contains("Hangzhou: composite score 2023", svg, StringComparison.Ordinal);
        Assert.Contains("Gongshu District", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void The_two_taizhous_carry_their_province_and_gulou_district_does_not()
    {
        using var conn = Warehouse(old: false);

        var regions = Dimensions.Regions(conn, Ct).ToDictionary(r => r.Code, StringComparer.Ordinal);

        Assert.Equal("Taizhou (Zhejiang)", Lang.En.Region(regions["331000"]));
        Assert.Equal("Taizhou (Jiangsu)", Lang.En.Region(regions["321200"]));
        Assert.Equal("台州市", Lang.Zh.Region(regions["331000"]));
        Assert.Equal("Gulou District", Lang.En.Region(regions["320302"]));
        Assert.Equal("Xihu District", Lang.En.Region(regions["330106"]));
    }

    [Fact]
    public void Chart_bars_that_would_read_the_same_carry_their_city()
    {
        using var conn = Warehouse(old: false);
        var regions = Dimensions.Regions(conn, Ct).ToDictionary(r => r.Code, StringComparer.Ordinal);
        (RegionRow, RegionRow?) Bar(string code) => (regions[code], regions[regions[code].ParentCode!]); // counties have a city

        (RegionRow, RegionRow?)[] bars = [Bar("320106"), Bar("320302"), Bar("320102")];

        Assert.Equal(["Gulou District, Nanjing", "Gulou District, Xuzhou", "Xuanwu District"], ChartJob.BarLabels(bars, Lang.En));
        Assert.Equal(["南京市鼓楼区", "徐州市鼓楼区", "玄武区"], ChartJob.BarLabels(bars, Lang.Zh));
    }

    [Fact]
    public void A_snapshot_from_before_english_names_falls_back_to_chinese()
    {
        using var conn = Warehouse(old: true);

        var regions = Dimensions.Regions(conn, Ct);

        Assert.All(regions, r => Assert.Null(r.NameEn));
        Assert.Equal("西湖区", Lang.En.Region(regions.Single(r => r.Code == "330106")));
    }

    private static DuckDBConnection Warehouse(bool old)
    {
        var conn = new DuckDBConnection("DataSource=:memory:");
        conn.Open();
        WarehouseSchema.Create(conn);
        WarehouseSchema.RefreshRegions(conn, Gazetteer.LoadDefault().Regions);
        if (old)
        {
            Analytics.Warehouse.Sql.Execute(conn, "ALTER TABLE regions DROP COLUMN name_en");
        }

        return conn;
    }

    private static string[] Csv(byte[] bytes) => Encoding.UTF8.GetString(bytes[3..]).Split('\n'); // after the BOM
}
