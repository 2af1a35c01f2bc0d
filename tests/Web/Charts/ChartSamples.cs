using Analytics.Web.Charts;

namespace Analytics.Tests.Web.Charts;

/// <summary>Hand-made chart data: a typical case, missing values, a single point and nothing at all.</summary>
internal static class ChartSamples
{
    public static readonly ChartText TrendText = new("海宁市 低保标准", "年份", "低保标准", "来源：海宁市民政局工作报告；2019 年为合成数据");

    public static TrendChartData Trend() => new(
        TrendText,
        "元/月",
        [
            new(2018, 820m), new(2019, 870m, Synthetic: true), new(2020, null), new(2021, 985m),
            new(2022, 1040m), new(2023, 1098m),
        ],
        [new(2024, 1150m, 1110m, 1190m), new(2025, 1205m, 1140m, 1270m)],
        1100m);

    /// <summary>The trend with the one-year-ahead forecast of 2023 made in 2022 and its interval.</summary>
    public static TrendChartData TrendWithPast() => Trend() with { Past = new PastForecast(2022, 1080m, 1050m, 1110m) };

    /// <summary>Twenty years with a long gap and a title longer than the chart is wide.</summary>
    public static TrendChartData TrendLong() => new(
        new ChartText("杭州市上城区 每千名老年人拥有养老床位数（含社区嵌入式机构、护理型床位与家庭养老床位）历年变化与预测", "年份", "每千名老年人床位"),
        "张",
        Enumerable.Range(2004, 20).Select(y => new YearValue(y, y is >= 2009 and <= 2012 ? null : 20m + ((y - 2004) * 1.7m))).ToList(),
        [new(2024, 55m, 50m, 60m), new(2025, 57m, 50m, 64m), new(2026, 59m, 50m, 68m)],
        55m,
        0.95);

    public static TrendChartData TrendSinglePoint() => new(TrendText with { Note = null }, "元/月", [new(2023, 1098m)], [], 1100m);

    public static TrendChartData TrendForecastOnly() =>
        new(TrendText with { Note = null }, "元/月", [new(2023, null)], [new(2024, 1150m, 1110m, 1190m)], null);

    public static TrendChartData TrendEmpty() => new(TrendText with { Note = null }, "元/月", [], [], null);

    public static TrendChartData TrendAllMissing() => new(TrendText with { Note = null }, "元/月", [new(2022, null), new(2023, null)], [], 1100m);

    public static readonly ChartText RankingText = new("嘉兴市 各县（市、区）低保标准排名", "县（市、区）", "低保标准");

    public static RankingChartData Ranking() => new(
        RankingText,
        "元/月",
        [
            new("南湖区", 1120m), new("秀洲区", 1085m), new("海宁市", 1098m, Highlight: true), new("平湖市", null),
            new("桐乡市", 1075m), new("嘉善县", 1130m), new("海盐县", 1060m),
        ],
        1100m);

    /// <summary>A province-sized ranking: 90 county-level regions with city prefixes, a few missing.</summary>
    public static RankingChartData RankingMany() => new(
        new ChartText("浙江省 各县（市、区）民政工作综合得分排名（2023 年）", "县（市、区）", "综合得分"),
        "分",
        Enumerable.Range(1, 90)
            .Select(i => new RankedBar(
                $"{Cities[i % Cities.Length]}第{i}区",
                i % 17 == 0 ? null : 55m + ((i * 37) % 45) + ((i % 10) / 10m),
                Highlight: i == 42))
            .ToList(),
        80m);

    private static readonly string[] Cities = ["杭州市", "宁波市", "温州市", "嘉兴市", "湖州市", "绍兴市", "金华市", "衢州市", "舟山市", "台州市", "丽水市"];

    public static RankingChartData RankingNegative() => new(
        new ChartText("各地 低保对象人数 同比变化", "地区", "同比变化"),
        "%",
        [new("南湖区", 3.2m), new("秀洲区", -1.5m, Highlight: true), new("海宁市", -4.8m), new("平湖市", 0m), new("桐乡市", null)],
        null);

    public static RankingChartData RankingSingle() => new(RankingText, "元/月", [new("海宁市", 1098m, Highlight: true)], null);

    public static RankingChartData RankingAllMissing() => new(RankingText, "元/月", [new("海宁市", null), new("平湖市", null)], 1100m);

    public static RankingChartData RankingEmpty() => new(RankingText, "元/月", [], null);

    public static readonly ChartText DistributionText = new("全省县（市、区）养老机构护理型床位占比分布", "护理型床位占比", "地区数");

    public static DistributionChartData Distribution() => new(
        DistributionText,
        "%",
        [42.5m, 48m, 51.2m, 55m, 55.5m, 58m, 60.1m, 61m, 62.5m, 63m, 64m, 66.6m, 70m, 71.5m, 75m, 80.2m],
        60m);

    public static DistributionChartData DistributionSingle() => new(DistributionText, "%", [58m], 60m);

    public static DistributionChartData DistributionEmpty() => new(DistributionText, "%", [], 60m);

    public static readonly ChartText WhatIfText = new("情景模拟：低保标准提高 5%", string.Empty, "输出指标");

    public static WhatIfChartData WhatIf() => new(
        WhatIfText,
        [
            new("低保对象人数", 12850m, 13420m, "人"),
            new("低保资金支出", 6561.57m, 7120.4m, "万元"),
            new("社会救助覆盖率", 2.1m, 2.2m, "%"),
            new("新增临时救助", 0m, 35m, "人次"),
        ]);

    public static WhatIfChartData WhatIfNegative() => new(
        WhatIfText,
        [new("低保对象人数", 12850m, 12400m, "人"), new("资金结余", -120m, 35m, "万元")]);

    public static WhatIfChartData WhatIfSingle() => new(WhatIfText, [new("低保对象人数", 12850m, 12400m, "人")]);

    public static WhatIfChartData WhatIfEmpty() => new(WhatIfText, []);

    /// <summary>
    /// The same data as an English page would pass it: every caller-supplied text in English (units
    /// too), the language set, so the chart's own texts must follow.
    /// </summary>
    public static TrendChartData English(TrendChartData data) => data with
    {
        Text = new ChartText("Haining: dibao standard", "Year", "Dibao standard", "Synthetic data · source: Haining civil affairs bureau report", ChartLanguage.English),
        Unit = "yuan/month",
    };

    public static RankingChartData English(RankingChartData data) => data with
    {
        Text = new ChartText("Jiaxing: dibao standard by district", "District", "Dibao standard", "Synthetic data", ChartLanguage.English),
        Unit = "yuan/month",
        Bars = [.. data.Bars.Select((b, i) => b with { Label = EnglishDistricts[i % EnglishDistricts.Length] })],
    };

    public static DistributionChartData English(DistributionChartData data) => data with
    {
        Text = new ChartText("Share of nursing beds across districts", "Nursing-bed share", "Districts", "Synthetic data", ChartLanguage.English),
    };

    public static WhatIfChartData English(WhatIfChartData data) => data with
    {
        Text = new ChartText("What-if: dibao standard up 5%", string.Empty, "Output", "Synthetic data", ChartLanguage.English),
        Bars = [.. data.Bars.Select((b, i) => b with { Label = EnglishOutputs[i % EnglishOutputs.Length], Unit = EnglishUnits[i % EnglishUnits.Length] })],
    };

    private static readonly string[] EnglishDistricts = ["Nanhu District", "Xiuzhou District", "Haining", "Pinghu", "Tongxiang", "Jiashan County", "Haiyan County"];

    private static readonly string[] EnglishOutputs = ["Dibao recipients", "Dibao spending", "Assistance coverage", "New temporary assistance"];

    private static readonly string[] EnglishUnits = ["persons", "10,000 yuan", "%", "cases"];
}
