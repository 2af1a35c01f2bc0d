using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Analytics.Web.Serving;

/// <summary>
/// The turns of the chart renders: at most <see cref="RenderOptions.Concurrent"/> at once and
/// <see cref="RenderOptions.Queue"/> waiting, oldest first; a render that finds the queue full, or
/// waits longer than <see cref="RenderOptions.Wait"/>, gets a lease that is not acquired (the
/// endpoint answers 503 with <see cref="RetryAfterSeconds"/>). The pages, cached or not, never wait here.
/// </summary>
public sealed class RenderQueue(IOptions<RenderOptions> options) : IDisposable
{
    private readonly RenderOptions settings = options.Value;

    private readonly ConcurrencyLimiter limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.Concurrent,
        QueueLimit = options.Value.Queue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>What a refused render is told: about one full queue's worth of renders, at least a second.</summary>
    public string RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(0.6 * (settings.Queue + settings.Concurrent) / settings.Concurrent))
        .ToString(CultureInfo.InvariantCulture);

    /// <summary>A turn to render; dispose it when done. Check <see cref="RateLimitLease.IsAcquired"/>.</summary>
    public async ValueTask<RateLimitLease> Enter(CancellationToken ct)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        wait.CancelAfter(settings.Wait);
        try
        {
            return await limiter.AcquireAsync(1, wait.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Refused.Instance;
        }
    }

    public void Dispose() => limiter.Dispose();

    private sealed class Refused : RateLimitLease
    {
        public static readonly Refused Instance = new();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
