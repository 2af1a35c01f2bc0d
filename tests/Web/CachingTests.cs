using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Tests.Web;

/// <summary>Pages come from the cache until a newer snapshot is published; then the old entries are evicted by tag.</summary>
public sealed class CachingTests : IDisposable
{
    private readonly ScorecardWarehouse warehouse = new();
    private readonly RecordingStore.Log evictions = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => warehouse.Dispose();

    [Fact]
    public async Task A_cached_page_is_served_from_cache_until_a_new_snapshot_evicts_it()
    {
        await using var factory = new ScorecardFactory(warehouse.Snapshots).WithWebHostBuilder(b => b.ConfigureTestServices(s => RecordingStore.Decorate(s, evictions)));
        using var client = factory.CreateClient();
        const string url = "/?year=2023";

        using var first = await client.GetAsync(url, Ct);
        Assert.Null(first.Headers.Age);
        using var second = await FromCache(client, url);
        Assert.Contains("116.7%", await second.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var next = warehouse.PublishRaisedDibao();
        await WaitUntil(() => Task.FromResult(evictions.Tags.Contains("snapshot:" + warehouse.FirstSnapshot)));

        Assert.Contains($"\"cacheSnapshot\":\"{next}\"", await client.GetStringAsync("/health", Ct), StringComparison.Ordinal);

        using var third = await client.GetAsync(url, Ct);
        Assert.Null(third.Headers.Age);
        var html = await third.Content.ReadAsStringAsync(Ct);
        Assert.Contains("118.3%", html, StringComparison.Ordinal); // 上城 dibao 1200 → credit 1.2: (2.4+1.2+1.1+1.2+1.2)/6
        Assert.Contains(next, html, StringComparison.Ordinal);
        using var fourth = await FromCache(client, url);
        Assert.Contains(next, await fourth.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> FromCache(HttpClient client, string url) => Cached.FromCache(client, url, Ct);

    private static async Task WaitUntil(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the new snapshot was not noticed within 10 s");
            await Task.Delay(50, Ct);
        }
    }

    /// <summary>The app's own output-cache store, with every tag eviction recorded.</summary>
    private sealed class RecordingStore(IOutputCacheStore inner, RecordingStore.Log log) : IOutputCacheStore
    {
        public static void Decorate(IServiceCollection services, Log log)
        {
            var original = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
            services.Remove(original);
            services.AddSingleton<IOutputCacheStore>(sp => new RecordingStore(
                original.ImplementationFactory is { } make ? (IOutputCacheStore)make(sp)
                : original.ImplementationInstance as IOutputCacheStore ?? (IOutputCacheStore)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!),
                log));
        }

        public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            log.Tags.Add(tag);
            await inner.EvictByTagAsync(tag, cancellationToken);
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
            inner.SetAsync(key, value, tags, validFor, cancellationToken);

        public sealed class Log
        {
            public ConcurrentBag<string> Tags { get; } = [];
        }
    }
}
