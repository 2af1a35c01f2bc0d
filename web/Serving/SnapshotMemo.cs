using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace Analytics.Web.Serving;

/// <summary>
/// What a published snapshot never changes (dimensions, targets, population, scoreboards) computed
/// once per snapshot and kept in a memory cache of its own under the snapshot id, at most
/// <c>Cache:MemoEntries</c> entries (each a province-year's scoreboard at the largest): past that a
/// new entry is computed but not kept, and the cache compacts. When a request sees a newer snapshot,
/// the older snapshot's entries are evicted through their change token.
/// </summary>
public sealed class SnapshotMemo(int maxEntries) : IDisposable
{
    /// <summary>The default bound: every province-year of a national warehouse with room to spare.</summary>
    public const int DefaultEntries = 4096;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = maxEntries });
    private readonly Lock switching = new();
    private string? current;
    private CancellationTokenSource evict = new();

    public T Get<T>(string snapshotId, string key, Func<T> create)
    {
        var token = TokenFor(snapshotId);
        return cache.GetOrCreate((snapshotId, key), entry =>
        {
            entry.Size = 1;
            entry.AddExpirationToken(new CancellationChangeToken(token));
            return create();
        })!; // create never returns null for the types cached here
    }

    /// <summary>Entries kept now (a test's view of the bound).</summary>
    public int Count => cache.Count;

    public void Dispose()
    {
        lock (switching)
        {
            evict.Dispose();
        }

        cache.Dispose();
    }

    private CancellationToken TokenFor(string snapshotId)
    {
        lock (switching)
        {
            if (current != snapshotId)
            {
                if (current is not null)
                {
                    evict.Cancel();
                    evict.Dispose();
                    evict = new CancellationTokenSource();
                }

                current = snapshotId;
            }

            return evict.Token;
        }
    }
}
