using Analytics.Web.Pages;
using Analytics.Web.Scoring;

namespace Analytics.Web.Report;

/// <summary>
/// A family's paragraph, written from the numbers: how many targets are met, near and missed (and
/// which), the sub-score against last year's, and how each assessed value moved since last year.
/// </summary>
internal static class FamilyParagraph
{
    public static string Write(string family, DistrictRow row, TargetText text, Lang lang, IReadOnlyDictionary<string, Data.IndicatorInfo> indicators)
    {
        var scores = row.Score.Indicators.Where(i => i.Target.Family == family).ToList();
        var name = Families.Name(family, lang.English);
        if (scores.Count == 0)
        {
            return lang.T($"{name}本年度无考核目标。", $"{name}: no targets this year.");
        }

        string Names(TargetStatus status) => string.Join(lang.T("、", ", "), scores.Where(s => s.Status == status).Select(s => text.Name(s.Target.Indicator)));
        int Count(TargetStatus status) => scores.Count(s => s.Status == status);
        var parts = new List<string>
        {
            lang.T($"{name}共 {scores.Count} 项考核指标：", $"{name}: {scores.Count} assessed indicator{(scores.Count == 1 ? "" : "s")}: ")
            + string.Join(lang.T("；", "; "), new[]
            {
                Count(TargetStatus.Met) > 0 ? lang.T($"{Count(TargetStatus.Met)} 项达标（{Names(TargetStatus.Met)}）", $"{Count(TargetStatus.Met)} met ({Names(TargetStatus.Met)})") : null,
                Count(TargetStatus.Near) > 0 ? lang.T($"{Count(TargetStatus.Near)} 项接近目标（{Names(TargetStatus.Near)}）", $"{Count(TargetStatus.Near)} near the target ({Names(TargetStatus.Near)})") : null,
                Count(TargetStatus.Missed) > 0 ? lang.T($"{Count(TargetStatus.Missed)} 项未达标（{Names(TargetStatus.Missed)}）", $"{Count(TargetStatus.Missed)} missed ({Names(TargetStatus.Missed)})") : null,
                Count(TargetStatus.Missing) > 0 ? lang.T($"{Count(TargetStatus.Missing)} 项缺数据（{Names(TargetStatus.Missing)}）", $"{Count(TargetStatus.Missing)} without data ({Names(TargetStatus.Missing)})") : null,
            }.Where(p => p is not null)) + lang.T("。", "."),
        };

        var now = row.Score.Families.GetValueOrDefault(family);
        var before = row.Previous?.Families.GetValueOrDefault(family);
        if (now is { } n)
        {
            parts.Add(before is { } b
                ? lang.T($"分项得分 {Format.Percent(n, lang)}，上年 {Format.Percent(b, lang)}（{Format.Points(n - b, lang)} 分）。",
                    $"Sub-score {Format.Percent(n, lang)}, against {Format.Percent(b, lang)} last year ({Format.Points(n - b, lang)} points).")
                : lang.T($"分项得分 {Format.Percent(n, lang)}，上年无可比得分。", $"Sub-score {Format.Percent(n, lang)}; no comparable score last year."));
        }

        var changes = scores
            .Select(s => (Score: s, Before: row.Previous?.Indicators.FirstOrDefault(p => p.Target.Indicator == s.Target.Indicator)?.Value))
            .Where(x => x.Score.Value is not null && x.Before is not null)
            .Select(x => Change(text.Name(x.Score.Target.Indicator), x.Before!.Value, x.Score.Value!.Value, Unit(x.Score, indicators, lang), lang)) // both filtered just above
            .ToList();
        if (changes.Count > 0)
        {
            parts.Add(lang.T("与上年相比：", "Since last year: ") + string.Join(lang.T("；", "; "), changes) + lang.T("。", "."));
        }

        return string.Concat(parts.Select((p, i) => i == 0 || lang.English is false ? p : " " + p));
    }

    private static string Change(string name, decimal before, decimal now, string unit, Lang lang)
    {
        var verb = now > before ? lang.T("增至", "up to") : now < before ? lang.T("降至", "down to") : lang.T("持平于", "unchanged at");
        var pct = before != 0 && now != before ? ((now - before) / Math.Abs(before)).ToString("+0.0%;−0.0%", System.Globalization.CultureInfo.InvariantCulture) : null;
        return lang.T($"{name}由 {Format.Number(before, lang)} {verb} {Format.Number(now, lang)}{unit}{(pct is null ? "" : $"（{pct}）")}",
            $"{name} {verb} {Format.Number(now, lang)}{unit} from {Format.Number(before, lang)}{(pct is null ? "" : $" ({pct})")}");
    }

    private static string Unit(IndicatorScore s, IReadOnlyDictionary<string, Data.IndicatorInfo> indicators, Lang lang) =>
        indicators.TryGetValue(s.Target.Indicator, out var i) ? " " + Units.Name(i.Unit, lang) : "";
}
