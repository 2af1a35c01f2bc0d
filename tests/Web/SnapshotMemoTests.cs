using Analytics.Web.Serving;
using Microsoft.Extensions.Caching.Memory;

namespace Analytics.Tests.Web;

public sealed class SnapshotMemoTests
{
    [Fact]
    public void Computes_once_per_snapshot_and_evicts_the_older_snapshot_when_a_newer_one_is_seen()
    {
        using var cache = new MemoryCache(new MemoryCacheOptions());
        using var memo = new SnapshotMemo(cache);
        var calls = 0;

        Assert.Equal(1, memo.Get("s1", "k", () => ++calls));
        Assert.Equal(1, memo.Get("s1", "k", () => ++calls));
        Assert.Equal(2, memo.Get("s2", "k", () => ++calls));

        Assert.False(cache.TryGetValue(("s1", "k"), out _));
        Assert.True(cache.TryGetValue(("s2", "k"), out _));
    }
}
