using Analytics.Warehouse;
using Analytics.Warehouse.Snapshots;

namespace Analytics.Tests.Warehouse;

public sealed class WarehouseWriteTests : IDisposable
{
    private readonly TempFolder folder = new();

    private string File => folder.File("work/warehouse.duckdb");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_committed_write_records_its_run_by_column_and_publishes_into_the_folder_the_options_name()
    {
        var snapshots = folder.File("published");
        string? snapshot;
        using (var write = WarehouseWrite.Begin(File, new PublishOptions(SnapshotDirectory: snapshots)))
        {
            Assert.Equal(1, write.RunId);
            Sql.Execute(write.Connection, "INSERT INTO years VALUES (2024)");
            snapshot = write.Commit(new RunCounts(FilesLoaded: 2, FilesSkipped: 1, RowsLoaded: 40, Quarantined: 3));
            Assert.False(write.IsOpen);
        }

        Assert.Equal("1:2:1:40:3:true", Db.Scalar<string>(File,
            "SELECT run_id || ':' || files_loaded || ':' || files_skipped || ':' || rows_loaded || ':' || quarantined || ':' || (started_at <= finished_at) FROM load_runs"));
        var store = new SnapshotStore(snapshots);
        Assert.Equal(snapshot, store.CurrentId());
        Assert.Equal(1, Db.Scalar<int>(store.PathOf(snapshot!), "SELECT count(*) FROM years"));
        Assert.Empty(SnapshotStore.ForWarehouse(File).List());
    }

    [Fact]
    public void Run_ids_follow_the_last_run_and_old_snapshots_beyond_the_kept_ones_are_pruned()
    {
        var options = new PublishOptions(KeepSnapshots: 2);
        var runs = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            using var write = WarehouseWrite.Begin(File, options);
            runs.Add(write.RunId);
            write.Commit(new RunCounts(1, 0, 0, 0));
        }

        Assert.Equal([1, 2, 3], runs);
        var store = SnapshotStore.ForWarehouse(File);
        Assert.Equal(2, store.List().Count);
        Assert.EndsWith("-run000003", store.CurrentId());
    }

    [Fact]
    public void A_write_disposed_without_a_commit_leaves_no_row_no_run_and_no_snapshot()
    {
        using (var first = WarehouseWrite.Begin(File, new PublishOptions(Publish: false)))
        {
            first.Commit(new RunCounts(1, 0, 1, 0));
        }

        var before = Db.Fingerprint(File);
        using (var write = WarehouseWrite.Begin(File))
        {
            Assert.Equal(2, write.RunId);
            Sql.Execute(write.Connection, "INSERT INTO years VALUES (2030)");
        }

        Assert.Equal(before, Db.Fingerprint(File));
        Assert.Equal(0, Db.Scalar<int>(File, "SELECT count(*) FROM years"));
        Assert.Empty(SnapshotStore.ForWarehouse(File).List());
    }

    [Fact]
    public void A_write_commits_only_once()
    {
        using var write = WarehouseWrite.Begin(File, new PublishOptions(Publish: false));
        write.Commit(new RunCounts(1, 0, 0, 0));
        Assert.Throws<ObjectDisposedException>(() => write.Commit(new RunCounts(1, 0, 0, 0)));
    }
}
