using System.Globalization;
using Analytics.Web.Data;

namespace Analytics.Web.Pages;

/// <summary>
/// Forecasts in plain words, one language per call: the model with a one-line explanation, and how
/// good its past one-year-ahead forecasts of the indicator were (models/README.md describes each model).
/// </summary>
public static class ForecastText
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string Model(string model, Lang lang) => model switch
    {
        "naive" => lang.T("朴素法（naive）：以最近一年的值作为以后各年的预测", "naive: the last year's value, carried forward"),
        "drift" => lang.T("漂移法（drift）：最近一年的值加上历年平均年变化", "drift: the last value plus the average yearly change"),
        "theta" => lang.T("Theta 法（theta）：线性趋势与指数平滑各占一半", "theta: half the linear trend, half exponential smoothing"),
        "damped" => lang.T("阻尼趋势法（damped）：趋势逐年减弱的指数平滑", "damped trend: exponential smoothing whose trend fades year by year"),
        "global" => lang.T("全局模型（global）：以同类指标各地区历史训练的梯度提升树，预测增长率",
            "global: boosted trees trained on every region's history of the family, forecasting growth"),
        _ => model,
    };

    /// <summary>
    /// "过去6年（2019–2024年）一年期预测平均误差 3.2%；80% 区间实际覆盖 83%（6次中5次；本指标全部地区 82%，共1,234次）。"
    /// </summary>
    public static string Accuracy(ForecastAccuracy a, Lang lang)
    {
        var n = a.Forecasts.Count;
        var years = n == 0 ? "" : $"{a.Forecasts[0].Year}–{a.Forecasts[^1].Year}";
        var error = a.MeanError is { } e ? Pct(e) : null;
        var own = a.IntervalPoints > 0 ? Pct((double)a.IntervalHits / a.IntervalPoints) : null;
        var all = a.IndicatorCoverage is { } c ? Pct(c) : null;
        var level = Pct(ForecastAccuracy.Level, "0");
        var zh = $"过去{n}年（{years}年）一年期预测平均误差 {error ?? "无法计算（实际值为零）"}；"
            + (own is null
                ? $"{level} 区间：回测早年残差不足，未能给出区间"
                : $"{level} 区间实际覆盖 {own}（{a.IntervalPoints}次中{a.IntervalHits}次")
            + (all is null ? (own is null ? "。" : "）。") : $"{(own is null ? "（" : "；")}本指标全部地区 {all}，共{a.IndicatorPoints.ToString("#,0", Culture)}次）。");
        var en = $"Over the past {n} years ({years}) one-year-ahead forecasts were off by {error ?? "— (actuals of zero)"} on average; "
            + (own is null
                ? $"no {level} interval (too few earlier residuals)"
                : $"the {level} interval held the actual {a.IntervalHits} times in {a.IntervalPoints} ({own}")
            + (all is null ? (own is null ? "." : ").") : $"{(own is null ? " (" : "; ")}{all} over all regions' {a.IndicatorPoints.ToString("#,0", Culture)} forecasts of this indicator).");
        return lang.T(zh, en);
    }

    /// <summary>"2023年对2024年的预测 1,234（区间 1,100–1,380），实际 1,300，偏差 −5.1%。"</summary>
    public static string Past(BacktestForecast p, Lang lang)
    {
        var value = Format.Number((decimal)p.Forecast, lang);
        var actual = Format.Number((decimal)p.Actual, lang);
        var band = p is { Lower: { } l, Upper: { } u } ? $"{Format.Number((decimal)l, lang)}–{Format.Number((decimal)u, lang)}" : null;
        var off = p.Actual != 0 ? ((p.Forecast - p.Actual) / Math.Abs(p.Actual)).ToString("+0.0%;−0.0%;0.0%", Culture) : null;
        return lang.T(
            $"{p.Origin}年对{p.Year}年的预测 {value}{(band is null ? "" : $"（区间 {band}）")}，实际 {actual}{(off is null ? "" : $"，偏差 {off}")}。",
            $"Forecast for {p.Year} made in {p.Origin}: {value}{(band is null ? "" : $" (interval {band})")}; actual {actual}{(off is null ? "" : $", off by {off}")}.");
    }

    private static string Pct(double share, string format = "0.0") => (share * 100).ToString(format, Culture) + "%";
}
