using System.Globalization;
using Analytics.Warehouse.Regions;
using Analytics.Warehouse.Targets;
using Analytics.Web.Data;
using Analytics.Web.Export;
using Analytics.Web.Scoring;
using Analytics.Web.Serving;

namespace Analytics.Web.Pages;

/// <summary>
/// The province overview: every county ranked by composite, filtered by city and sorted by any
/// column through the query string (<c>sort=composite|rank|name|city|coverage|trend|change|family:X|ind:X</c>,
/// <c>dir=asc|desc</c>).
/// </summary>
public sealed record OverviewModel(
    PageFrame Frame,
    ScorecardContext Context,
    Scoreboard Board,
    IReadOnlyList<DistrictRow> Rows,
    IReadOnlyList<RegionRow> Cities,
    string? City,
    string Sort,
    bool Descending,
    IReadOnlyList<RegionRow> WithoutData)
{
    public static OverviewModel Build(ScorecardContext ctx)
    {
        var board = ctx.Scoreboard(ctx.Province, ctx.Year);
        var cities = ctx.Regions.Where(r => r.Level == RegionLevel.City && r.ProvinceCode == ctx.Province).ToList();
        var asked = ctx.Request.Query["city"].ToString();
        var city = asked.Length == 0 ? null
            : cities.Any(c => c.Code == asked) ? asked
            : throw BadParameterException.NotOneOf("city", asked, [.. cities.Select(c => c.Code)]);
        var sort = ctx.Request.Query["sort"].ToString();
        sort = sort.Length == 0 ? "rank"
            : IsSortKey(sort, board) ? sort
            : throw BadParameterException.NotOneOf("sort", sort, [.. SortKeys(board)], shown: 40);
        var descending = ctx.Request.Query["dir"].ToString() switch
        {
            "asc" => false,
            "desc" => true,
            "" => sort is not ("rank" or "name" or "city"),
            var dir => throw BadParameterException.NotOneOf("dir", dir, ["asc", "desc"]),
        };
        // Districts with no data at all for the year are listed by name under the table, not as rows of blanks.
        var rows = board.Districts.Where(d => (city is null || d.Region.ParentCode == city) && d.Score.Coverage > 0);
        var lang = ctx.Lang;
        var ordered = Order(rows, sort, descending, lang).ToList();
        var frame = ctx.Frame(lang.T($"{ctx.ProvinceName}民政工作考核记分卡 {ctx.Year}年", $"{ctx.ProvinceName} civil-affairs scorecard {ctx.Year}"), board.Synthetic, "overview");
        var empty = board.Districts.Where(d => (city is null || d.Region.ParentCode == city) && d.Score.Coverage == 0).Select(d => d.Region).ToList();
        return new OverviewModel(frame, ctx, board, ordered, cities, city, sort, descending, empty);
    }

    /// <summary>The table as shown (filtered and sorted), for CSV, XLSX and Arrow.</summary>
    public ExportTable Table()
    {
        var lang = Frame.Lang;
        var targets = Board.Targets;
        var columns = new List<ExportColumn>
        {
            new(lang.T("排名", "rank"), ColumnType.Integer),
            new(lang.T("区划代码", "region_code"), ColumnType.Text),
            new(lang.T("县（市、区）", "district"), ColumnType.Text),
            new(lang.T("设区市", "city"), ColumnType.Text),
            new(lang.T("综合得分", "composite"), ColumnType.Decimal),
            new(lang.T("指标覆盖率", "coverage"), ColumnType.Decimal),
        };
        columns.AddRange(Families.All.Select(f => new ExportColumn(lang.T(Families.Name(f, false) + "得分", f + "_score"), ColumnType.Decimal)));
        columns.Add(new(lang.T("较上年变化", "trend"), ColumnType.Decimal));
        columns.Add(new(lang.T("名次变化", "rank_change"), ColumnType.Integer));
        columns.AddRange(targets.Select(t => new ExportColumn(lang.T(IndicatorName(t.Target.Indicator) + "完成度", t.Target.Indicator + "_attainment"), ColumnType.Decimal)));
        columns.AddRange(targets.Select(t => new ExportColumn(lang.T(IndicatorName(t.Target.Indicator) + "状态", t.Target.Indicator + "_status"), ColumnType.Text)));
        // The kind of each target is a column of its own, so that an export read alone still tells official from example.
        columns.AddRange(targets.Select(t => new ExportColumn(lang.T(IndicatorName(t.Target.Indicator) + "目标类型", t.Target.Indicator + "_target_kind"), ColumnType.Text)));
        columns.Add(new(lang.T("合成数据", "synthetic"), ColumnType.Boolean));

        var rows = Rows.Select(d =>
        {
            var cells = new List<object?>
            {
                d.Rank, d.Region.Code, lang.Region(d.Region), d.City is null ? null : lang.Region(d.City), d.Score.Composite, d.Score.Coverage,
            };
            cells.AddRange(Families.All.Select(f => (object?)d.Score.Families[f]));
            cells.Add(d.Trend);
            cells.Add(d.RankChange);
            cells.AddRange(d.Score.Indicators.Select(i => (object?)i.Attainment));
            cells.AddRange(d.Score.Indicators.Select(i => (object?)i.Status.Code()));
            cells.AddRange(targets.Select(t => (object?)TargetText.KindCode(t.Kind)));
            cells.Add(Board.Synthetic);
            return cells.ToArray();
        }).ToList();
        return new ExportTable(lang.T("记分卡", "scorecard") + " " + Board.Year.ToString(CultureInfo.InvariantCulture), columns, rows);
    }

    /// <summary>The year's targets with their forms and sources, for CSV, XLSX and Arrow.</summary>
    public ExportTable TargetsTable()
    {
        var lang = Frame.Lang;
        var text = new TargetText(Context.Indicators, lang);
        ExportColumn[] columns =
        [
            new(lang.T("指标代码", "indicator_code"), ColumnType.Text),
            new(lang.T("指标", "indicator"), ColumnType.Text),
            new(lang.T("目标", "target"), ColumnType.Text),
            new(lang.T("比较", "comparator"), ColumnType.Text),
            new(lang.T("目标值", "threshold"), ColumnType.Decimal),
            new(lang.T("目标上限", "threshold_high"), ColumnType.Decimal),
            new(lang.T("口径", "basis"), ColumnType.Text),
            new(lang.T("比较对象", "relative_to"), ColumnType.Text),
            new(lang.T("基数年份差", "base_lag"), ColumnType.Integer),
            new(lang.T("权重", "weight"), ColumnType.Decimal),
            new(lang.T("目标类型", "target_kind"), ColumnType.Text),
            new(lang.T("沿用国家目标", "inherited"), ColumnType.Boolean),
            new(lang.T("目标年份", "due"), ColumnType.Integer),
            new(lang.T("文件", "document"), ColumnType.Text),
            new(lang.T("发文机关", "issuer"), ColumnType.Text),
            new(lang.T("文号", "doc_number"), ColumnType.Text),
            new(lang.T("发文日期", "issued"), ColumnType.Text),
            new(lang.T("条款", "clause"), ColumnType.Text),
            new(lang.T("原文", "wording"), ColumnType.Text),
            new(lang.T("出处", "address"), ColumnType.Text),
            new(lang.T("说明", "note"), ColumnType.Text),
            new(lang.T("合成数据", "synthetic"), ColumnType.Boolean),
        ];
        var rows = Board.Targets.Select(t => new object?[]
        {
            t.Target.Indicator, IndicatorName(t.Target.Indicator), text.Describe(t.Target), t.Target.Comparator.ToSql(), t.Target.Threshold,
            t.Target.ThresholdHigh, t.Target.Basis.ToSql(), t.Target.Of, t.Target.Basis == TargetBasis.BaseShare ? t.Target.Lag : null,
            t.Target.Weight, TargetText.KindCode(t.Kind), t.Origin.Inherited, t.Origin.Due, t.Origin.Document, t.Origin.Issuer,
            t.Origin.DocNumber, t.Origin.Issued, t.Origin.Clause, t.Origin.Wording, t.Origin.Address, t.Origin.Note, t.Synthetic,
        }).ToList();
        return new ExportTable(lang.T("考核目标", "targets") + " " + Board.Year.ToString(CultureInfo.InvariantCulture), columns, rows);
    }

    public string IndicatorName(string code) =>
        Context.Indicators.TryGetValue(code, out var i) ? i.Name(Frame.Lang.English) : code;

    private static bool IsSortKey(string sort, Scoreboard board) => SortKeys(board).Contains(sort, StringComparer.Ordinal);

    private static IEnumerable<string> SortKeys(Scoreboard board) =>
        ["rank", "composite", "name", "city", "coverage", "trend", "change",
            .. Families.All.Select(f => "family:" + f), .. board.Targets.Select(t => "ind:" + t.Target.Indicator)];

    private static IEnumerable<DistrictRow> Order(IEnumerable<DistrictRow> rows, string sort, bool descending, Lang lang)
    {
        // Missing values always sort last, whichever the direction: missing is not zero.
        IOrderedEnumerable<DistrictRow> By<T>(Func<DistrictRow, T?> key)
            where T : struct, IComparable<T>
        {
            var withKey = rows.OrderBy(r => key(r) is null);
            return descending ? withKey.ThenByDescending(r => key(r)) : withKey.ThenBy(r => key(r));
        }

        IOrderedEnumerable<DistrictRow> ByText(Func<DistrictRow, string> key) =>
            descending ? rows.OrderByDescending(key, StringComparer.Ordinal) : rows.OrderBy(key, StringComparer.Ordinal);

        var ordered = sort switch
        {
            // Chinese names sort by code (city by city, as the bureaus list them); English ones alphabetically.
            "name" => ByText(r => lang.English ? lang.Region(r.Region) : r.Region.Code),
            "city" => ByText(r => lang.English && r.City is { } city ? lang.Region(city) : r.Region.ParentCode ?? ""),
            "composite" => By(r => r.Score.Composite),
            "coverage" => By<decimal>(r => r.Score.Coverage),
            "trend" => By(r => r.Trend),
            "change" => By(r => r.RankChange),
            _ when sort.StartsWith("family:", StringComparison.Ordinal) => By(r => r.Score.Families[sort[7..]]),
            _ when sort.StartsWith("ind:", StringComparison.Ordinal) =>
                By(r => r.Score.Indicators.FirstOrDefault(i => i.Target.Indicator == sort[4..])?.Attainment),
            _ => descending ? rows.OrderBy(r => r.Rank is null).ThenByDescending(r => r.Rank) : rows.OrderBy(r => r.Rank is null).ThenBy(r => r.Rank),
        };
        return ordered.ThenByDescending(r => r.Score.Composite).ThenBy(r => r.Region.Code, StringComparer.Ordinal);
    }
}
