using System.Globalization;
using System.Text;

namespace Analytics.Web.Charts;

/// <summary>
/// The data behind each chart as CSV: UTF-8 with a BOM (Excel and WPS then read the Chinese right),
/// one header row "中文 English", numbers in invariant culture without separators, missing as empty.
/// </summary>
internal static class ChartCsv
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static byte[] Trend(TrendChartData data)
    {
        var rows = new List<string?[]>();
        foreach (var h in data.History.OrderBy(h => h.Year))
        {
            rows.Add([Int(h.Year), "实际 actual", Num(h.Value), null, null, null, Num(data.Target), data.Unit, YesNo(h.Synthetic)]);
        }

        var level = (data.IntervalLevel * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
        foreach (var f in data.Forecast.OrderBy(f => f.Year))
        {
            rows.Add([Int(f.Year), "预测 forecast", Num(f.Value), Num(f.Lower), Num(f.Upper), level, Num(data.Target), data.Unit, YesNo(false)]);
        }

        return Write(
            ["年份 Year", "类别 Series", "数值 Value", "预测下限 Lower", "预测上限 Upper", "区间水平 Interval level", "目标 Target", "单位 Unit", "合成数据 Synthetic"],
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
            rows.Add([bar.Value.HasValue ? Int(rank) : null, bar.Label, Num(bar.Value), data.Unit, Num(data.Target), YesNo(bar.Highlight)]);
        }

        return Write(["排名 Rank", "地区 Region", "数值 Value", "单位 Unit", "目标 Target", "本地区 Selected"], rows);
    }

    public static byte[] Distribution(DistributionChartData data) =>
        Write(
            ["区间下限 Bin from", "区间上限 Bin to", "地区数 Regions", "单位 Unit", "目标 Target"],
            HistogramBins.Of(data.Values).Select(b => new[] { Num(b.Lower), Num(b.Upper), Int(b.Count), data.Unit, Num(data.Target) }).ToList());

    public static byte[] WhatIf(WhatIfChartData data) =>
        Write(
            ["指标 Output", "基线 Baseline", "情景 Scenario", "变化 Change", "变化率 Change %", "单位 Unit"],
            data.Bars.Select(b => new[]
            {
                b.Label, Num(b.Baseline), Num(b.Scenario), Num(b.Scenario - b.Baseline),
                b.Baseline == 0 ? null : Num(Math.Round((b.Scenario - b.Baseline) / Math.Abs(b.Baseline) * 100, 2)),
                b.Unit,
            }).ToList());

    private static byte[] Write(string[] header, IReadOnlyList<string?[]> rows)
    {
        var text = new StringBuilder();
        Line(text, header);
        foreach (var row in rows)
        {
            Line(text, row);
        }

        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(Field(cells[i]));
        }

        text.Append("\r\n");
    }

    // RFC 4180 quoting; a text cell starting with = + - @ is prefixed with ' so a spreadsheet
    // never runs it as a formula (numbers are written by Num and never reach this guard as text).
    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '@' or '-' && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 || value != value.Trim()
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    private static string? Num(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    // Flags read in both languages, like the headers and the series names ("实际 actual").
    private static string YesNo(bool value) => value ? "是 yes" : "否 no";
}
