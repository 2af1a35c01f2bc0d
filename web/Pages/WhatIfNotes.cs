using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Models.WhatIf;
using Analytics.Web.Data;

namespace Analytics.Web.Pages;

/// <summary>
/// The what-if baseline's notes (written by models/WhatIf/BaselineQuery.cs with indicator codes and
/// basis codes, in both languages) rewritten with the indicators' names and readable bases in one language.
/// A note of an unknown shape is shown as written.
/// </summary>
public static partial class WhatIfNotes
{
    public static string Readable(string note, IReadOnlyDictionary<string, IndicatorInfo> indicators, Lang lang)
    {
        string Name(string code) =>
            indicators.TryGetValue(code, out var i) ? lang.T(i.NameZh, i.NameEn)
            : WhatIfMeasure.All.FirstOrDefault(m => m.Code == code) is { } m ? lang.T(m.NameZh, m.NameEn)
            : code;
        string Unit(string code) => indicators.TryGetValue(code, out var i) ? i.Unit : "";

        if (Sum().Match(note) is { Success: true } sum)
        {
            var n = sum.Groups["n"].Value;
            return lang.T($"{Name(sum.Groups["code"].Value)}：{n}个县级单位合计", $"{Name(sum.Groups["code"].Value)}: sum of {n} counties");
        }

        if (Weighted().Match(note) is { Success: true } weighted)
        {
            var n = weighted.Groups["n"].Value;
            return lang.T(
                $"{Name(weighted.Groups["code"].Value)}：{n}个县级单位按低保人数加权平均",
                $"{Name(weighted.Groups["code"].Value)}: recipient-weighted mean of {n} counties");
        }

        if (Target().Match(note) is { Success: true } target)
        {
            var code = target.Groups["code"].Value;
            var threshold = decimal.TryParse(target.Groups["t"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var t)
                ? Format.Number(t, lang)
                : target.Groups["t"].Value;
            var basis = Units.OnBasis(Unit(code), target.Groups["basis"].Value, lang);
            var year = target.Groups["year"].Value;
            return lang.T($"{Name(code)}目标：{threshold} {basis}（{year}年）", $"{Name(code)} target: {threshold} {basis} ({year})");
        }

        return note;
    }

    [GeneratedRegex(@"^(?<code>[a-z0-9_]+): (?<n>\d+) 个县级单位合计")]
    private static partial Regex Sum();

    [GeneratedRegex(@"^(?<code>[a-z0-9_]+): (?<n>\d+) 个县级单位按低保人数加权平均")]
    private static partial Regex Weighted();

    [GeneratedRegex(@"^(?<code>[a-z0-9_]+) 目标 target (?<t>\S+) (?<basis>[a-z0-9_]+) \((?<year>\d+)\)")]
    private static partial Regex Target();
}
