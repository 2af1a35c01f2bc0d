using System.Net;

namespace Analytics.Tests.Web;

[Collection(ScorecardCollection.Name)]
public sealed class PageTests(ScorecardApp app)
{
    private readonly HttpClient client = app.Factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Overview_ranks_by_composite_with_competition_ties_and_the_uncovered_district_unranked()
    {
        var rows = Html.Rows(await client.GetStringAsync("/?year=2023", Ct), "ranking");

        var top = rows.Take(5).Select(r => (Rank: r[0], Name: r[1], Composite: r[3])).ToList();
        Assert.Equal(("1", "上城区", "116.7%"), top[0]);
        Assert.Equal(("2", "96.7%"), (top[1].Rank, top[1].Composite));
        Assert.Equal(("2", "96.7%"), (top[2].Rank, top[2].Composite));
        Assert.Equal(["拱墅区", "西湖区"], new[] { top[1].Name, top[2].Name }.Order());
        Assert.Equal(("4", "海曙区", "87.5%"), top[3]);
        var jiangbei = rows.Single(r => r[1] == "江北区");
        Assert.Equal("未排名", jiangbei[0]);
        Assert.Equal("33.3%", jiangbei[4]);
        Assert.Contains("缺失", jiangbei);
    }

    [Fact]
    public async Task Overview_shows_trend_and_rank_change_against_last_year()
    {
        var rows = Html.Rows(await client.GetStringAsync("/?year=2023", Ct), "ranking");

        var shangcheng = rows.Single(r => r[1] == "上城区");
        Assert.Equal("+16.7", shangcheng[10]);
        Assert.Equal("▲1", shangcheng[11]);
        Assert.Equal("▼1", rows.Single(r => r[1] == "拱墅区")[11]);
        Assert.Equal("—", rows.Single(r => r[1] == "西湖区")[11]);
    }

    [Fact]
    public async Task Overview_filters_by_city_sorts_by_query_and_selects_the_year()
    {
        var ningbo = Html.Rows(await client.GetStringAsync("/?year=2023&city=330200", Ct), "ranking");
        Assert.Contains(ningbo, r => r[1] == "海曙区");
        Assert.DoesNotContain(ningbo, r => r[1] == "上城区");

        var byBurial = Html.Rows(await client.GetStringAsync("/?year=2023&sort=ind:eco_burial_rate&dir=desc", Ct), "ranking");
        Assert.Equal(["江北区", "上城区", "海曙区", "拱墅区", "西湖区"], byBurial.Take(5).Select(r => r[1]));

        var lastYear = Html.Rows(await client.GetStringAsync("/?year=2022", Ct), "ranking");
        Assert.Equal(("1", "拱墅区"), (lastYear[0][0], lastYear[0][1]));
    }

    [Fact]
    public async Task Every_label_switches_to_english()
    {
        var html = await client.GetStringAsync("/?year=2023&lang=en", Ct);

        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("Composite", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Region names are shown in Chinese", html, StringComparison.Ordinal);
        Assert.Contains("synthetic (demo) data", html, StringComparison.Ordinal);
        Assert.DoesNotContain("综合得分", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/district/330102?year=2023&amp;lang=en\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task District_page_shows_value_target_gap_status_and_each_source()
    {
        var html = await client.GetStringAsync("/district/330203?year=2023", Ct);
        var rows = Html.Rows(html);

        var beds = rows.First(r => r[0].StartsWith("养老床位数", StringComparison.Ordinal));
        Assert.Equal("4,800 张", beds[1]);
        Assert.Equal("40", beds[2]);
        Assert.StartsWith("≥ 50 张/千名60岁以上老人 示例目标（非官方）", beds[3], StringComparison.Ordinal);
        Assert.Equal("-10", beds[4]);
        Assert.StartsWith("✗ 未达标", beds[5], StringComparison.Ordinal);
        Assert.Contains("stats.csv，第 17 行", beds[6], StringComparison.Ordinal);
        var charity = rows.First(r => r[0].StartsWith("慈善募集资金", StringComparison.Ordinal));
        Assert.Contains("合成数据", charity[6], StringComparison.Ordinal);
        Assert.DoesNotContain("synthetic", charity[6], StringComparison.Ordinal);
        Assert.Contains("demo-charity.csv", charity[6], StringComparison.Ordinal);
    }

    [Fact]
    public async Task District_page_highlights_the_figure_in_the_report_sentence()
    {
        var html = await client.GetStringAsync("/district/330205?year=2023", Ct);

        Assert.Contains("江北区2023年民政工作总结.txt", html, StringComparison.Ordinal);
        Assert.Contains("2023年，全区节地生态安葬率达到<mark>72.5</mark>%，位居全市前列。", html, StringComparison.Ordinal);
        Assert.Contains("原文第 212–216 字符", html, StringComparison.Ordinal);
        Assert.Contains("不参与排名", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task District_page_shows_history_with_forecast_band_and_the_at_risk_aggregate()
    {
        var html = await client.GetStringAsync("/district/330102?year=2023&ind=elderly_beds", Ct);

        Assert.Contains("/charts/trend.png?region=330102&amp;indicator=elderly_beds", html, StringComparison.Ordinal);
        var rows = Html.Rows(html);
        Assert.Contains(rows, r => r is ["2022", "10,000", "", "", ""]);
        Assert.Contains(rows, r => r is ["2024", "", "12,500", "12,000 – 13,000 (80.0%)", "ets"]);
        Assert.Contains(rows, r => r.Count == 6 && r[0] == "2023" && r[2] == "120" && r[3] == "300");
    }

    [Fact]
    public async Task District_page_says_how_good_past_forecasts_were_in_plain_words()
    {
        var html = await client.GetStringAsync("/district/330102?year=2023&ind=elderly_beds", Ct);

        // 上城's one-year-ahead backtests: 2022 off by 5%, 2023 by 8.3% (mean 6.7%); its 80% interval held once in two, and twice in three over every region.
        Assert.Contains("过去2年（2022–2023年）一年期预测平均误差 6.7%；80% 区间实际覆盖 50.0%（2次中1次；本指标全部地区 66.7%，共3次）。", html, StringComparison.Ordinal);
        Assert.Contains("2022年对2023年的预测 11,000（区间 10,000–11,800），实际 12,000，偏差 −8.3%。", html, StringComparison.Ordinal);
        var english = await client.GetStringAsync("/district/330102?year=2023&ind=elderly_beds&lang=en", Ct);
        Assert.Contains("the 80% interval held the actual 1 times in 2 (50.0%; 66.7% over all regions&#x27; 3 forecasts of this indicator).", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_page_fills_each_models_evaluation()
    {
        var html = await client.GetStringAsync("/data", Ct);
        var rows = Html.Rows(html);

        Assert.Contains(rows, r => r.Count == 4 && r[0] == "ets" && r[3] == "80% 区间实际覆盖（一年期） 66.7%（n=3）；一年期 MASE 0.875（n=3）");
        Assert.Contains(rows, r => r.Count == 4 && r[0] == "fasttree" && r[3] == "ROC-AUC（留出家庭） 0.81（n=1,000）");
        Assert.DoesNotContain("快照中无回测记录", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/district/999999")]
    [InlineData("/district/330100")]
    [InlineData("/indicator/no_such_indicator")]
    [InlineData("/export/nothing.csv")]
    [InlineData("/export/overview.pdf")]
    [InlineData("/nowhere")]
    public async Task Unknown_things_are_404(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url, Ct)).StatusCode);

    [Fact]
    public async Task Indicator_page_ranks_all_districts_on_the_target_basis()
    {
        var html = await client.GetStringAsync("/indicator/eco_burial_rate?year=2023", Ct);
        var rows = Html.Rows(html);

        Assert.Equal(["1", "江北区"], rows[0].Take(2));
        Assert.Equal(["2", "上城区"], rows[1].Take(2));
        Assert.Equal(["3", "海曙区"], rows[2].Take(2));
        Assert.Contains(rows, r => r[1] == "拱墅区" && r[0] == "4");
        Assert.Contains("/charts/distribution.png?indicator=eco_burial_rate", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Per_capita_indicator_ranks_on_the_basis_not_the_raw_value()
    {
        // Beds per 1,000 aged 60+: 上城 60, 拱墅 50 and 西湖 50 (tie), 海曙 40, though 西湖 has more beds than 拱墅.
        var rows = Html.Rows(await client.GetStringAsync("/indicator/elderly_beds?year=2023", Ct));

        Assert.Equal(["1", "上城区"], rows[0].Take(2));
        Assert.Equal(["2", "2", "4"], rows.Skip(1).Take(3).Select(r => r[0]));
        Assert.Equal("海曙区", rows[3][1]);
    }

    [Fact]
    public async Task Synthetic_banner_shows_only_where_synthetic_data_is_on_the_page()
    {
        Assert.Contains("合成（演示）数据", await client.GetStringAsync("/?year=2023", Ct), StringComparison.Ordinal);
        Assert.Contains("合成（演示）数据", await client.GetStringAsync("/indicator/charity_raised?year=2023", Ct), StringComparison.Ordinal);
        Assert.DoesNotContain("合成（演示）数据", await client.GetStringAsync("/indicator/dibao_standard?year=2023", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Indicator_index_lists_targets()
    {
        var html = await client.GetStringAsync("/indicators?year=2023", Ct);

        Assert.Contains("节地生态安葬率", html, StringComparison.Ordinal);
        Assert.Contains("≥ 100 万元/万常住人口", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_page_shows_snapshot_runs_quarantine_synthetic_sources_and_models()
    {
        var html = await client.GetStringAsync("/data", Ct);

        Assert.Contains(app.Warehouse.FirstSnapshot, html, StringComparison.Ordinal);
        var rows = Html.Rows(html);
        Assert.Contains(rows, r => r is ["stats.csv", "statistics", "1", _] && r[3].Contains("no_such_indicator", StringComparison.Ordinal));
        Assert.Contains("demo-charity.csv", html, StringComparison.Ordinal);
        Assert.Contains(rows, r => r[0] == "ets" && r[2] == "2");
        Assert.Contains(rows, r => r[0] == "fasttree");
    }

    [Fact]
    public async Task Data_page_states_the_forecast_run_and_each_familys_backtest_from_the_snapshot()
    {
        var html = await client.GetStringAsync("/data", Ct);

        Assert.Matches(@"最近一次预测：\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \(UTC\)，载入批次 \d+，3 条序列，预测 2 年，区间\s+80 ?%, 95 ?%", html);
        // Only the chosen model's coverage of the whole family at 80 % fills the horizons; none was measured at 3 years.
        Assert.Contains(Html.Rows(html), r => r is ["养老服务", "ets", "0.875", "6.25", "1.1", "67% (n=3) / 100% (n=1) / —"]);

        var english = await client.GetStringAsync("/data?lang=en", Ct);
        Assert.Matches(@"Latest forecast run: [^,]+ \(UTC\), load run \d+, 3 series, 2 years ahead, intervals\s+80 ?%, 95 ?%", english);
        Assert.Contains(Html.Rows(english), r => r is ["Elderly care", "ets", "0.875", "6.25", "1.1", _]);
    }

    [Theory]
    [InlineData("/indicator/elderly_beds?year=2023", @"^(✓ 达标|≈ 接近|✗ 未达标) \d+(\.\d)?%$|^(— )?缺失$")]
    [InlineData("/indicator/elderly_beds?year=2023&lang=en", @"^(✓ met|≈ near|✗ missed) · \d+(\.\d)?%$|^(— )?missing$")]
    [InlineData("/district/330203?year=2023", @"^(✓ 达标|≈ 接近|✗ 未达标|— 缺失)( \d+(\.\d)?%)?( [^ ].*)?$|^$")]
    [InlineData("/district/330203?year=2023&lang=en", @"^(✓ met|≈ near|✗ missed|— missing)( · \d+(\.\d)?%)?( · [^ ].*)?$|^$")]
    public async Task Status_cells_read_as_status_then_attainment_even_as_bare_text(string page, string pattern)
    {
        var html = await client.GetStringAsync(page, Ct);
        // The cells' text as a browser's textContent gives it: tags dropped without adding spaces.
        var cells = System.Text.RegularExpressions.Regex.Matches(html, "<td class=\"cell status[^\"]*\">(.*?)</td>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(m.Groups[1].Value, "<[^>]+>", "")).Trim())
            .Select(t => System.Text.RegularExpressions.Regex.Replace(t, @"\s+", " "))
            .ToList();

        Assert.NotEmpty(cells);
        Assert.Contains(cells, c => c.Contains('%', StringComparison.Ordinal));
        Assert.All(cells, c => Assert.Matches(pattern, c));
    }
}
