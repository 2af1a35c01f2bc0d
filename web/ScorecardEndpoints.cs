using System.Globalization;
using Analytics.Warehouse.Regions;
using Analytics.Warehouse.Schema;
using Analytics.Web.Export;
using Analytics.Web.Pages;
using Analytics.Web.Report;
using Analytics.Web.Serving;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Analytics.Web;

/// <summary>
/// Every route of the scorecard. All are GET/HEAD, output-cached per snapshot (except /health), and
/// each handler opens one warehouse session for its request and disposes it before returning. Each
/// route names the query parameters it takes (<see cref="QueryParameters"/>) and how long a browser
/// may keep its answer (<see cref="ClientCache"/>).
/// </summary>
public static class ScorecardEndpoints
{
    private static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    private static readonly string[] OverviewQuery = [.. QueryParameters.Common, "city", "sort", "dir"];
    private static readonly string[] WhatIfQuery = [.. QueryParameters.Common, "region", "target", "aged", "standard", "edge", "takeup", "income", "basetakeup"];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapMethods("/health", ReadMethods, Health).WithMetadata(ClientCache.NoStore);

        var pages = app.MapGroup("").CacheOutput(SnapshotCachePolicy.Name).WithMetadata(ClientCache.Short)
            .AddEndpointFilter(RefuseBadParameters).AddEndpointFilter(RequireSnapshot);
        pages.MapMethods("/", ReadMethods, Overview).WithMetadata(Page(OverviewQuery));
        // The district page shows the at-risk household counts: no browser or proxy keeps a copy.
        pages.MapMethods("/district/{code}", ReadMethods, District).WithMetadata(Page([.. QueryParameters.Common, "ind"]), ClientCache.NoStore);
        pages.MapMethods("/indicators", ReadMethods, Indicators).WithMetadata(Page(QueryParameters.Common));
        pages.MapMethods("/indicator/{code}", ReadMethods, Indicator).WithMetadata(Page(QueryParameters.Common));
        pages.MapMethods("/data", ReadMethods, DataPage).WithMetadata(Page(QueryParameters.Common));
        pages.MapMethods("/whatif", ReadMethods, WhatIf).WithMetadata(Page(WhatIfQuery));
        pages.MapMethods("/export/{table}.{format}", ReadMethods, ExportTable).WithMetadata(new QueryParameters(ExportQuery, download: true));
        pages.MapMethods("/charts/{kind}.{format}", ReadMethods, Chart).WithMetadata(new QueryParameters(ChartQuery, download: true));
        pages.MapMethods("/report/district/{code}.docx", ReadMethods, DistrictReport).WithMetadata(new QueryParameters(_ => ReportQuery, download: true));
        pages.MapMethods("/report/province/{code}.docx", ReadMethods, ProvinceReport).WithMetadata(new QueryParameters(_ => ReportQuery, download: true));
    }

    private static QueryParameters Page(IReadOnlyList<string> names) => new(_ => names, download: false);

    /// <summary>A Word report's parameters: its region is in the path.</summary>
    private static readonly IReadOnlyList<string> ReportQuery = ["lang", "year"];

    /// <summary>The parameters of each table export; null for a table or format there is none of (404).</summary>
    private static IReadOnlyList<string>? ExportQuery(RouteValueDictionary route) =>
        !TableFormats.ContentTypes.ContainsKey(route["format"] as string ?? "") ? null : (route["table"] as string) switch
        {
            "overview" => OverviewQuery,
            "targets" or "loadruns" or "quarantine" => QueryParameters.Common,
            "district" => [.. QueryParameters.Common, "region"],
            "indicator" => [.. QueryParameters.Common, "indicator"],
            "whatif" => WhatIfQuery,
            _ => null,
        };

    /// <summary>The parameters of each chart: those of the page it sits on, and <c>res</c> for the PNG.</summary>
    private static IReadOnlyList<string>? ChartQuery(RouteValueDictionary route)
    {
        var format = route["format"] as string;
        IReadOnlyList<string>? names = format is "png" or "svg" or "csv" ? (route["kind"] as string) switch
        {
            "ranking" => OverviewQuery,
            "map" => [.. QueryParameters.Common, "city"],
            "indicator-ranking" or "distribution" or "indicator-map" => [.. QueryParameters.Common, "indicator"],
            "trend" => [.. QueryParameters.Common, "region", "indicator"],
            "whatif" => WhatIfQuery,
            _ => null,
        } : null;
        return names is not null && format == "png" ? [.. names, "res"] : names;
    }

    /// <summary>
    /// A parameter the route does not take, one given twice, or a value the page cannot serve is 400
    /// with what is allowed, in the page's language: an HTML page for pages, plain text for downloads.
    /// </summary>
    private static async ValueTask<object?> RefuseBadParameters(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var query = http.GetEndpoint()?.Metadata.GetMetadata<QueryParameters>();
        try
        {
            query?.Check(http.Request);
            return await next(context);
        }
        catch (BadParameterException e)
        {
            return BadRequests.Result(http, e, query?.Download ?? false);
        }
    }

    /// <summary>
    /// Before the first publish there is nothing to show, and a snapshot an older version wrote lacks
    /// what the pages read: 503 with what to do, not an exception.
    /// </summary>
    private static async ValueTask<object?> RequireSnapshot(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var database = context.HttpContext.RequestServices.GetRequiredService<ScorecardDatabase>();
        if (database.CurrentSnapshotId is not { } id)
        {
            return TypedResults.Text("no warehouse snapshot has been published yet / 尚未发布数据快照", "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var version = database.Memo.Get(id, "schema-version", () =>
        {
            using var session = database.Open();
            return WarehouseSchema.VersionOf(session.Connection);
        });
        return version < WarehouseSchema.Version
            ? TypedResults.Text(
                $"the published snapshot has warehouse schema {version}, older than {WarehouseSchema.Version}: any load upgrades it (analytics-etl load ...), or delete the data folder to rebuild the demo / 快照的数据结构版本较旧：重新载入任一文件即可升级，或删除数据目录重建演示库",
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable)
            : await next(context);
    }

    internal static Results<Ok<HealthReport>, JsonHttpResult<HealthReport>> Health(ScorecardDatabase database, SnapshotState state)
    {
        var id = database.CurrentSnapshotId;
        var report = new HealthReport(id is null ? "no-snapshot" : "ok", id, state.Current);
        return id is null
            ? TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable)
            : TypedResults.Ok(report);
    }

    internal static RazorComponentResult<Overview> Overview(ScorecardDatabase database, HttpRequest request, CancellationToken ct)
    {
        using var ctx = ScorecardContext.Open(database, request, ct);
        return new RazorComponentResult<Overview>(new { Model = OverviewModel.Build(ctx) });
    }

    internal static Results<RazorComponentResult<District>, NotFound<string>> District(
        string code, ScorecardDatabase database, HttpRequest request, CancellationToken ct)
    {
        using var ctx = ScorecardContext.Open(database, request, ct);
        return DistrictModel.Build(ctx, code) is { } model
            ? new RazorComponentResult<District>(new { Model = model })
            : TypedResults.NotFound(ctx.Lang.T("没有这个县（市、区）", "no such district"));
    }

    internal static RazorComponentResult<IndicatorIndex> Indicators(ScorecardDatabase database, HttpRequest request, CancellationToken ct)
    {
        using var ctx = ScorecardContext.Open(database, request, ct);
        return new RazorComponentResult<IndicatorIndex>(new { Model = IndicatorIndexModel.Build(ctx) });
    }

    internal static Results<RazorComponentResult<Indicator>, NotFound<string>> Indicator(
        string code, ScorecardDatabase database, HttpRequest request, CancellationToken ct)
    {
        using var ctx = ScorecardContext.Open(database, request, ct);
        return IndicatorModel.Build(ctx, code) is { } model
            ? new RazorComponentResult<Indicator>(new { Model = model })
            : TypedResults.NotFound(ctx.Lang.T("没有这个指标", "no such indicator"));
    }

    internal static RazorComponentResult<DataPage> DataPage(ScorecardDatabase database, HttpRequest request, CancellationToken ct)
    {
        using var ctx = ScorecardContext.Open(database, request, ct);
        return new RazorComponentResult<DataPage>(new { Model = DataModel.Build(ctx) });
    }

    internal static RazorComponentResult<WhatIf> WhatIf(ScorecardDatabase database, HttpRequest request, CancellationToken ct)
    {
        using var ctx = ScorecardContext.Open(database, request, ct);
        return new RazorComponentResult<WhatIf>(new { Model = WhatIfPageModel.Build(ctx) });
    }

    /// <summary>
    /// A chart as PNG (300 DPI print by default, <c>res=screen</c> for the page's img), SVG (font
    /// named, not embedded) or the CSV of its data. Downloads are attachments; the screen PNG is inline.
    /// PNG and SVG renders wait their turn in the <see cref="RenderQueue"/>; past its limit, 503.
    /// </summary>
    internal static async Task<Results<FileContentHttpResult, NotFound, ContentHttpResult>> Chart(
        string kind, string format, ScorecardDatabase database, RenderQueue renders, HttpRequest request, CancellationToken ct)
    {
        if (format is not ("png" or "svg" or "csv"))
        {
            return TypedResults.NotFound();
        }

        using var ctx = ScorecardContext.Open(database, request, ct);
        if (ChartJob.For(kind, ctx) is not { } job)
        {
            return TypedResults.NotFound();
        }

        var name = job.FileName(format);
        if (format == "csv")
        {
            return TypedResults.File(job.Csv(), "text/csv; charset=utf-8", name);
        }

        using var turn = await renders.Enter(ct);
        if (!turn.IsAcquired)
        {
            request.HttpContext.Response.Headers.RetryAfter = renders.RetryAfterSeconds;
            return TypedResults.Text(
                ctx.Lang.T("图表渲染繁忙，请稍后再试", "Too many charts are being drawn; try again shortly"),
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        if (format == "svg")
        {
            return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(Charts.ChartExport.Svg(job.Plot())), "image/svg+xml; charset=utf-8", name);
        }

        var screen = string.Equals(request.Query["res"], "screen", StringComparison.Ordinal);
        var png = Charts.ChartExport.Png(job.Plot(), screen ? Charts.ChartResolution.Screen : Charts.ChartResolution.Print);
        return TypedResults.File(png, "image/png", screen ? null : name);
    }

    /// <summary>A county's Word report for <c>year</c> (default: the province's latest scored year); 400 naming a bad parameter.</summary>
    internal static Results<FileContentHttpResult, ValidationProblem, NotFound<string>> DistrictReport(
        string code, ScorecardDatabase database, HttpRequest request, CancellationToken ct)
    {
        if (!RegionCodes.IsCounty(code))
        {
            return Invalid("code", $"'{code}' is no county-level division code (6 digits, not ending in 00) / 不是县级区划代码");
        }

        using var ctx = ScorecardContext.Open(database, request, ct, code[..2] + "0000");
        if (!ctx.RegionsByCode.TryGetValue(code, out var region) || region.Level != RegionLevel.County)
        {
            return Invalid("code", $"'{code}' is not in the gazetteer as a county-level division / 区划表中无此县级区划");
        }

        if (BadYear(ctx) is { } error)
        {
            return error;
        }

        return Report.DistrictReport.Build(ctx, code) is { } docx
            ? TypedResults.File(docx, Report.ReportFiles.ContentType, Report.ReportFiles.Name(code, ctx.Year, ctx.Lang))
            : TypedResults.NotFound(ctx.Lang.T($"{region.NameZh}在{ctx.Year}年不是现行区划", $"{code} is not a current division in {ctx.Year}"));
    }

    /// <summary>A province's Word report for <c>year</c>; 400 naming a bad parameter.</summary>
    internal static Results<FileContentHttpResult, ValidationProblem, NotFound<string>> ProvinceReport(
        string code, ScorecardDatabase database, HttpRequest request, CancellationToken ct)
    {
        if (!RegionCodes.IsProvince(code))
        {
            return Invalid("code", $"'{code}' is no province code (6 digits ending in 0000) / 不是省级区划代码");
        }

        using var ctx = ScorecardContext.Open(database, request, ct, code);
        if (ctx.Province != code)
        {
            return Invalid("code", $"'{code}' is not a province in the gazetteer / 区划表中无此省份");
        }

        return BadYear(ctx) is { } error
            ? error
            : TypedResults.File(Report.ProvinceReport.Build(ctx), Report.ReportFiles.ContentType, Report.ReportFiles.Name(code, ctx.Year, ctx.Lang));
    }

    // A year the query gives must be a whole number the province has data for; none means the default year.
    private static ValidationProblem? BadYear(ScorecardContext ctx)
    {
        var asked = ctx.Request.Query["year"];
        if (asked.Count == 0)
        {
            return null;
        }

        return int.TryParse(asked, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && ctx.Years.Contains(year)
            ? null
            : Invalid("year", $"'{asked}' is not a year with data for {ctx.Province} ({(ctx.Years.Count > 0 ? $"{ctx.Years.Min()}–{ctx.Years.Max()}" : "none")}) / 该省无此年度数据");
    }

    // A report's bad code or year: the 400 every other download gives (RefuseBadParameters), in plain text.
    private static ValidationProblem Invalid(string parameter, string message)
    {
        var parts = message.Split(" / ", 2);
        throw new BadParameterException(parameter, null, parts.Length == 2 ? parts[1] : message, parts[0]);
    }

    internal static Results<FileContentHttpResult, NotFound> ExportTable(
        string table, string format, ScorecardDatabase database, HttpRequest request, CancellationToken ct)
    {
        if (!TableFormats.ContentTypes.TryGetValue(format, out var contentType))
        {
            return TypedResults.NotFound();
        }

        using var ctx = ScorecardContext.Open(database, request, ct);
        // The file is named from the table and the codes the export was checked against, never from the query as typed.
        (ExportTable Table, string Name)? export = table switch
        {
            "overview" => (OverviewModel.Build(ctx).Table(), "overview"),
            "targets" => (OverviewModel.Build(ctx).TargetsTable(), "targets"),
            "district" => DistrictExport(DistrictModel.Require(ctx, "region")),
            "indicator" => IndicatorExport(IndicatorModel.Require(ctx, "indicator")),
            "loadruns" => (DataModel.Build(ctx).RunsTable(), "loadruns"),
            "quarantine" => (DataModel.Build(ctx).QuarantineTable(), "quarantine"),
            "whatif" => WhatIfPageModel.Build(ctx) is { Result: not null } whatIf ? (whatIf.Table(), "whatif-" + whatIf.Region) : null,
            _ => null,
        };
        if (export is not { } found)
        {
            return TypedResults.NotFound();
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"{found.Name}-{ctx.Province}-{ctx.Year}.{format}");
        return TypedResults.File(TableFormats.Write(found.Table, format), contentType, name);

        static (ExportTable, string) DistrictExport(DistrictModel m) => (m.Table(), "district-" + m.Row.Region.Code);

        static (ExportTable, string) IndicatorExport(IndicatorModel m) => (m.Table(), "indicator-" + m.Indicator.Code);
    }
}

/// <summary>The /health answer: status, the snapshot new requests read, and the one the cache is keyed on.</summary>
public sealed record HealthReport(string Status, string? Snapshot, string? CacheSnapshot);
