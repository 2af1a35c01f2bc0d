using Analytics.Warehouse.Targets;
using Analytics.Web.Charts;
using Analytics.Web.Pages;
using Analytics.Web.Scoring;

namespace Analytics.Web.Report;

/// <summary>
/// A district's annual report as a Word document, in the page's language: title, composite, rank and
/// coverage, the indicator table (value, target and its source, gap, status), the family sub-scores,
/// a paragraph per family written from the numbers, each assessed indicator's trend chart (300 DPI)
/// with its forecast's model and past accuracy, and the numbered sources of every number.
/// </summary>
public static class DistrictReport
{
    /// <summary>The .docx of a county for the context's year, or null when it is no county scored that year.</summary>
    public static byte[]? Build(ScorecardContext ctx, string code)
    {
        if (DistrictModel.Build(ctx, code) is not { } m)
        {
            return null;
        }

        var lang = ctx.Lang;
        var row = m.Row;
        var text = m.Text;
        var sources = new ReportSources(lang);
        var title = m.Frame.Title;
        using var doc = new WordDocument(title, lang.English ? "en-US" : "zh-CN");
        doc.Title(title);
        ReportParts.SyntheticNotice(doc, m.Frame.Synthetic, lang);
        ReportParts.Provenance(doc, ctx);
        doc.Paragraph(
            (lang.T("综合得分：", "Composite: "), true), (Format.Percent(row.Score.Composite, lang), false),
            (lang.T("　排名：", "   Rank: "), true), (row.Rank is { } r ? $"{r} / {m.RankedCount}" : lang.T("未排名", "unranked"), false),
            (lang.T("　指标覆盖率：", "   Coverage: "), true), (Format.Percent(row.Score.Coverage, lang), false),
            (lang.T("　较上年：", "   vs last year: "), true), ($"{Format.Points(row.Trend, lang)} · {Format.RankChange(row.RankChange)}", false));
        if (!row.Score.Rankable)
        {
            doc.Note(lang.T($"有数据的指标权重不足{Format.MinCoverage}，本年度不参与排名。", $"Less than {Format.MinCoverage} of the target weight has data: not ranked this year."));
        }

        if (m.UnreviewedNumbers > 0)
        {
            doc.Note(lang.T($"计分所用的 {m.ScoredNumbers} 个数值中，有 {m.UnreviewedNumbers} 个读自报告文字、尚未经工作人员核对。",
                $"{m.UnreviewedNumbers} of the {m.ScoredNumbers} numbers this score uses were read from report prose and not yet reviewed."));
        }

        doc.Heading1(lang.T("一、指标完成情况", "1. Indicators against their targets"));
        doc.Table(
            [lang.T("指标", "Indicator"), lang.T("数值", "Value"), lang.T("目标", "Target"), lang.T("目标来源", "Target source"), lang.T("差距", "Gap"), lang.T("状态", "Status")],
            m.Lines.Where(l => l.Score is not null).Select(l => (IReadOnlyList<string>)
            [
                l.Indicator.Name(lang.English),
                (l.Value?.Value is { } v ? Format.Number(v, lang) + " " + Units.Name(l.Indicator.Unit, lang) : Format.Missing(lang)) + " " + sources.Cite(l.Source, l.Value),
                l.Score is { } s ? text.Describe(s.Target) + (s.Measured is { } me && s.Target.Basis is not (TargetBasis.Absolute or TargetBasis.Percent) ? "\n" + lang.T("考核口径值 ", "on target basis ") + Format.Number(me, lang) : "") : "",
                l.Target is { } t ? TargetText.Kind(t.Kind, lang) + " " + sources.Cite(t) : "",
                l.Score?.Gap is { } g ? (g >= 0 ? "+" : "") + Format.Number(g, lang) : "",
                l.Score is { } st ? Format.Status(st.Status, lang) + (st.MissingReason is { } why ? "\n" + Format.MissingReason(why, lang) : "") : "",
            ]),
            [2.6, 2.2, 2.4, 1.6, 1.1, 1.2], numeric: new HashSet<int> { 1, 4 });

        doc.Heading1(lang.T("二、分项得分", "2. Family sub-scores"));
        ReportParts.FamilyTable(doc, row, lang);

        doc.Heading1(lang.T("三、分项情况说明", "3. Each family in words"));
        foreach (var family in Families.All.Where(f => row.Score.Indicators.Any(i => i.Target.Family == f)))
        {
            doc.Heading2(Families.Name(family, lang.English));
            doc.Paragraph(FamilyParagraph.Write(family, row, text, lang, ctx.Indicators));
        }

        doc.Heading1(lang.T("四、历年趋势与预测", "4. Trends and forecasts"));
        foreach (var line in m.Lines.Where(l => l.Score is not null))
        {
            if (m.With(line.Indicator) is not { History.Count: > 0 } chart)
            {
                continue;
            }

            doc.Heading2(line.Indicator.Name(lang.English));
            var plot = ChartJob.Trend(chart).Plot();
            var size = ReportCharts.Size(plot);
            doc.Image(ChartExport.Png(plot, ChartResolution.Print), size.Width, size.Height, lang.T($"{line.Indicator.NameZh}历年数值与预测", $"{line.Indicator.NameEn}: history and forecast"));
            if ((chart.Accuracy?.Model ?? chart.Forecast.FirstOrDefault()?.Model) is { } model)
            {
                doc.Paragraph((lang.T("预测模型：", "Forecast model: "), true), (ForecastText.Model(model, lang), false));
            }

            if (chart.Accuracy is { } accuracy)
            {
                doc.Paragraph((lang.T("以往预测的准确度：", "How good past forecasts were: "), true), (ForecastText.Accuracy(accuracy, lang), false));
            }

            if (chart.Past is { } past)
            {
                doc.Paragraph(ForecastText.Past(past, lang));
            }
        }

        ReportParts.Sources(doc, sources, lang, "五、数据来源", "5. Sources");
        return doc.ToArray();
    }
}
