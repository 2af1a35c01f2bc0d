using System.Globalization;

namespace Analytics.Models.WhatIf;

/// <summary>
/// One output: its base-year value, the reference scenario's and the planner's scenario's values
/// in the target year, and the change split among the drivers (contributions sum to the change).
/// </summary>
public sealed record WhatIfOutput(
    WhatIfMeasure Measure, double BaseYear, double Reference, double Scenario, IReadOnlyList<DriverContribution> Contributions)
{
    public double Change => Scenario - Reference;

    /// <summary>The driver with the largest absolute contribution, or null when nothing moved.</summary>
    public DriverContribution? MainDriver =>
        Contributions.Where(c => Math.Abs(c.Contribution) > 1e-9 * Math.Max(1, Math.Abs(Reference)))
            .OrderByDescending(c => Math.Abs(c.Contribution)).FirstOrDefault();

    /// <summary>E.g. "低保人数 +1,234：低保标准增长 +1,000，参保率 +234".</summary>
    public string ExplainZh() => Explain(Measure.NameZh, c => c.NameZh, "：", "，", "无驱动因素变化");

    /// <summary>E.g. "Dibao recipients +1,234: dibao standard growth +1,000, take-up rate +234".</summary>
    public string ExplainEn() => Explain(Measure.NameEn, c => c.NameEn, ": ", ", ", "no driver moved it");

    private string Explain(string name, Func<DriverContribution, string> driverName, string colon, string comma, string none)
    {
        var moved = Contributions
            .Where(c => Math.Abs(c.Contribution) > 1e-9 * Math.Max(1, Math.Abs(Reference)))
            .OrderByDescending(c => Math.Abs(c.Contribution))
            .Select(c => driverName(c) + " " + Signed(c.Contribution))
            .ToList();
        return name + " " + Signed(Change) + colon + (moved.Count == 0 ? none : string.Join(comma, moved));
    }

    private static string Signed(double v) => v.ToString("+#,##0.##;-#,##0.##;0", CultureInfo.InvariantCulture);
}
