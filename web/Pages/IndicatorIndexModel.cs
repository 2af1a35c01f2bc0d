using Analytics.Web.Data;

namespace Analytics.Web.Pages;

/// <summary>
/// The indicator index: every indicator of the catalog by family, with the province's target for the
/// year where there is one. Targets come through the snapshot memo, like every other page's.
/// </summary>
public sealed record IndicatorIndexModel(
    PageFrame Frame, IReadOnlyList<IndicatorInfo> Indicators, IReadOnlyList<TargetRow> Targets, string Province, int Year,
    IReadOnlyDictionary<string, IndicatorInfo> IndicatorsByCode)
{
    public static IndicatorIndexModel Build(ScorecardContext ctx)
    {
        var targets = ctx.Targets(ctx.Province, ctx.Year);
        var frame = ctx.Frame(ctx.Lang.T($"考核指标 {ctx.Year}年", $"Indicators {ctx.Year}"), targets.Any(t => t.Synthetic), "indicator");
        var indicators = ctx.Indicators.Values
            .OrderBy(i => i.Family, StringComparer.Ordinal).ThenBy(i => i.Code, StringComparer.Ordinal)
            .ToList();
        return new IndicatorIndexModel(frame, indicators, targets, ctx.Province, ctx.Year, ctx.Indicators);
    }
}
