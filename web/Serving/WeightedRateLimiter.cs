using System.Threading.RateLimiting;

namespace Analytics.Web.Serving;

/// <summary>
/// The per-client token bucket, charged by what a request costs: a page view, a screen chart or an
/// export one token, a print (300 DPI) PNG <c>RateLimit:PrintRenderCost</c> tokens, since it costs
/// the CPU of many page views. A cost above the bucket's size is charged as the whole bucket.
/// </summary>
public sealed class WeightedRateLimiter(PartitionedRateLimiter<HttpContext> inner, int printRenderCost, int bucket) : PartitionedRateLimiter<HttpContext>
{
    /// <summary>The tokens a request costs.</summary>
    public int Cost(HttpContext context)
    {
        var request = context.Request;
        var print = request.Path.StartsWithSegments("/charts", StringComparison.Ordinal)
            && request.Path.Value!.EndsWith(".png", StringComparison.Ordinal) // StartsWithSegments matched, so the path is not null
            && !string.Equals(request.Query["res"], "screen", StringComparison.Ordinal);
        return print ? Math.Min(printRenderCost, bucket) : 1;
    }

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => inner.GetStatistics(resource);

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        inner.AttemptAcquire(resource, permitCount == 0 ? 0 : permitCount * Cost(resource));

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        inner.AcquireAsync(resource, permitCount == 0 ? 0 : permitCount * Cost(resource), cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override ValueTask DisposeAsyncCore() => inner.DisposeAsync();
}
