using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace Analytics.Web.Serving;

/// <summary>
/// Output caching keyed by the published snapshot: every GET/HEAD of a page, chart or export varies
/// by its path (case-sensitive, as the handlers read it), its canonical query
/// (<see cref="QueryParameters.Check"/>; not the Host header) and the snapshot id, and is tagged with
/// that id so that <see cref="SnapshotWatcher"/> evicts the entries of a superseded snapshot in one
/// call. A query the route refuses is neither looked up nor stored: the endpoint answers it 400.
/// </summary>
public sealed class SnapshotCachePolicy(SnapshotState state) : IOutputCachePolicy
{
    public const string Name = "snapshot";

    /// <summary>Tag carried by every entry of every snapshot.</summary>
    public const string AllTag = "scorecard";

    public static string Tag(string snapshotId) => "snapshot:" + snapshotId;

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var query = Canonical(context.HttpContext);
        var cacheable = state.Current is not null && query is not null && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (state.Current is { } id)
        {
            context.CacheVaryByRules.VaryByHost = false;
            context.CacheVaryByRules.VaryByValues["query"] = query ?? "";
            context.CacheVaryByRules.VaryByValues["snapshot"] = id;
            context.Tags.Add(Tag(id));
            context.Tags.Add(AllTag);
            context.ResponseExpirationTimeSpan = TimeSpan.FromHours(12);
        }

        return ValueTask.CompletedTask;
    }

    private static string? Canonical(HttpContext context)
    {
        try
        {
            return context.GetEndpoint()?.Metadata.GetMetadata<QueryParameters>()?.Check(context.Request) ?? "";
        }
        catch (BadParameterException)
        {
            return null;
        }
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
