using System.Globalization;
using Analytics.Web.Charts;
using Analytics.Web.Pages;
using Analytics.Web.Scoring;

namespace Analytics.Web.Report;

/// <summary>
/// A province's annual report as a Word document: the ranking (chart at 300 DPI and table), each
/// family's mean sub-score, each target with how many districts met, neared or missed it and a
/// paragraph per family from those counts, the districts not ranked, and the targets' sources.
/// </summary>
public static class ProvinceReport
{
    public static byte[] Build(ScorecardContext ctx)
    {
        var m = OverviewModel.Build(ctx);
        var lang = ctx.Lang;
        var board = m.Board;
        var text = new TargetText(ctx.Indicators, lang);
        var sources = new ReportSources(lang);
        var title = lang.T($"{ctx.ProvinceName}民政工作考核报告（{ctx.Year}年）", $"{ctx.ProvinceName}: civil-affairs assessment {ctx.Year}");
        using var doc = new WordDocument(title, lang.English ? "en-US" : "zh-CN");
        doc.Title(title);
        ReportParts.SyntheticNotice(doc, m.Frame.Synthetic, lang);
        ReportParts.Provenance(doc, ctx);
        var ranked = m.Rows.Where(r => r.Rank is not null).OrderBy(r => r.Rank).ToList();
        var composites = ranked.Select(r => r.Score.Composite!.Value).ToList(); // ranked rows have a composite
        doc.Paragraph(lang.T(
            $"全省 {board.Districts.Count} 个县（市、区）中，{ranked.Count} 个参与排名，{m.Rows.Count - ranked.Count} 个有数据但覆盖率不足{Format.MinCoverage}，{m.WithoutData.Count} 个本年度无数据。"
                + (composites.Count > 0 ? $"参与排名地区综合得分平均 {Format.Percent(composites.Average(), lang)}，最高 {Format.Percent(composites.Max(), lang)}（{lang.Region(ranked[0].Region)}），最低 {Format.Percent(composites.Min(), lang)}（{lang.Region(ranked[^1].Region)}）。" : ""),
            $"Of the province's {board.Districts.Count} districts, {ranked.Count} are ranked, {m.Rows.Count - ranked.Count} have data under {Format.MinCoverage} of the target weight and {m.WithoutData.Count} have none this year."
                + (composites.Count > 0 ? $" The ranked districts' composite averages {Format.Percent(composites.Average(), lang)}, from {Format.Percent(composites.Max(), lang)} ({lang.Region(ranked[0].Region)}) down to {Format.Percent(composites.Min(), lang)} ({lang.Region(ranked[^1].Region)})." : "")));

        doc.Heading1(lang.T("一、综合得分排名", "1. Composite ranking"));
        var plot = ChartJob.Ranking(m).Plot();
        var size = ReportCharts.Size(plot);
        doc.Image(ChartExport.Png(plot, ChartResolution.Print), size.Width, size.Height, lang.T("各县（市、区）综合得分排名", "Composite score by district"));
        doc.Table(
            [lang.T("排名", "Rank"), lang.T("县（市、区）", "District"), lang.T("设区市", "City"), lang.T("综合得分", "Composite"), lang.T("指标覆盖率", "Coverage"), lang.T("较上年", "vs last year")],
            m.Rows.OrderBy(r => r.Rank ?? int.MaxValue).Select(r => (IReadOnlyList<string>)
            [
                r.Rank?.ToString(CultureInfo.InvariantCulture) ?? lang.T("未排名", "unranked"), lang.Region(r.Region), r.City is null ? "" : lang.Region(r.City),
                Format.Percent(r.Score.Composite, lang), Format.Percent(r.Score.Coverage, lang), $"{Format.Points(r.Trend, lang)} · {Format.RankChange(r.RankChange)}",
            ]),
            [1, 2.4, 2, 1.5, 1.5, 1.8], numeric: new HashSet<int> { 0, 3, 4 });
        if (m.WithoutData.Count > 0)
        {
            doc.Note(lang.T("本年度无数据：", "No data this year: ") + string.Join(lang.T("、", ", "), m.WithoutData.Select(lang.Region)));
        }

        doc.Heading1(lang.T("二、各类别情况", "2. Families"));
        doc.Table(
            [lang.T("指标类别", "Family"), lang.T("平均分项得分", "Mean sub-score"), lang.T("有得分的地区", "Districts scored")],
            Families.All.Where(board.Assesses).Select(f =>
            {
                var scores = m.Rows.Select(r => r.Score.Families.GetValueOrDefault(f)).OfType<decimal>().ToList();
                return (IReadOnlyList<string>)[Families.Name(f, lang.English), scores.Count > 0 ? Format.Percent(scores.Average(), lang) : Format.Missing(lang), scores.Count.ToString(CultureInfo.InvariantCulture)];
            }),
            [3, 2, 2], numeric: new HashSet<int> { 1, 2 });
        foreach (var family in Families.All.Where(board.Assesses))
        {
            doc.Heading2(Families.Name(family, lang.English));
            var targets = board.Targets.Where(t => t.Target.Family == family).ToList();
            var counts = targets.Select(t => (Target: t, Scores: m.Rows.Select(r => r.Score.Indicators.FirstOrDefault(i => i.Target.Indicator == t.Target.Indicator)).OfType<IndicatorScore>().ToList())).ToList();
            doc.Paragraph(string.Join(lang.T("", " "), counts.Select(c => Sentence(text.Name(c.Target.Target.Indicator), text.Describe(c.Target.Target), c.Scores, lang))));
            doc.Table(
                [lang.T("指标", "Indicator"), lang.T("目标", "Target"), lang.T("目标来源", "Target source"), lang.T("达标", "Met"), lang.T("接近", "Near"), lang.T("未达标", "Missed"), lang.T("缺数据", "No data")],
                counts.Select(c => (IReadOnlyList<string>)
                [
                    text.Name(c.Target.Target.Indicator), text.Describe(c.Target.Target), TargetText.Kind(c.Target.Kind, lang) + " " + sources.Cite(c.Target),
                    .. new[] { TargetStatus.Met, TargetStatus.Near, TargetStatus.Missed, TargetStatus.Missing }.Select(s => c.Scores.Count(x => x.Status == s).ToString(CultureInfo.InvariantCulture)),
                ]),
                [2.6, 2.4, 1.8, 0.8, 0.8, 0.9, 0.9], numeric: new HashSet<int> { 3, 4, 5, 6 });
        }

        ReportParts.Sources(doc, sources, lang, "三、目标来源", "3. Sources of the targets");
        doc.Note(lang.T("各县（市、区）数值的来源（报告原句、统计表行、核对情况）见各县报告。", "Where each district's numbers come from (report sentence, table row, review) is in that district's report."));
        return doc.ToArray();
    }

    private static string Sentence(string name, string target, List<IndicatorScore> scores, Lang lang)
    {
        int Count(TargetStatus s) => scores.Count(x => x.Status == s);
        return lang.T(
            $"{name}（目标 {target}）：{Count(TargetStatus.Met)} 个地区达标，{Count(TargetStatus.Near)} 个接近，{Count(TargetStatus.Missed)} 个未达标，{Count(TargetStatus.Missing)} 个缺数据。",
            $"{name} (target {target}): met in {Count(TargetStatus.Met)} districts, near in {Count(TargetStatus.Near)}, missed in {Count(TargetStatus.Missed)}, no data in {Count(TargetStatus.Missing)}.");
    }
}
