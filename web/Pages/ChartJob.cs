using System.Globalization;
using Analytics.Web.Charts;
using Analytics.Web.Data;
using Analytics.Web.Scoring;
using ScottPlot;

namespace Analytics.Web.Pages;

/// <summary>
/// One chart a page shows, built from the same model as the page: the plot (for PNG and SVG) and
/// the CSV of the data behind it. Kinds: <c>ranking</c> (composite), <c>indicator-ranking</c>,
/// <c>distribution</c>, <c>trend</c>, <c>whatif</c>, <c>map</c> (composite by district) and
/// <c>indicator-map</c> (target status by district); parameters as on the page the chart sits on
/// (a region or indicator it cannot find is a <see cref="Serving.BadParameterException"/>).
/// <paramref name="Codes"/> are the checked codes that pick the chart, for its file name.
/// </summary>
public sealed record ChartJob(string Name, IReadOnlyList<string> Codes, Func<Plot> Plot, Func<byte[]> Csv)
{
    public static ChartJob? For(string kind, ScorecardContext ctx) => kind switch
    {
        "ranking" => Ranking(OverviewModel.Build(ctx)),
        "indicator-ranking" => IndicatorRanking(IndicatorModel.Require(ctx, "indicator")),
        "distribution" => Distribution(IndicatorModel.Require(ctx, "indicator")),
        "trend" => Trend(DistrictModel.Require(ctx, "region", IndicatorModel.Require(ctx, "indicator").Indicator.Code)),
        "whatif" => WhatIfPageModel.Build(ctx) is { Result: not null } m ? WhatIf(m) : null,
        "map" => Map(OverviewModel.Build(ctx)),
        "indicator-map" => IndicatorMap(IndicatorModel.Require(ctx, "indicator")),
        _ => null,
    };

    private static ChartJob Map(OverviewModel m)
    {
        var data = MapModel.Composite(m);
        return new ChartJob("map", m.City is { } city ? [city, .. Where(m.Context)] : Where(m.Context), () => ReportCharts.Map(data), () => ChartExport.Csv(data));
    }

    private static ChartJob IndicatorMap(IndicatorModel m)
    {
        var data = MapModel.Status(m);
        return new ChartJob("indicator-map", [m.Indicator.Code, .. Where(m.Context)], () => ReportCharts.Map(data), () => ChartExport.Csv(data));
    }

    internal static ChartJob Ranking(OverviewModel m)
    {
        var lang = m.Frame.Lang;
        var ranked = m.Rows.Where(r => r.Rank is not null).OrderBy(r => r.Rank).ToList();
        var unranked = m.Rows.Count - ranked.Count + m.WithoutData.Count;
        var data = new RankingChartData(
            new ChartText(
                lang.T($"{m.Context.ProvinceName}{(m.City is { } c ? lang.Region(m.Context.RegionsByCode[c]) : "")} {m.Context.Year}年综合得分排名", $"{(m.City is { } c2 ? lang.Region(m.Context.RegionsByCode[c2]) : m.Context.ProvinceName)}: composite score {m.Context.Year}"),
                lang.T("县（市、区）", "District"),
                lang.T("综合得分", "Composite score"),
                Note(lang, m.Frame.Synthetic, unranked > 0 ? lang.T($"另有 {unranked} 个地区未排名（有数据指标权重不足{Format.MinCoverage}或无数据）", $"{unranked} more districts not ranked (under {Format.MinCoverage} of the target weight has data)") : null),
                lang.Chart),
            "%",
            [.. ranked.Zip(BarLabels([.. ranked.Select(r => (r.Region, r.City))], lang), (r, label) => new RankedBar(label, r.Score.Composite * 100))],
            100m);
        return new ChartJob("ranking", m.City is { } city ? [city, .. Where(m.Context)] : Where(m.Context), () => ReportCharts.Ranking(data), () => ChartExport.Csv(data));
    }

    private static ChartJob IndicatorRanking(IndicatorModel m)
    {
        var lang = m.Frame.Lang;
        var lowerIsBetter = m.Target?.Target.Comparator == Analytics.Warehouse.Targets.TargetComparator.AtMost;
        var data = new RankingChartData(
            new ChartText(
                lang.T($"{m.Indicator.NameZh} {m.Context.Year}年各地比较", $"{m.Indicator.NameEn}: districts, {m.Context.Year}"),
                lang.T("县（市、区）", "District"),
                m.Indicator.Name(lang.English),
                Note(lang, m.Frame.Synthetic, null),
                lang.Chart),
            m.MeasureUnit,
            [.. m.Lines.Zip(BarLabels([.. m.Lines.Select(l => (l.Region, l.City))], lang), (l, label) => new RankedBar(label, l.Measured))],
            m.Target?.Target.Threshold,
            m.Target is { } t ? TargetText.Kind(t.Kind, lang) : null);
        return new ChartJob("indicator-ranking", [m.Indicator.Code, .. Where(m.Context)], () => ReportCharts.Ranking(data, descending: !lowerIsBetter), () => ChartExport.Csv(data, descending: !lowerIsBetter));
    }

    private static ChartJob Distribution(IndicatorModel m)
    {
        var lang = m.Frame.Lang;
        var values = m.Lines.Where(l => l.Measured is not null).Select(l => l.Measured!.Value).ToList(); // filtered
        var missing = m.Lines.Count - values.Count;
        var data = new DistributionChartData(
            new ChartText(
                lang.T($"{m.Indicator.NameZh} {m.Context.Year}年各地分布", $"{m.Indicator.NameEn}: distribution across districts, {m.Context.Year}"),
                m.Indicator.Name(lang.English),
                lang.T("地区数", "Districts"),
                Note(lang, m.Frame.Synthetic, missing > 0 ? lang.T($"{missing} 个地区无数据，未计入", $"{missing} districts without data left out") : null),
                lang.Chart),
            m.MeasureUnit,
            values,
            m.Target?.Target.Threshold,
            m.Target is { } t ? TargetText.Kind(t.Kind, lang) : null);
        return new ChartJob("distribution", [m.Indicator.Code, .. Where(m.Context)], () => ReportCharts.Distribution(data), () => ChartExport.Csv(data));
    }

    internal static ChartJob Trend(DistrictModel m)
    {
        var lang = m.Frame.Lang;
        var indicator = m.Chosen!; // For() only builds a trend for a chosen indicator
        var level = m.Forecast.Count > 0 ? m.Forecast[0].Level : 0.8;
        var data = new TrendChartData(
            new ChartText(
                lang.T($"{m.Row.Region.NameZh} {indicator.NameZh}", $"{lang.Region(m.Row.Region)}: {indicator.NameEn}"),
                lang.T("年度", "Year"),
                indicator.Name(lang.English),
                Note(lang, m.History.Any(h => h.Synthetic) || m.Forecast.Any(f => f.Synthetic), m.Forecast.Count > 0 ? lang.T($"预测模型：{m.Forecast[0].Model}", $"forecast model: {m.Forecast[0].Model}") : null),
                lang.Chart),
            Units.Name(indicator.Unit, lang),
            [.. m.History.Select(h => new YearValue(h.Year, h.Value, h.Synthetic))],
            [.. m.Forecast.Select(f => new ForecastPoint(f.Year, f.Value, f.Lower, f.Upper))],
            m.ChosenTarget,
            level,
            m.Lines.FirstOrDefault(l => l.Indicator == indicator)?.Target is { } t ? TargetText.Kind(t.Kind, lang) : null,
            m.Past is { } p ? new PastForecast(p.Origin, (decimal)p.Forecast, (decimal?)p.Lower, (decimal?)p.Upper) : null);
        return new ChartJob("trend", [m.Row.Region.Code, indicator.Code, .. Where(m.Context)], () => ReportCharts.Trend(data), () => ChartExport.Csv(data));
    }

    private static ChartJob WhatIf(WhatIfPageModel m)
    {
        var data = m.Chart();
        return new ChartJob("whatif", [m.Region, .. Where(m.Context)], () => ReportCharts.WhatIf(data), () => ChartExport.Csv(data));
    }

    /// <summary>
    /// Bar labels: the region's name, and its city too where two bars would read the same (Nanjing's
    /// and Xuzhou's 鼓楼区): "南京市鼓楼区", "Gulou District, Nanjing". The tables show the city beside.
    /// </summary>
    internal static IReadOnlyList<string> BarLabels(IReadOnlyList<(RegionRow Region, RegionRow? City)> rows, Lang lang)
    {
        var names = rows.Select(r => lang.Region(r.Region)).ToList();
        var repeated = names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return [.. rows.Select((r, i) => repeated.Contains(names[i]) && r.City is { } city
            ? lang.T(city.NameZh + r.Region.NameZh, $"{names[i]}, {lang.Region(city)}")
            : names[i])];
    }

    /// <summary>The chart's note, led by "合成数据" / "Synthetic data" whenever the data behind it is synthetic.</summary>
    internal static string? Note(Lang lang, bool synthetic, string? note)
    {
        var label = Labels.For(lang.Chart).Synthetic;
        return synthetic ? (note is null ? label : label + " · " + note) : note;
    }

    /// <summary>A file name for downloads: kind, then the checked codes that pick the chart, e.g. trend-330102-elderly_beds-330000-2023.png.</summary>
    public string FileName(string extension) => string.Join("-", [Name, .. Codes]) + "." + extension;

    private static string[] Where(ScorecardContext ctx) => [ctx.Province, ctx.Year.ToString(CultureInfo.InvariantCulture)];
}
