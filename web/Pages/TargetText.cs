using System.Globalization;
using Analytics.Warehouse.Targets;
using Analytics.Web.Data;
using Analytics.Web.Scoring;

namespace Analytics.Web.Pages;

/// <summary>
/// A target as pages, exports and charts write it, in both languages: "≥ 1.3 倍低保标准",
/// "35–40 张/千名60岁以上老人", "30–40%（占上年度全体居民人均消费支出）", and its kind
/// ("官方目标" or "示例目标"), which every place that shows a target shows beside it.
/// </summary>
public sealed class TargetText(IReadOnlyDictionary<string, IndicatorInfo> indicators, Lang lang)
{
    /// <summary>Comparator and threshold(s) with the unit they are in.</summary>
    public string Describe(ScoreTarget t)
    {
        var numbers = t.Comparator == TargetComparator.Range && t.ThresholdHigh is { } high
            ? $"{Format.Number(t.Threshold, lang)}–{Format.Number(high, lang)}"
            : $"{Format.Comparator(t.Comparator)} {Format.Number(t.Threshold, lang)}";
        var unit = MeasureUnit(t);
        return unit.StartsWith('%') ? numbers + unit : numbers + " " + unit;
    }

    /// <summary>The unit the measured value and the threshold are in, e.g. 张/千名60岁以上老人, %（占养老床位数）, 倍低保标准.</summary>
    public string MeasureUnit(ScoreTarget t)
    {
        var unit = indicators.TryGetValue(t.Indicator, out var i) ? i.Unit : "";
        return t.Basis switch
        {
            TargetBasis.Ratio => lang.T($"倍{Name(t.Of)}", $"× {Lower(Name(t.Of))}"),
            TargetBasis.Share => lang.T($"%（占{Name(t.Of)}）", $"% of {Lower(Name(t.Of))}"),
            TargetBasis.BaseShare => lang.T($"%（占{BaseYearZh(t.Lag)}{BaseName(t.Of)}）", $"% of {BaseName(t.Of)}{BaseYearEn(t.Lag)}"),
            _ => Units.OnBasis(unit, t.Basis, lang),
        };
    }

    /// <summary>How the measured value is computed, for the district page: "特困供养标准 ÷ 低保标准".</summary>
    public string Formula(ScoreTarget t) => t.Basis switch
    {
        TargetBasis.Ratio => $"{Name(t.Indicator)} ÷ {Name(t.Of)}",
        TargetBasis.Share => $"{Name(t.Indicator)} ÷ {Name(t.Of)} × 100%",
        TargetBasis.BaseShare => lang.T($"{Name(t.Indicator)} × 12 ÷ {BaseYearZh(t.Lag)}{BaseName(t.Of)} × 100%",
            $"{Name(t.Indicator)} × 12 ÷ {BaseName(t.Of)}{BaseYearEn(t.Lag)} × 100%"),
        TargetBasis.Per10kResidents => lang.T($"{Name(t.Indicator)} ÷ 常住人口 × 10,000", $"{Name(t.Indicator)} ÷ residents × 10,000"),
        TargetBasis.Per1kAged60Plus => lang.T($"{Name(t.Indicator)} ÷ 60岁以上常住人口 × 1,000", $"{Name(t.Indicator)} ÷ residents aged 60+ × 1,000"),
        _ => Name(t.Indicator),
    };

    /// <summary>When the target applies: every year, or the year the document sets it for.</summary>
    public string When(TargetRow row, int year) => row.Origin.Due switch
    {
        null => lang.T("每年适用", "applies every year"),
        var due when due == year => lang.T($"{due}年目标", $"target for {due}"),
        var due => lang.T($"到{due}年目标，规划期各年按此考核", $"target for {due}, assessed in every year of the plan"),
    };

    public static string Kind(TargetKind kind, Lang lang) => kind switch
    {
        TargetKind.Official => lang.T("官方目标", "official target"),
        _ => lang.T("示例目标（非官方）", "example target (not official)"),
    };

    /// <summary>The kind's one-word tag for tight places (table headers).</summary>
    public static string KindTag(TargetKind kind, Lang lang) => kind switch
    {
        TargetKind.Official => lang.T("官方", "official"),
        _ => lang.T("示例", "example"),
    };

    public static string KindClass(TargetKind kind) => kind == TargetKind.Official ? "kind-official" : "kind-example";

    /// <summary>The kind as exports write it, the same in both languages so that files can be filtered on it.</summary>
    public static string KindCode(TargetKind kind) => kind.ToSql();

    public string Name(string? code) =>
        code is not null && indicators.TryGetValue(code, out var i) ? i.Name(lang.English) : code ?? "";

    // Mid-sentence in English: "≥ 70% of elderly care beds", not "of Elderly care beds".
    private string Lower(string name) => lang.English && name.Length > 0 ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    private string BaseName(string? code) =>
        code is not null && EconomicBases.TryParse(code, out var b) ? lang.T(b.NameZh(), b.NameEn()) : code ?? "";

    private static string BaseYearZh(int lag) => lag switch
    {
        0 => "当年",
        1 => "上年度",
        _ => lag.ToString(CultureInfo.InvariantCulture) + "年前",
    };

    private static string BaseYearEn(int lag) => lag switch
    {
        0 => " of the same year",
        1 => " of the year before",
        _ => $" of {lag.ToString(CultureInfo.InvariantCulture)} years before",
    };
}
