using System.Globalization;
using Analytics.Warehouse.Reviews;
using Analytics.Warehouse.Targets;
using Analytics.Web.Data;
using Analytics.Web.Export;
using Analytics.Web.Scoring;
using Analytics.Web.Serving;

namespace Analytics.Web.Pages;

/// <summary>One district on one indicator: its value (and, from prose, its review), the value on the target basis, status and rank.</summary>
public sealed record IndicatorLine(RegionRow Region, RegionRow? City, decimal? Value, decimal? Measured, IndicatorScore? Score, int? Rank, bool Synthetic, ValueReview? Review = null);

/// <summary>
/// All districts of the province ranked on one indicator (on the target's basis when it has a
/// target, in the target's direction; missing last and unranked), and the values for the histogram.
/// </summary>
public sealed record IndicatorModel(PageFrame Frame, ScorecardContext Context, IndicatorInfo Indicator, TargetRow? Target, IReadOnlyList<IndicatorLine> Lines)
{
    /// <summary>The indicator a download names in <paramref name="parameter"/>; missing or unknown is a bad parameter.</summary>
    public static IndicatorModel Require(ScorecardContext ctx, string parameter)
    {
        var code = ctx.Request.Query[parameter].ToString();
        return Build(ctx, code) ?? throw BadParameterException.NotOneOf(parameter, code.Length == 0 ? null : code, [.. ctx.Indicators.Keys.Order(StringComparer.Ordinal)]);
    }

    public static IndicatorModel? Build(ScorecardContext ctx, string code)
    {
        if (!ctx.Indicators.TryGetValue(code, out var indicator))
        {
            return null;
        }

        var board = ctx.Scoreboard(ctx.Province, ctx.Year);
        var target = board.Targets.FirstOrDefault(t => t.Target.Indicator == code);
        var lines = board.Districts.Select(d =>
        {
            var value = board.Values.GetValueOrDefault((d.Region.Code, code));
            var score = d.Score.Indicators.FirstOrDefault(i => i.Target.Indicator == code);
            var measured = score is null ? value?.Value : score.Measured;
            return new IndicatorLine(d.Region, d.City, value?.Value, measured, score, null, value?.Synthetic ?? false, value?.Review);
        }).ToList();

        var lowerIsBetter = target?.Target.Comparator == TargetComparator.AtMost;
        var ranked = lines.Where(l => l.Measured is not null)
            .OrderBy(l => lowerIsBetter ? l.Measured : -l.Measured)
            .ToList();
        var result = new List<IndicatorLine>();
        for (var i = 0; i < ranked.Count; i++)
        {
            var rank = i > 0 && ranked[i].Measured == ranked[i - 1].Measured ? result[i - 1].Rank : i + 1;
            result.Add(ranked[i] with { Rank = rank });
        }

        result.AddRange(lines.Where(l => l.Measured is null).OrderBy(l => l.Region.Code, StringComparer.Ordinal));
        var lang = ctx.Lang;
        var synthetic = result.Any(l => l.Synthetic) || (target?.Synthetic ?? false)
            || (target?.Target.Basis.IsPerCapita() == true && ScoreInputs.PopulationSynthetic(ctx.Session.Connection, ctx.Province, ctx.Ct))
            || (target?.Target.Basis == TargetBasis.BaseShare && ScoreInputs.BasesSynthetic(ctx.Session.Connection, ctx.Province, ctx.Ct));
        var frame = ctx.Frame(lang.T($"{indicator.NameZh}：各地比较 {ctx.Year}年", $"{indicator.NameEn}: districts compared, {ctx.Year}"), synthetic, "indicator");
        return new IndicatorModel(frame, ctx, indicator, target, result);
    }

    /// <summary>How the page and exports write the target.</summary>
    public TargetText Text => new(Context.Indicators, Frame.Lang);

    /// <summary>The unit the ranking is in: the target's basis when there is a target, else the indicator's unit.</summary>
    public string MeasureUnit => Target is { } t ? Text.MeasureUnit(t.Target) : Units.Name(Indicator.Unit, Frame.Lang);

    public ExportTable Table()
    {
        var lang = Frame.Lang;
        ExportColumn[] columns =
        [
            new(lang.T("排名", "rank"), ColumnType.Integer),
            new(lang.T("区划代码", "region_code"), ColumnType.Text),
            new(lang.T("县（市、区）", "district"), ColumnType.Text),
            new(lang.T("设区市", "city"), ColumnType.Text),
            new(lang.T("数值", "value"), ColumnType.Decimal),
            new(lang.T("核对", "review"), ColumnType.Text),
            new(lang.T("考核口径值", "value_on_basis"), ColumnType.Decimal),
            new(lang.T("完成度", "attainment"), ColumnType.Decimal),
            new(lang.T("状态", "status"), ColumnType.Text),
            new(lang.T("目标", "target"), ColumnType.Text),
            new(lang.T("目标类型", "target_kind"), ColumnType.Text),
            new(lang.T("目标文件", "target_document"), ColumnType.Text),
            new(lang.T("目标出处", "target_address"), ColumnType.Text),
            new(lang.T("合成数据", "synthetic"), ColumnType.Boolean),
        ];
        var target = Target is { } t ? Text.Describe(t.Target) : null;
        var rows = Lines.Select(l => new object?[]
        {
            l.Rank, l.Region.Code, lang.Region(l.Region), l.City is null ? null : lang.Region(l.City), l.Value, l.Review?.State.ToSql(), l.Measured,
            l.Score?.Attainment, l.Score?.Status.Code(),
            target, Target is { } k ? TargetText.KindCode(k.Kind) : null, Target?.Origin.Document, Target?.Origin.Address, l.Synthetic,
        }).ToList();
        return new ExportTable(Indicator.Code + " " + Context.Year.ToString(CultureInfo.InvariantCulture), columns, rows);
    }
}
