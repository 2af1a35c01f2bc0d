using Analytics.Web.Serving;

namespace Analytics.Tests.Web;

public sealed class SnapshotMemoTests
{
    [Fact]
    public void Computes_once_per_snapshot_and_evicts_the_older_snapshot_when_a_newer_one_is_seen()
    {
        using var memo = new SnapshotMemo(SnapshotMemo.DefaultEntries);
        var calls = 0;

        Assert.Equal(1, memo.Get("s1", "k", () => ++calls));
        Assert.Equal(1, memo.Get("s1", "k", () => ++calls));
        Assert.Equal(2, memo.Get("s2", "k", () => ++calls));

        Assert.Equal(3, memo.Get("s1", "k", () => ++calls)); // s1's entry went with the switch to s2
    }

    [Fact]
    public void Keeps_at_most_its_bound_and_still_answers_every_key()
    {
        using var memo = new SnapshotMemo(maxEntries: 10);

        for (var i = 0; i < 500; i++)
        {
            Assert.Equal(i * 2, memo.Get("s1", "key:" + i, () => i * 2));
            Assert.InRange(memo.Count, 0, 10);
        }

        Assert.Equal(0, memo.Get("s1", "key:0", () => 0));
    }
}
