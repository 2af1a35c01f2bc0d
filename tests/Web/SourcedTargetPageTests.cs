using System.Text;

namespace Analytics.Tests.Web;

/// <summary>
/// The pages on the shipped sourced targets: each target's form written as the document puts it, its
/// source behind the target cell, official told apart from example on every page and export, and a
/// relative target without its figure shown as missing with the reason (see SourcedTargetWarehouse).
/// </summary>
public sealed class SourcedTargetPageTests(SourcedTargetWarehouse warehouse) : IClassFixture<SourcedTargetWarehouse>
{
    private readonly HttpClient client = warehouse.Factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task District_page_writes_each_form_scores_it_by_hand_and_opens_onto_its_source()
    {
        var html = await client.GetStringAsync("/district/320115?year=2023", Ct);
        var rows = Html.Rows(html);

        var dibao = rows.First(r => r[0].StartsWith("低保标准", StringComparison.Ordinal));
        Assert.Equal("32.5 ÷ 36,000（南京市 2022年）", dibao[2]);
        Assert.StartsWith("30–40%（占上年度全体居民人均消费支出） 官方目标", dibao[3], StringComparison.Ordinal);
        Assert.Contains("《江苏省民政事业发展第十四个五年规划》 苏民发〔2021〕7号", dibao[3], StringComparison.Ordinal);
        Assert.Contains("低保标准按照上年度全体居民人均消费支出的30%—40%动态调整", dibao[3], StringComparison.Ordinal);
        Assert.StartsWith("✓ 达标 100.0%", dibao[5], StringComparison.Ordinal);

        var tekun = rows.First(r => r[0].StartsWith("特困供养标准", StringComparison.Ordinal));
        Assert.Equal("1.3 ÷ 975", tekun[2]);
        Assert.StartsWith("≥ 1.3 倍低保标准 官方目标", tekun[3], StringComparison.Ordinal);
        Assert.StartsWith("✓ 达标 100.2%", tekun[5], StringComparison.Ordinal); // 1,270 ÷ 975 ÷ 1.3 = 1.00197

        var nursing = rows.First(r => r[0].StartsWith("护理型床位数", StringComparison.Ordinal));
        Assert.Equal("63.26 ÷ 14,934", nursing[2]);
        Assert.StartsWith("≥ 70%（占养老床位数） 官方目标", nursing[3], StringComparison.Ordinal);
        Assert.Contains("到2025年目标，规划期各年按此考核", nursing[3], StringComparison.Ordinal);
        Assert.Equal("-6.74", nursing[4]);
        Assert.StartsWith("≈ 接近 90.4%", nursing[5], StringComparison.Ordinal);

        Assert.Contains("<a href=\"http://gongyi.jschina.com.cn/gyzx/202108/t20210830_2844424.shtml\" rel=\"noopener noreferrer nofollow\">", html, StringComparison.Ordinal);
        Assert.Contains("<details class=\"target-source kind-official\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_district_below_the_range_misses_and_one_without_the_figure_to_divide_by_is_missing_not_zero()
    {
        var rows = Html.Rows(await client.GetStringAsync("/district/320102?year=2023", Ct));

        var dibao = rows.First(r => r[0].StartsWith("低保标准", StringComparison.Ordinal));
        Assert.Equal("24 ÷ 50,000（玄武区 2022年）", dibao[2]);
        Assert.StartsWith("✗ 未达标 80.0%", dibao[5], StringComparison.Ordinal);
        Assert.StartsWith("≈ 接近 92.3%", rows.First(r => r[0].StartsWith("特困供养标准", StringComparison.Ordinal))[5], StringComparison.Ordinal);
        var nursing = rows.First(r => r[0].StartsWith("护理型床位数", StringComparison.Ordinal));
        Assert.Equal("— 缺失 无数据", nursing[5]);
        Assert.DoesNotContain("0.0%", nursing[5], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_economic_base_the_base_share_target_is_not_assessable()
    {
        // 2024 has targets but no 2023 base and no values: the page says why, the composite is missing.
        var html = await client.GetStringAsync("/district/320115?year=2024", Ct);

        Assert.Contains("30–40%（占上年度全体居民人均消费支出）", html, StringComparison.Ordinal);
        Assert.Contains("— 缺失", html, StringComparison.Ordinal);
        Assert.DoesNotContain("达标 0.0%", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_tags_each_target_column_and_lists_every_target_with_its_source()
    {
        var html = await client.GetStringAsync("/?province=320000&year=2023", Ct);

        Assert.Contains("<a class=\"tag kind-official\" href=\"#target-tekun_standard\"", html, StringComparison.Ordinal);
        var targets = Html.Rows(html, "targets");
        Assert.Equal(3, targets.Count);
        Assert.All(targets, t => Assert.Contains("官方目标", t[1], StringComparison.Ordinal));
        Assert.Contains("官方目标 3 项，示例目标 0 项", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zhejiang_inherits_the_national_target_and_says_so()
    {
        var html = await client.GetStringAsync("/indicator/nursing_beds?province=330000&year=2023", Ct);

        Assert.Contains("≥ 55%（占养老床位数）", html, StringComparison.Ordinal);
        Assert.Contains("沿用国家目标", html, StringComparison.Ordinal);
        Assert.Contains("《“十四五”公共服务规划》", html, StringComparison.Ordinal);
        Assert.Contains("在老有所养方面,养老机构护理型床位占比达55%", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exports_name_each_targets_kind_and_source()
    {
        var district = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/export/district.csv?region=320115&year=2023&lang=en", Ct));
        var header = district.Split('\n')[0];
        Assert.Contains("target_kind", header, StringComparison.Ordinal);
        Assert.Contains("target_address", header, StringComparison.Ordinal);
        Assert.Contains(",official,", district, StringComparison.Ordinal);

        var targets = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/export/targets.csv?province=320000&year=2023", Ct));
        var lines = targets.Trim().Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Contains("目标类型", lines[0], StringComparison.Ordinal);
        Assert.All(lines[1..], l => Assert.Contains(",official,", l, StringComparison.Ordinal));
        Assert.Contains("苏民发〔2021〕7号", targets, StringComparison.Ordinal);

        var overview = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/export/overview.csv?province=320000&year=2023&lang=en", Ct));
        Assert.Contains("tekun_standard_target_kind", overview, StringComparison.Ordinal);
    }
}
