using System.Globalization;
using Analytics.Warehouse.Targets;
using Analytics.Web.Scoring;

namespace Analytics.Web.Pages;

/// <summary>Numbers as pages show them: grouped, at most two decimals; scores as percentages; missing as a word, never 0.</summary>
public static class Format
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string Number(decimal? value, Lang lang) =>
        value is { } v ? v.ToString(Math.Abs(v) >= 100 ? "#,0.#" : "#,0.##", Culture) : Missing(lang);

    /// <summary>Counts (persons, households, beds) as whole numbers; other quantities at most two decimals.</summary>
    public static decimal Rounded(decimal value, string unit) =>
        Math.Round(value, IsCount(unit) ? 0 : 2, MidpointRounding.AwayFromZero);

    /// <summary>A what-if quantity as the page shows it: <see cref="Rounded"/>, grouped.</summary>
    public static string Quantity(decimal value, string unit, Lang lang) => Number(Rounded(value, unit), lang);

    private static bool IsCount(string unit) => unit is "persons" or "households" or "beds";

    public static string Percent(decimal? share, Lang lang) =>
        share is { } s ? (s * 100).ToString("0.0", Culture) + "%" : Missing(lang);

    /// <summary>The coverage rule as every text states it: <see cref="Scorer.MinCoverage"/> as a whole percentage ("60%").</summary>
    public static readonly string MinCoverage = (Scorer.MinCoverage * 100).ToString("0", Culture) + "%";

    /// <summary>A change in score points (percentage points), signed.</summary>
    public static string Points(decimal? delta, Lang lang) =>
        delta is { } d ? (d * 100).ToString("+0.0;−0.0;0.0", Culture) : "—";

    public static string RankChange(int? change) =>
        change switch { null => "—", > 0 => "▲" + change.Value.ToString(Culture), < 0 => "▼" + (-change.Value).ToString(Culture), _ => "＝" };

    public static string Missing(Lang lang) => lang.T("缺失", "missing");

    /// <summary>A family with no targets this year: nothing assessed, which is not missing data.</summary>
    public static string NoTarget(Lang lang) => lang.T("无考核目标", "no target");

    public static string Comparator(TargetComparator comparator) => comparator switch
    {
        TargetComparator.AtLeast => "≥",
        TargetComparator.AtMost => "≤",
        TargetComparator.Range => "∈",
        _ => "=",
    };

    public static string StatusClass(TargetStatus status) => "s-" + status.Code();

    public static string Status(TargetStatus status, Lang lang) => status switch
    {
        TargetStatus.Met => "✓ ",
        TargetStatus.Near => "≈ ",
        TargetStatus.Missed => "✗ ",
        _ => "— ",
    } + StatusWord(status, lang);

    /// <summary>The status in words alone, for charts: the CJK chart font has no ✗.</summary>
    public static string StatusWord(TargetStatus status, Lang lang) => status switch
    {
        TargetStatus.Met => lang.T("达标", "met"),
        TargetStatus.Near => lang.T("接近", "near"),
        TargetStatus.Missed => lang.T("未达标", "missed"),
        _ => lang.T("缺失", "missing"),
    };

    public static string MissingReason(MissingReason reason, Lang lang) => reason switch
    {
        Scoring.MissingReason.NoResidents => lang.T("缺常住人口", "no resident population"),
        Scoring.MissingReason.NoAgedResidents => lang.T("缺60岁以上人口", "no population aged 60+"),
        Scoring.MissingReason.NoValue => lang.T("无数据", "no value"),
        Scoring.MissingReason.NoOfValue => lang.T("缺比较指标的数值", "no value of the indicator it is relative to"),
        Scoring.MissingReason.ZeroOfValue => lang.T("比较指标为零", "the indicator it is relative to is zero"),
        Scoring.MissingReason.NoBase => lang.T("缺经济基数，不可考核", "no economic base: not assessable"),
        _ => "",
    };

    public static string Year(int year) => year.ToString(Culture);
}
