using Analytics.Tests.Etl.Load;
using Analytics.Warehouse.Snapshots;

namespace Analytics.Tests.Warehouse;

public sealed class SnapshotTests : IDisposable
{
    private const string Header = "region,indicator,year,value,unit";
    private readonly LoadFixture fx = new();

    public void Dispose() => fx.Dispose();

    private static long Facts(SnapshotLease lease)
    {
        using var conn = lease.Open();
        return Db.Scalar<long>(conn, "SELECT count(*) FROM facts");
    }

    [Fact]
    public void A_reader_keeps_its_snapshot_while_a_load_publishes_a_newer_one_and_switches_on_next_acquire()
    {
        var first = fx.Load(fx.Csv("a.csv", Header, "330802,elderly_beds,2022,1500,张"));
        using var published = new PublishedWarehouse(fx.Folder.File("snapshots"));
        using var old = published.Acquire();
        using var oldConnection = old.Open();
        Assert.Equal(first.SnapshotId, old.SnapshotId);

        var second = fx.Load(fx.Csv("b.csv", Header, "330802,elderly_beds,2023,1520,张"));

        Assert.Equal(1, Db.Scalar<long>(oldConnection, "SELECT count(*) FROM facts"));
        using var fresh = published.Acquire();
        Assert.Equal(second.SnapshotId, fresh.SnapshotId);
        Assert.Equal(second.SnapshotId, published.SnapshotId);
        Assert.Equal(2, Facts(fresh));
        Assert.Equal(1, Facts(old));
    }

    [Fact]
    public void Pruning_spares_a_snapshot_a_reader_holds_and_removes_it_once_released()
    {
        fx.Load(fx.Csv("a.csv", Header, "330802,elderly_beds,2021,1,张"));
        var store = new SnapshotStore(fx.Folder.File("snapshots"));
        var published = new PublishedWarehouse(store);
        var held = published.Acquire();
        var heldId = held.SnapshotId;

        fx.Load(fx.Csv("b.csv", Header, "330802,elderly_beds,2022,2,张"));
        fx.Load(fx.Csv("c.csv", Header, "330802,elderly_beds,2023,3,张"));
        var unheld = store.List()[1];
        var pruned = store.Prune(keep: 1);
        Assert.Equal([unheld], pruned);
        Assert.Contains(heldId, store.List());
        Assert.Equal(1, Facts(held));

        held.Dispose();
        published.Refresh();
        Assert.Equal([heldId], store.Prune(keep: 1));
        Assert.Equal([store.CurrentId()!], store.List()); // three loads published, so CURRENT exists
        published.Dispose();
    }

    [Fact]
    public void Acquire_before_any_publish_says_to_run_a_load()
    {
        using var published = new PublishedWarehouse(fx.Folder.File("snapshots"));

        var error = Assert.Throws<InvalidOperationException>(published.Acquire);
        Assert.Contains("run a load first", error.Message, StringComparison.Ordinal);
    }
}
