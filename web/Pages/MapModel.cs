using Analytics.Warehouse.Regions;
using Analytics.Web.Charts;
using Analytics.Web.Data;
using Analytics.Web.Scoring;

namespace Analytics.Web.Pages;

/// <summary>
/// The map a page shows, from the same model as the page: the overview's composite score by
/// district (its city filter picks one city), or one indicator's target status by district. Every
/// district of the year's scoreboard is an area of the map, drawn or, where the boundary data
/// cannot show it, listed (<see cref="MapShapes.Match"/>).
/// </summary>
internal static class MapModel
{
    public static ProvinceMapData Composite(OverviewModel m)
    {
        var lang = m.Frame.Lang;
        var rows = m.Board.Districts.Where(d => m.City is null || d.Region.ParentCode == m.City).ToList();
        MapClass[] classes =
        [
            new("≥ 100%", ChartStyle.ScoreFills[0]),
            new("90%–100%", ChartStyle.ScoreFills[1]),
            new("80%–90%", ChartStyle.ScoreFills[2]),
            new("< 80%", ChartStyle.ScoreFills[3]),
            new(lang.T("未排名（数据不足）", "unranked (too little data)"), ChartStyle.MissingFill),
        ];
        var place = m.City is { } c ? lang.Region(m.Context.RegionsByCode[c]) : m.Context.ProvinceName;
        var text = new ChartText(
            lang.T($"{place} {m.Context.Year}年综合得分地图", $"{place}: composite score by district, {m.Context.Year}"),
            "", "",
            ChartJob.Note(lang, m.Frame.Synthetic, null),
            lang.Chart);
        return Build(m.Context, text, [.. rows.Select(r => (r.Region, r.City, ScoreClass(r.Score), r.Score.Composite is { } v ? v * 100 : (decimal?)null))],
            classes, lang.T("综合得分", "Composite score"), "%", m.Frame.Synthetic);
    }

    public static ProvinceMapData Status(IndicatorModel m)
    {
        var lang = m.Frame.Lang;
        var text = new ChartText(
            lang.T($"{m.Indicator.NameZh} {m.Context.Year}年各地考核状态", $"{m.Indicator.NameEn}: target status by district, {m.Context.Year}"),
            "", "",
            ChartJob.Note(lang, m.Frame.Synthetic, m.Target is null ? lang.T("本年度该指标无考核目标", "no target for this indicator this year") : null),
            lang.Chart);
        MapClass[] classes = m.Target is null
            ? [new(Format.NoTarget(lang), ChartStyle.NoTargetFill)]
            :
            [
                new(Format.StatusWord(TargetStatus.Met, lang), ChartStyle.MetFill),
                new(Format.StatusWord(TargetStatus.Near, lang), ChartStyle.NearFill),
                new(Format.StatusWord(TargetStatus.Missed, lang), ChartStyle.MissedFill),
                new(Format.StatusWord(TargetStatus.Missing, lang), ChartStyle.MissingFill),
            ];
        return Build(m.Context, text, [.. m.Lines.Select(l => (l.Region, l.City, m.Target is null ? 0 : StatusClass(l.Score), l.Measured))],
            classes, m.Indicator.Name(lang.English), m.MeasureUnit, m.Frame.Synthetic);
    }

    /// <summary>Bands of the composite as the pages show it, rounded to 0.1 point; an unranked district is the last class.</summary>
    internal static int ScoreClass(DistrictScore score)
    {
        if (!score.Rankable || score.Composite is not { } composite)
        {
            return 4;
        }

        var shown = Math.Round(composite * 100, 1);
        return shown >= 100 ? 0 : shown >= 90 ? 1 : shown >= 80 ? 2 : 3;
    }

    private static int StatusClass(IndicatorScore? score) => score?.Status switch
    {
        TargetStatus.Met => 0,
        TargetStatus.Near => 1,
        TargetStatus.Missed => 2,
        _ => 3,
    };

    private static ProvinceMapData Build(
        ScorecardContext ctx, ChartText text, IReadOnlyList<(RegionRow Region, RegionRow? City, int Class, decimal? Value)> rows,
        IReadOnlyList<MapClass> classes, string valueLabel, string unit, bool synthetic)
    {
        var lang = ctx.Lang;
        var divisions = rows.Select(r => new MapDivision(r.Region.Code, r.Region.NameZh, r.Region.ParentCode, lang.Region(r.Region))).ToList();
        var match = MapShapes.Default.Match(divisions, ctx.Year);
        // The data's shapes are named as the divisions they were, which the gazetteer keeps (下城区, 临安市): their names in the page's language.
        var named = ctx.Regions.Where(r => r.Level == RegionLevel.County && r.ProvinceCode == ctx.Province)
            .GroupBy(r => (r.ParentCode, r.NameZh)).ToDictionary(g => g.Key, g => g.OrderBy(r => r.ValidUntil is null).Last());
        string ShapeLabel(BoundaryFeature f) => named.TryGetValue((f.City, f.Name), out var region) ? lang.Region(region) : f.Name;
        var areas = rows.Select((r, i) => new MapArea(
            match.Divisions[i], r.City is null ? null : lang.Region(r.City), r.Class, r.Value, [.. match.Divisions[i].Features.Select(ShapeLabel)])).ToList();
        return new ProvinceMapData(text, areas, match.Former, classes, valueLabel, unit, synthetic);
    }
}
