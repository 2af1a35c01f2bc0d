using System.Globalization;
using Analytics.Web.Data;
using Analytics.Web.Export;

namespace Analytics.Web.Pages;

/// <summary>
/// The Data page: the snapshot and its freshness, load runs, quarantine by source, what is synthetic,
/// the review of numbers read from reports (per report, and the sheets loaded), the models.
/// </summary>
public sealed record DataModel(
    PageFrame Frame,
    string SnapshotId,
    DateTime? PublishedAt,
    IReadOnlyList<LoadRunRow> Runs,
    IReadOnlyList<QuarantineRow> Quarantine,
    IReadOnlyList<SyntheticRow> Synthetic,
    IReadOnlyList<string> SyntheticSources,
    IReadOnlyList<ModelRow> Models,
    ForecastRunRow? Forecasting,
    IReadOnlyList<TargetKindRow> Targets,
    IReadOnlyDictionary<string, RegionRow> RegionsByCode,
    IReadOnlyList<ReviewCountRow> Reviews,
    IReadOnlyList<ReviewSheetRow> ReviewSheets)
{
    public string ProvinceName(string code, Lang lang) => RegionsByCode.TryGetValue(code, out var r) ? lang.Region(r) : code;

    public static DataModel Build(ScorecardContext ctx)
    {
        var c = ctx.Session.Connection;
        var synthetic = WarehouseStatus.Synthetic(c, ctx.Ct);
        var lang = ctx.Lang;
        var frame = ctx.Frame(lang.T("数据说明", "About the data"), synthetic.Any(s => s.SyntheticRows > 0), "data");
        return new DataModel(
            frame, ctx.Session.SnapshotId, PublishTime(ctx.Session.SnapshotId),
            WarehouseStatus.LoadRuns(c, ctx.Ct), WarehouseStatus.Quarantine(c, ctx.Ct), synthetic,
            WarehouseStatus.SyntheticSources(c, ctx.Ct), WarehouseStatus.Models(c, ctx.Ct), ForecastRunRow.Read(c, ctx.Ct),
            WarehouseStatus.TargetKinds(c, ctx.Ct), ctx.RegionsByCode,
            WarehouseStatus.ReviewCounts(c, ctx.Ct), WarehouseStatus.ReviewSheets(c, ctx.Ct));
    }

    /// <summary>The publish time a snapshot id starts with (<c>20261123T192500123Z-run000007</c>).</summary>
    public static DateTime? PublishTime(string snapshotId) =>
        snapshotId.Length >= 19 && DateTime.TryParseExact(snapshotId[..19], "yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : null;

    public ExportTable RunsTable()
    {
        var lang = Frame.Lang;
        ExportColumn[] columns =
        [
            new(lang.T("批次", "run_id"), ColumnType.Integer),
            new(lang.T("开始时间(UTC)", "started_at_utc"), ColumnType.Text),
            new(lang.T("结束时间(UTC)", "finished_at_utc"), ColumnType.Text),
            new(lang.T("载入文件", "files_loaded"), ColumnType.Integer),
            new(lang.T("跳过文件", "files_skipped"), ColumnType.Integer),
            new(lang.T("载入行数", "rows_loaded"), ColumnType.Integer),
            new(lang.T("隔离行数", "quarantined"), ColumnType.Integer),
        ];
        return new ExportTable(lang.T("载入批次", "load runs"), columns, [.. Runs.Select(r => new object?[]
        {
            r.RunId, Time(r.StartedAt), r.FinishedAt is { } f ? Time(f) : null, r.FilesLoaded, r.FilesSkipped, r.RowsLoaded, r.Quarantined,
        })]);
    }

    public ExportTable QuarantineTable()
    {
        var lang = Frame.Lang;
        ExportColumn[] columns =
        [
            new(lang.T("来源文件", "source"), ColumnType.Text),
            new(lang.T("类型", "kind"), ColumnType.Text),
            new(lang.T("隔离行数", "rows"), ColumnType.Integer),
            new(lang.T("最常见原因", "top_reason"), ColumnType.Text),
        ];
        return new ExportTable(lang.T("隔离", "quarantine"), columns, [.. Quarantine.Select(q => new object?[] { q.Source, q.Kind, q.Rows, q.TopReason })]);
    }

    public static string Time(DateTime t) => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
