namespace Analytics.Web.Charts;

/// <summary>Texts the chart builders add themselves (legends, markers): Chinese first, English second.</summary>
public static class Labels
{
    public const string NoData = "无数据 No data";
    public const string Missing = "无数据";
    public const string Actual = "实际值 actual";
    public const string Synthetic = "合成数据 synthetic";
    public const string Target = "目标 target";
    public const string Forecast = "预测 forecast";
    public const string Baseline = "基线 baseline";
    public const string Scenario = "情景 scenario";
    public const string Highlighted = "本地区 selected";
    public const string Regions = "地区数 regions";

    /// <summary>"80% 预测区间 interval" for a level of 0.8.</summary>
    public static string Interval(double level) =>
        $"{(level * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}% 预测区间 interval";
}
