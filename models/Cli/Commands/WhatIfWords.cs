using System.Globalization;
using Analytics.Models.WhatIf;
using Analytics.Warehouse.Targets;

namespace Analytics.Models.Commands;

/// <summary>
/// The CLI's words for the what-if engine's structured results: Chinese first, English second, with
/// indicator and basis codes as they are (the terminal reader is the analyst who loaded them).
/// </summary>
internal static class WhatIfWords
{
    public static string Driver(WhatIfDriver driver) => driver switch
    {
        WhatIfDriver.AgedGrowth => "60岁及以上人口增长 growth of residents aged 60+",
        WhatIfDriver.StandardGrowth => "低保标准增长 dibao standard growth",
        WhatIfDriver.EdgeMultiplier => "低保边缘倍数 edge-household multiplier",
        WhatIfDriver.TakeUp => "参保率 take-up rate",
        _ => throw new ArgumentOutOfRangeException(nameof(driver), driver, null),
    };

    public static string Contribution(DriverContribution c) =>
        Invariant($"{Driver(c.Driver)} {c.Contribution:+#,##0.##;-#,##0.##;0}");

    public static string Note(WhatIfNote note) => note switch
    {
        WhatIfNote.CountySum n => Invariant($"{n.Indicator}: {n.Counties} 个县级单位合计 (sum of {n.Counties} counties)"),
        WhatIfNote.WeightedStandard n => Invariant($"{n.Indicator}: {n.Counties} 个县级单位按低保人数加权平均 (recipient-weighted mean of {n.Counties} counties)"),
        WhatIfNote.Target n => Invariant($"{n.Indicator} 目标 target {n.Threshold:0.##} {n.Basis.ToSql()} ({n.Year})"),
        WhatIfNote.TakeUpAssumed n => Invariant($"基年参保率 {n.TakeUp:0.###} 为假设值 (base take-up {n.TakeUp:0.###} is assumed, not measured; --households FILE measures it)"),
        WhatIfNote.TakeUpMeasured { Measurement: var m } => Invariant(
            $"基年参保率 {m.TakeUp:0.###} 由住户文件 {m.Source} 测算{(m.Synthetic ? "（合成数据）" : "")}：{m.AsOf:yyyy-MM-dd} 符合条件 {m.EligiblePersons:#,##0} 人中在册 {m.EnrolledPersons:#,##0} 人，{m.Counties} 个县级单位 ") + Invariant(
            $"(base take-up {m.TakeUp:0.###} measured on household file {m.Source}{(m.Synthetic ? " [synthetic]" : "")}: {m.EnrolledPersons:#,##0} enrolled of {m.EligiblePersons:#,##0} eligible persons on {m.AsOf:yyyy-MM-dd}, {m.Counties} {(m.Counties == 1 ? "county" : "counties")})"),
        WhatIfNote.GapClamped n => Invariant(
            $"{n.Gap.Code}: 基年存量 {n.Existing:#,##0.##} 超过情景所需 {n.Needed:#,##0.##}，缺口记为 0 (base-year stock exceeds the scenario's need; gap shown as 0)"),
        WhatIfNote.Unavailable n => Unavailable(n),
        _ => throw new ArgumentOutOfRangeException(nameof(note), note.Kind, null),
    };

    private static string Unavailable(WhatIfNote.Unavailable u)
    {
        var why = u.Missing.Count == 0
            ? "基年数值无法校准 (base-year values cannot calibrate the model)"
            : "缺少 missing: " + string.Join(", ", u.Missing.Select(i => i.TargetBasis is { } basis ? $"{i.Indicator} {basis.ToSql()} target" : i.Indicator));
        return $"不可用 unavailable: {u.Measure.NameZh} {u.Measure.NameEn} — {why}";
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
