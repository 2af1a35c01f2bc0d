using System.Globalization;
using Analytics.Models.WhatIf;

namespace Analytics.Web.Pages;

/// <summary>
/// An output's change and its drivers' shares in one language, e.g. "低保人数 +1,234：低保标准增长 +1,000，参保率 +234",
/// with counts as whole numbers (<see cref="Format.Rounded"/>); the model's own text keeps every decimal.
/// </summary>
public static class WhatIfExplanation
{
    public static string Text(WhatIfOutput output, Lang lang)
    {
        var unit = output.Measure.Unit;
        string Signed(double v) => Format.Rounded((decimal)v, unit).ToString("+#,##0.##;-#,##0.##;0", CultureInfo.InvariantCulture);

        var moved = output.Contributions
            .Where(c => Math.Abs(c.Contribution) > 1e-9 * Math.Max(1, Math.Abs(output.Reference)))
            .OrderByDescending(c => Math.Abs(c.Contribution))
            .Select(c => lang.T(c.NameZh, c.NameEn) + " " + Signed(c.Contribution))
            .ToList();
        var head = lang.T(output.Measure.NameZh, output.Measure.NameEn) + " " + Signed(output.Change) + lang.T("：", ": ");
        return head + (moved.Count == 0 ? lang.T("无驱动因素变化", "no driver moved it") : string.Join(lang.T("，", ", "), moved));
    }
}
