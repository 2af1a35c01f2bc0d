using System.Globalization;

namespace Analytics.Web.Charts;

/// <summary>
/// Texts the chart builders add themselves (legends, markers, CSV headers), in one language per
/// chart: <see cref="Zh"/> for a Chinese report, <see cref="En"/> for an English one.
/// </summary>
public sealed record Labels(
    string NoData,
    string Missing,
    string Actual,
    string Synthetic,
    string Target,
    string Forecast,
    string Baseline,
    string Scenario,
    string Highlighted,
    string Regions,
    string IntervalWords,
    string Yes,
    string No,
    string PastForecastWords)
{
    public static readonly Labels Zh = new(
        NoData: "无数据", Missing: "无数据", Actual: "实际值", Synthetic: "合成数据", Target: "目标",
        Forecast: "预测", Baseline: "基线", Scenario: "情景", Highlighted: "本地区", Regions: "地区数",
        IntervalWords: "预测区间", Yes: "是", No: "否", PastForecastWords: "{0}年对{1}年的预测");

    public static readonly Labels En = new(
        NoData: "No data", Missing: "no data", Actual: "Actual", Synthetic: "Synthetic data", Target: "Target",
        Forecast: "Forecast", Baseline: "Baseline", Scenario: "Scenario", Highlighted: "Selected", Regions: "Regions",
        IntervalWords: "prediction interval", Yes: "yes", No: "no", PastForecastWords: "{1} as forecast in {0}");

    public static Labels For(ChartLanguage language) => language == ChartLanguage.English ? En : Zh;

    /// <summary>"80% 预测区间" or "80% prediction interval" for a level of 0.8.</summary>
    public string Interval(double level) =>
        $"{(level * 100).ToString("0.#", CultureInfo.InvariantCulture)}% {IntervalWords}";

    /// <summary>"2023年对2024年的预测" or "2024 as forecast in 2023".</summary>
    public string PastForecast(PastForecast past) =>
        string.Format(CultureInfo.InvariantCulture, PastForecastWords, past.Origin, past.Year);

    /// <summary>The target's legend entry: "目标 100" or "Target 100"; with its kind, "官方目标 55".</summary>
    public string TargetAt(decimal target, string? kind = null) => $"{kind ?? Target} {ChartStyle.Number(target)}";
}
