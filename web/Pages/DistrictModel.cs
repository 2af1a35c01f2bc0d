using System.Globalization;
using Analytics.Warehouse.Regions;
using Analytics.Warehouse.Reviews;
using Analytics.Warehouse.Targets;
using Analytics.Web.Data;
using Analytics.Web.Export;
using Analytics.Web.Scoring;
using Analytics.Web.Serving;

namespace Analytics.Web.Pages;

/// <summary>
/// One indicator line of the district page: its score against a target (if any) with the target's
/// origin, the value and where it came from.
/// </summary>
public sealed record DistrictLine(IndicatorInfo Indicator, IndicatorScore? Score, ActualValue? Value, FactSource? Source, TargetRow? Target = null);

/// <summary>
/// A district's page: every indicator with a target (value, target, gap, status, source) and every
/// other indicator it has a value for, the history of the chosen indicator with its forecast band,
/// the at-risk aggregate when the model produced one, and how many of the numbers its score uses were
/// read from prose that no one has reviewed.
/// </summary>
public sealed record DistrictModel(
    PageFrame Frame,
    ScorecardContext Context,
    DistrictRow Row,
    IReadOnlyList<DistrictLine> Lines,
    IndicatorInfo? Chosen,
    IReadOnlyList<HistoryPoint> History,
    IReadOnlyList<ForecastRow> Forecast,
    IReadOnlyList<AtRiskCount> AtRisk,
    int RankedCount,
    decimal? ChosenTarget,
    int ScoredNumbers = 0,
    int UnreviewedNumbers = 0,
    ForecastAccuracy? Accuracy = null,
    BacktestForecast? Past = null)
{
    /// <summary>
    /// The district a download names in <paramref name="parameter"/> (with the chosen indicator, for
    /// a trend chart); a missing code, or one that is no county of that year, is a bad parameter.
    /// </summary>
    public static DistrictModel Require(ScorecardContext ctx, string parameter, string? chosenIndicator = null)
    {
        var code = ctx.Request.Query[parameter].ToString();
        return Build(ctx, code, chosenIndicator) ?? throw new BadParameterException(parameter, code.Length == 0 ? null : code,
            $"须为{ctx.Year}年一个县（市、区）的区划代码，如 {ExampleCounty(ctx)}",
            $"must be the code of a county-level district in {ctx.Year}, e.g. {ExampleCounty(ctx)}");
    }

    public static DistrictModel? Build(ScorecardContext ctx, string code, string? chosenIndicator = null)
    {
        if (!ctx.RegionsByCode.TryGetValue(code, out var region) || region.Level != RegionLevel.County)
        {
            return null;
        }

        var board = ctx.Scoreboard(region.ProvinceCode, ctx.Year);
        var row = board.Districts.FirstOrDefault(d => d.Region.Code == code);
        if (row is null)
        {
            return null; // abolished before the year asked
        }

        var c = ctx.Session.Connection;
        var sources = Lineage.ForRegionYear(c, code, ctx.Year, ctx.Ct);
        var setAside = Lineage.SetAside(c, code, ctx.Year, ctx.Ct);
        var values = AllValues(ctx, code);
        var lines = new List<DistrictLine>();
        foreach (var score in row.Score.Indicators)
        {
            // A value shows where it came from; a missing one the reading a reviewer set aside, if any.
            var value = values.GetValueOrDefault(score.Target.Indicator);
            lines.Add(new DistrictLine(ctx.Indicators[score.Target.Indicator], score, value,
                value is null ? setAside.GetValueOrDefault(score.Target.Indicator) : sources.GetValueOrDefault(value.FactId),
                board.Targets.FirstOrDefault(t => t.Target.Indicator == score.Target.Indicator)));
        }

        foreach (var value in values.Values.Where(v => row.Score.Indicators.All(s => s.Target.Indicator != v.Indicator)).OrderBy(v => v.Indicator, StringComparer.Ordinal))
        {
            if (ctx.Indicators.TryGetValue(value.Indicator, out var indicator))
            {
                lines.Add(new DistrictLine(indicator, null, value, sources.GetValueOrDefault(value.FactId)));
            }
        }

        // The indicator whose history is shown: the one asked for (a chart's, or the page's ind), else the first line's.
        var parameter = chosenIndicator is null ? "ind" : "indicator";
        var asked = chosenIndicator ?? ctx.Request.Query["ind"].ToString();
        var chosen = asked.Length == 0 ? lines.FirstOrDefault()?.Indicator
            : lines.FirstOrDefault(l => l.Indicator.Code == asked)?.Indicator
                ?? throw BadParameterException.NotOneOf(parameter, asked, [.. lines.Select(l => l.Indicator.Code)]);
        var (history, forecast, accuracy, past) = Series(ctx, code, chosen);
        var atRisk = Data.AtRisk.ForRegion(c, code, ctx.Ct);
        var synthetic = board.Targets.Any(t => t.Synthetic) || lines.Any(l => l.Value?.Synthetic == true)
            || history.Any(h => h.Synthetic) || forecast.Any(f => f.Synthetic) || atRisk.Any(a => a.Synthetic)
            || ScoreInputs.PopulationSynthetic(c, region.ProvinceCode, ctx.Ct)
            || (row.Score.Indicators.Any(i => i.Against?.RegionCode is not null) && ScoreInputs.BasesSynthetic(c, region.ProvinceCode, ctx.Ct));
        var lang = ctx.Lang;
        // The city names the district apart from its namesakes: 南京市鼓楼区 and 徐州市鼓楼区 are both Gulou District.
        var city = row.City;
        var frame = ctx.Frame(
            lang.T($"{city?.NameZh}{region.NameZh} {ctx.Year}年考核情况",
                $"{lang.Region(region)}{(city is null ? "" : ", " + lang.Region(city))}: assessment {ctx.Year}"),
            synthetic, "overview");
        var target = TargetInUnit(lines.FirstOrDefault(l => l.Indicator == chosen)?.Score, board.Population.GetValueOrDefault(code));
        var scored = ScoredValues(row.Score, values);
        return new DistrictModel(frame, ctx, row, lines, chosen, history, forecast, atRisk, board.Districts.Count(d => d.Rank is not null), target,
            scored.Count, scored.Count(v => v.Review?.State == ReviewState.Unreviewed), accuracy, past);
    }

    /// <summary>
    /// The same district with another indicator's history, forecast and backtest: what a report needs
    /// for each chart without reading the district's lines and sources again.
    /// </summary>
    public DistrictModel With(IndicatorInfo indicator)
    {
        var (history, forecast, accuracy, past) = Series(Context, Row.Region.Code, indicator);
        var population = Context.Scoreboard(Row.Region.ProvinceCode, Context.Year).Population.GetValueOrDefault(Row.Region.Code);
        return this with
        {
            Chosen = indicator, History = history, Forecast = forecast, Accuracy = accuracy, Past = past,
            ChosenTarget = TargetInUnit(Lines.FirstOrDefault(l => l.Indicator == indicator)?.Score, population),
        };
    }

    private static (IReadOnlyList<HistoryPoint> History, IReadOnlyList<ForecastRow> Forecast, ForecastAccuracy? Accuracy, BacktestForecast? Past) Series(
        ScorecardContext ctx, string code, IndicatorInfo? chosen)
    {
        if (chosen is null)
        {
            return ([], [], null, null);
        }

        var c = ctx.Session.Connection;
        var history = Data.History.Actuals(c, code, chosen.Code, ctx.Ct);
        var forecast = Data.History.Forecasts(c, code, chosen.Code, ctx.Ct);
        var accuracy = ForecastAccuracy.Read(c, code, chosen.Code, ctx.Ct);
        // The marker sits on the latest actual up to the page's year; at the level the chart's band is drawn.
        var pastYear = history.Where(h => h.Value is not null && h.Year <= ctx.Year).Select(h => (int?)h.Year).Max();
        var past = pastYear is null
            ? null
            : ForecastAccuracy.Past(c, code, chosen.Code, pastYear.Value, forecast.Count > 0 ? forecast[0].Level : ForecastAccuracy.Level, ctx.Ct);
        return (history, forecast, accuracy, past);
    }

    private static string ExampleCounty(ScorecardContext ctx) =>
        ctx.Scoreboard(ctx.Province, ctx.Year).Districts.FirstOrDefault()?.Region.Code ?? "330102";

    /// <summary>
    /// The values a district's score uses: each target indicator's, and the indicator a ratio or share
    /// target divides by (the economic bases and population are tables, never prose).
    /// </summary>
    private static List<ActualValue> ScoredValues(DistrictScore score, IReadOnlyDictionary<string, ActualValue> values) =>
        [.. score.Indicators
            .SelectMany(s => s.Target.Basis is TargetBasis.Ratio or TargetBasis.Share && s.Target.Of is { } of
                ? new[] { s.Target.Indicator, of }
                : [s.Target.Indicator])
            .Distinct(StringComparer.Ordinal)
            .Select(i => values.GetValueOrDefault(i))
            .OfType<ActualValue>()
            .Where(v => v.Value is not null)];

    /// <summary>How the page and exports write the target.</summary>
    public TargetText Text => new(Context.Indicators, Frame.Lang);

    /// <summary>
    /// A target in the indicator's own unit, for the chart: a per-capita threshold times the population,
    /// a ratio times the other indicator, a share of it, a base share of twelve months of the base;
    /// the low end of a range. Null where the figure it needs is missing.
    /// </summary>
    private static decimal? TargetInUnit(IndicatorScore? score, Residents? residents) => score?.Target.Basis switch
    {
        null => null,
        TargetBasis.Per10kResidents => residents?.All is { } all ? score.Target.Threshold * all / 10_000m : null,
        TargetBasis.Per1kAged60Plus => residents?.Aged60Plus is { } aged ? score.Target.Threshold * aged / 1_000m : null,
        TargetBasis.Ratio => score.Against is { } of ? score.Target.Threshold * of.Value : null,
        TargetBasis.Share => score.Against is { } whole ? score.Target.Threshold / 100m * whole.Value : null,
        TargetBasis.BaseShare => score.Against is { } b ? score.Target.Threshold / 100m * b.Value / EconomicBases.MonthsPerYear : null,
        _ => score.Target.Threshold,
    };

    /// <summary>What a relative target divided by, for the page: "÷ 890", "÷ 48,000（南京市 2022年）".</summary>
    public string? AgainstText(IndicatorScore? score)
    {
        if (score?.Against is not { } against)
        {
            return null;
        }

        var lang = Frame.Lang;
        var where = against.RegionCode is { } code && Context.RegionsByCode.TryGetValue(code, out var region)
            ? lang.T($"（{region.NameZh} {against.Year}年）", $" ({lang.Region(region)}, {against.Year})")
            : "";
        return $"÷ {Format.Number(against.Value, lang)}{where}";
    }

    public ExportTable Table()
    {
        var lang = Frame.Lang;
        ExportColumn[] columns =
        [
            new(lang.T("指标代码", "indicator_code"), ColumnType.Text),
            new(lang.T("指标", "indicator"), ColumnType.Text),
            new(lang.T("数值", "value"), ColumnType.Decimal),
            new(lang.T("单位", "unit"), ColumnType.Text),
            new(lang.T("考核口径值", "value_on_basis"), ColumnType.Decimal),
            new(lang.T("比较", "comparator"), ColumnType.Text),
            new(lang.T("目标值", "target"), ColumnType.Decimal),
            new(lang.T("目标上限", "target_high"), ColumnType.Decimal),
            new(lang.T("口径", "basis"), ColumnType.Text),
            new(lang.T("比较对象", "relative_to"), ColumnType.Text),
            new(lang.T("比较对象数值", "relative_to_value"), ColumnType.Decimal),
            new(lang.T("差距", "gap"), ColumnType.Decimal),
            new(lang.T("完成度", "attainment"), ColumnType.Decimal),
            new(lang.T("状态", "status"), ColumnType.Text),
            new(lang.T("目标类型", "target_kind"), ColumnType.Text),
            new(lang.T("沿用国家目标", "target_inherited"), ColumnType.Boolean),
            new(lang.T("目标年份", "target_due"), ColumnType.Integer),
            new(lang.T("目标文件", "target_document"), ColumnType.Text),
            new(lang.T("发文机关", "target_issuer"), ColumnType.Text),
            new(lang.T("文号", "target_doc_number"), ColumnType.Text),
            new(lang.T("发文日期", "target_issued"), ColumnType.Text),
            new(lang.T("条款", "target_clause"), ColumnType.Text),
            new(lang.T("目标原文", "target_wording"), ColumnType.Text),
            new(lang.T("目标出处", "target_address"), ColumnType.Text),
            new(lang.T("来源", "source"), ColumnType.Text),
            new(lang.T("来源行", "source_row"), ColumnType.Integer),
            new(lang.T("依据原文", "evidence"), ColumnType.Text),
            new(lang.T("核对", "review"), ColumnType.Text),
            new(lang.T("原读数", "value_as_read"), ColumnType.Decimal),
            new(lang.T("合成数据", "synthetic"), ColumnType.Boolean),
        ];
        var rows = Lines.Select(l =>
        {
            var t = l.Score?.Target;
            var o = l.Target?.Origin;
            return new object?[]
            {
                l.Indicator.Code, l.Indicator.Name(lang.English), l.Value?.Value, Units.Name(l.Indicator.Unit, lang), l.Score?.Measured,
                t is null ? null : t.Comparator.ToSql(), t?.Threshold, t?.ThresholdHigh, t?.Basis.ToSql(), t?.Of, l.Score?.Against?.Value,
                l.Score?.Gap, l.Score?.Attainment, l.Score?.Status.Code(),
                o is null ? null : TargetText.KindCode(o.Kind), o?.Inherited, o?.Due, o?.Document, o?.Issuer, o?.DocNumber, o?.Issued,
                o?.Clause, o?.Wording, o?.Address,
                l.Source?.SourceName, l.Source?.SourceRow, l.Source?.Evidence ?? l.Source?.Review?.AsRead?.Evidence,
                l.Value?.Review?.State.ToSql(), l.Value?.Review?.ReadValue, l.Value?.Synthetic ?? false,
            };
        }).ToList();
        return new ExportTable(lang.Region(Row.Region) + " " + Context.Year.ToString(CultureInfo.InvariantCulture), columns, rows);
    }

    private static Dictionary<string, ActualValue> AllValues(ScorecardContext ctx, string code) =>
        Sql.Rows(ctx.Session.Connection, $"""
            SELECT p.region_code, p.indicator, p.year, p.value, p.fact_id, p.synthetic, p.conflict, {ValueReview.Columns}
            FROM preferred_facts p {ValueReview.Joins}
            WHERE p.region_code = $r AND p.year = $y AND p.status = 'actual' AND p.segment IS NULL AND coalesce(p.period_start, p.year) = p.year
            QUALIFY row_number() OVER (PARTITION BY p.indicator ORDER BY p.period_start NULLS LAST) = 1
            """,
            r => new ActualValue(r.GetString(0), r.GetString(1), r.GetInt32(2), r.Dec(3), r.GetInt64(4), r.Bool(5), r.Bool(6), ValueReview.Read(r, 7)),
            ctx.Ct, ("r", code), ("y", ctx.Year))
        .ToDictionary(v => v.Indicator, StringComparer.Ordinal);
}
