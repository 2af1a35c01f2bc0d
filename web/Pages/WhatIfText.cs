using System.Globalization;
using Analytics.Models.WhatIf;
using Analytics.Warehouse.Targets;
using Analytics.Web.Data;

namespace Analytics.Web.Pages;

/// <summary>
/// The what-if engine's structured results in the reader's language: driver names, each output's
/// explanation by its drivers, and every <see cref="WhatIfNote"/> kind from its parameters, with
/// indicators named from the catalog and counts rounded as the table shows them (<see cref="Format.Rounded"/>).
/// </summary>
public sealed class WhatIfText(IReadOnlyDictionary<string, IndicatorInfo> indicators, Lang lang)
{
    public static string Driver(WhatIfDriver driver, Lang lang) => driver switch
    {
        WhatIfDriver.AgedGrowth => lang.T("60岁及以上人口增长", "growth of residents aged 60+"),
        WhatIfDriver.StandardGrowth => lang.T("低保标准增长", "dibao standard growth"),
        WhatIfDriver.EdgeMultiplier => lang.T("低保边缘倍数", "edge-household multiplier"),
        WhatIfDriver.TakeUp => lang.T("参保率", "take-up rate"),
        _ => throw new ArgumentOutOfRangeException(nameof(driver), driver, null),
    };

    /// <summary>E.g. "低保人数 +1,234：低保标准增长 +1,000，参保率 +234" or "Dibao recipients +1,234: dibao standard growth +1,000, take-up rate +234".</summary>
    public string Explanation(WhatIfOutput output)
    {
        var moved = output.Moved.Select(c => Driver(c.Driver, lang) + " " + Signed(c.Contribution, c.Unit)).ToList();
        return Measure(output.Measure) + " " + Signed(output.Change, output.Measure.Unit) + lang.T("：", ": ")
            + (moved.Count == 0 ? lang.T("无驱动因素变化", "no driver moved it") : string.Join(lang.T("，", ", "), moved));
    }

    public string Note(WhatIfNote note) => note switch
    {
        WhatIfNote.CountySum n => lang.T($"{Indicator(n.Indicator)}：{n.Counties}个县级单位合计", $"{Indicator(n.Indicator)}: sum of {Counties(n.Counties)}"),
        WhatIfNote.WeightedStandard n => lang.T(
            $"{Indicator(n.Indicator)}：{n.Counties}个县级单位按低保人数加权平均", $"{Indicator(n.Indicator)}: recipient-weighted mean of {Counties(n.Counties)}"),
        WhatIfNote.Target n => lang.T(
            $"{Indicator(n.Indicator)}目标：{Number(n.Threshold)} {Basis(n.Indicator, n.Basis)}（{n.Year}年，{TargetText.Kind(Kind(n), lang)}）",
            $"{Indicator(n.Indicator)} target: {Number(n.Threshold)} {Basis(n.Indicator, n.Basis)} ({n.Year}, {TargetText.Kind(Kind(n), lang)})"),
        WhatIfNote.TakeUpAssumed n => lang.T(
            $"基年参保率{Number(n.TakeUp)}为假设值，非测算值", $"The base-year take-up {Number(n.TakeUp)} is assumed, not measured"),
        WhatIfNote.TakeUpMeasured { Measurement: var m } => lang.T(
            $"基年参保率{Number(m.TakeUp)}由住户文件{m.Source}测算{(m.Synthetic ? "（合成数据）" : "")}：{Date(m.AsOf)}符合条件{Quantity(m.EligiblePersons, "persons")}人中在册{Quantity(m.EnrolledPersons, "persons")}人（{m.Counties}个县级单位）",
            $"The base-year take-up {Number(m.TakeUp)} was measured on the household file {m.Source}{(m.Synthetic ? " (synthetic)" : "")}: {Quantity(m.EnrolledPersons, "persons")} of {Quantity(m.EligiblePersons, "persons")} eligible people enrolled on {Date(m.AsOf)} ({Counties(m.Counties)})"),
        WhatIfNote.GapClamped n => lang.T(
            $"{Measure(n.Gap)}记为0：基年存量{Quantity(n.Existing, n.Gap.Unit)}已超过模拟情景所需的{Quantity(n.Needed, n.Gap.Unit)}",
            $"{Measure(n.Gap)} shown as 0: the base-year stock of {Quantity(n.Existing, n.Gap.Unit)} exceeds the {Quantity(n.Needed, n.Gap.Unit)} the scenario needs"),
        WhatIfNote.Unavailable n => Unavailable(n),
        _ => throw new ArgumentOutOfRangeException(nameof(note), note.Kind, null),
    };

    private string Unavailable(WhatIfNote.Unavailable u) =>
        Measure(u.Measure) + lang.T("：", ": ") + (u.Missing.Count == 0
            ? lang.T("基年数值无法校准模型（如低保人数为0）", "the base-year values cannot calibrate the model (e.g. no recipients)")
            : lang.T("缺少", "missing ") + string.Join(lang.T("、", ", "), u.Missing.Select(Input)));

    // Mid-sentence in English, so "missing dibao recipients", not "missing Dibao recipients".
    private string Input(WhatIfInput input)
    {
        var name = Indicator(input.Indicator);
        name = lang.English && name.Length > 0 ? char.ToLowerInvariant(name[0]) + name[1..] : name;
        return input.TargetBasis is { } basis
            ? lang.T($"{name}目标（{Basis(input.Indicator, basis)}）", $"the {name} target ({Basis(input.Indicator, basis)})")
            : name;
    }

    private string Measure(WhatIfMeasure m) => lang.T(m.NameZh, m.NameEn);

    private string Indicator(string code) =>
        indicators.TryGetValue(code, out var i) ? lang.T(i.NameZh, i.NameEn)
        : WhatIfMeasure.All.FirstOrDefault(m => m.Code == code) is { } m ? Measure(m)
        : code;

    private string Basis(string indicator, TargetBasis basis) =>
        Units.OnBasis(indicators.TryGetValue(indicator, out var i) ? i.Unit : "", basis, lang);

    private static TargetKind Kind(WhatIfNote.Target n) => n.Official ? TargetKind.Official : TargetKind.Example;

    private static string Counties(int n) => n == 1 ? "1 county" : n.ToString(CultureInfo.InvariantCulture) + " counties";

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string Number(double v) => Format.Number((decimal)v, lang);

    private string Quantity(double v, string unit) => Format.Quantity((decimal)v, unit, lang);

    private static string Signed(double v, string unit) =>
        Format.Rounded((decimal)v, unit).ToString("+#,##0.##;-#,##0.##;0", CultureInfo.InvariantCulture);
}
