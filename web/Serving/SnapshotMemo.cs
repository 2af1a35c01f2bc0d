using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace Analytics.Web.Serving;

/// <summary>
/// What a published snapshot never changes (dimensions, targets, population, scoreboards) computed
/// once per snapshot and kept in the memory cache under the snapshot id. When a request sees a newer
/// snapshot, the older snapshot's entries are evicted through their change token.
/// </summary>
public sealed class SnapshotMemo(IMemoryCache cache) : IDisposable
{
    private readonly Lock switching = new();
    private string? current;
    private CancellationTokenSource evict = new();

    public T Get<T>(string snapshotId, string key, Func<T> create)
    {
        var token = TokenFor(snapshotId);
        return cache.GetOrCreate((snapshotId, key), entry =>
        {
            entry.AddExpirationToken(new CancellationChangeToken(token));
            return create();
        })!; // create never returns null for the types cached here
    }

    public void Dispose()
    {
        lock (switching)
        {
            evict.Dispose();
        }
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
