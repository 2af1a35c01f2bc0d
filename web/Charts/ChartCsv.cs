using System.Globalization;
using Analytics.Warehouse.Export;

namespace Analytics.Web.Charts;

/// <summary>
/// The data behind each chart as CSV (<see cref="CsvFile"/>: UTF-8 with a BOM, text a spreadsheet
/// would run as a formula defused): one header row in the chart's language, numbers in invariant
/// culture without separators, missing as empty.
/// </summary>
internal static class ChartCsv
{
    public static byte[] Trend(TrendChartData data)
    {
        var english = data.Text.Language == ChartLanguage.English;
        var labels = Labels.For(data.Text.Language);
        var rows = new List<string?[]>();
        foreach (var h in data.History.OrderBy(h => h.Year))
        {
            rows.Add([Int(h.Year), labels.Actual, Num(h.Value), null, null, null, Num(data.Target), data.Unit, YesNo(h.Synthetic, labels), TargetKind(data.Target, data.TargetLabel)]);
        }

        var level = (data.IntervalLevel * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
        foreach (var f in data.Forecast.OrderBy(f => f.Year))
        {
            rows.Add([Int(f.Year), labels.Forecast, Num(f.Value), Num(f.Lower), Num(f.Upper), level, Num(data.Target), data.Unit, YesNo(false, labels), TargetKind(data.Target, data.TargetLabel)]);
        }

        if (data.Past is { } past)
        {
            rows.Add([Int(past.Year), labels.PastForecast(past), Num(past.Value), Num(past.Lower), Num(past.Upper), past.Lower is null ? null : level,
                Num(data.Target), data.Unit, YesNo(false, labels), TargetKind(data.Target, data.TargetLabel)]);
        }

        return Write(
            english
                ? ["Year", "Series", "Value", "Lower", "Upper", "Interval level", "Target", "Unit", "Synthetic", "Target kind"]
                : ["年份", "类别", "数值", "预测下限", "预测上限", "区间水平", "目标", "单位", "合成数据", "目标类型"],
            rows);
    }

    public static byte[] Ranking(RankingChartData data, bool descending = true)
    {
        var ordered = RankingChart.Order(data.Bars, descending);
        var rows = new List<string?[]>();
        decimal? previous = null;
        var rank = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            var bar = ordered[i];
            if (bar.Value != previous)
            {
                rank = i + 1; // ties share a rank: 1, 2, 2, 4
            }

            previous = bar.Value;
            rows.Add([bar.Value.HasValue ? Int(rank) : null, bar.Label, Num(bar.Value), data.Unit, Num(data.Target), YesNo(bar.Highlight, Labels.For(data.Text.Language)), TargetKind(data.Target, data.TargetLabel)]);
        }

        return Write(
            data.Text.Language == ChartLanguage.English
                ? ["Rank", "Region", "Value", "Unit", "Target", "Selected", "Target kind"]
                : ["排名", "地区", "数值", "单位", "目标", "本地区", "目标类型"],
            rows);
    }

    public static byte[] Distribution(DistributionChartData data) =>
        Write(
            data.Text.Language == ChartLanguage.English
                ? ["Bin from", "Bin to", "Regions", "Unit", "Target", "Target kind"]
                : ["区间下限", "区间上限", "地区数", "单位", "目标", "目标类型"],
            HistogramBins.Of(data.Values).Select(b => new[] { Num(b.Lower), Num(b.Upper), Int(b.Count), data.Unit, Num(data.Target), TargetKind(data.Target, data.TargetLabel) }).ToList());

    // A target line's kind (官方目标 / 示例目标) beside its value; empty without a target or a kind.
    private static string? TargetKind(decimal? target, string? label) => target is null ? null : label;

    public static byte[] WhatIf(WhatIfChartData data) =>
        Write(
            data.Text.Language == ChartLanguage.English
                ? ["Output", "Baseline", "Scenario", "Change", "Change %", "Unit"]
                : ["指标", "基线", "情景", "变化", "变化率（%）", "单位"],
            data.Bars.Select(b => new[]
            {
                b.Label, Num(b.Baseline), Num(b.Scenario), Num(b.Scenario - b.Baseline),
                b.Baseline == 0 ? null : Num(Math.Round((b.Scenario - b.Baseline) / Math.Abs(b.Baseline) * 100, 2)),
                b.Unit,
            }).ToList());

    public static byte[] Map(ProvinceMapData data)
    {
        var english = data.Text.Language == ChartLanguage.English;
        var labels = Labels.For(data.Text.Language);
        var rows = data.Areas.Select(a => new[]
        {
            a.Shape.Division.Code, a.Shape.Division.Label, a.CityLabel, Num(a.Value), data.Unit, data.Classes[a.Class].Label,
            YesNo(a.Shape.Drawn, labels),
            a.Shape.Drawn
                ? (english ? "boundary data: " : "边界数据：") + string.Join("+", a.ShapeLabels ?? [.. a.Shape.Features.Select(f => f.Name)])
                : a.Shape.Reason(data.Text.Language),
            YesNo(data.Synthetic, labels),
        }).ToList();
        return Write(
            english
                ? ["Region code", "Region", "City", data.ValueLabel, "Unit", "Map class", "Drawn", "Shape", "Synthetic"]
                : ["区划代码", "地区", "设区市", data.ValueLabel, "单位", "图例类别", "地图上绘出", "边界", "合成数据"],
            rows);
    }

    private static byte[] Write(string[] header, IReadOnlyList<string?[]> rows) =>
        CsvFile.Bytes(csv =>
        {
            csv.Row(header);
            foreach (var row in rows)
            {
                csv.Row(row);
            }
        });

    // At most four decimals, no trailing zeros: the warehouse's DECIMAL(18,6) gives "1941.000000" and a
    // composite score "111.00102240997444577425854319", neither of which a report table wants.
    private static string? Num(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string YesNo(bool value, Labels labels) => value ? labels.Yes : labels.No;
}
