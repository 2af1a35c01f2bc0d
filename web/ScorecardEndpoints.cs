using Analytics.Web.Export;
using Analytics.Web.Pages;
using Analytics.Web.Serving;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Analytics.Web;

/// <summary>
/// Every route of the scorecard. All are GET/HEAD, output-cached per snapshot (except /health), and
/// each handler opens one warehouse session for its request and disposes it before returning.
/// </summary>
public static class ScorecardEndpoints
{
    private static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapMethods("/health", ReadMethods, Health);

        var pages = app.MapGroup("").CacheOutput(SnapshotCachePolicy.Name);
        pages.MapMethods("/", ReadMethods, Overview);
        pages.MapMethods("/export/{table}.{format}", ReadMethods, ExportTable);
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

    internal static Results<FileContentHttpResult, NotFound> ExportTable(
        string table, string format, ScorecardDatabase database, HttpRequest request, CancellationToken ct)
    {
        if (!TableFormats.ContentTypes.TryGetValue(format, out var contentType))
        {
            return TypedResults.NotFound();
        }

        using var ctx = ScorecardContext.Open(database, request, ct);
        ExportTable? export = table switch
        {
            "overview" => OverviewModel.Build(ctx).Table(),
            _ => null,
        };
        if (export is null)
        {
            return TypedResults.NotFound();
        }

        var name = $"{table}-{ctx.Province}-{ctx.Year}.{format}";
        return TypedResults.File(TableFormats.Write(export, format), contentType, name);
    }
}

/// <summary>The /health answer: status, the snapshot new requests read, and the one the cache is keyed on.</summary>
public sealed record HealthReport(string Status, string? Snapshot, string? CacheSnapshot);
