using DuckDB.NET.Data;

namespace Analytics.Warehouse.Snapshots;

/// <summary>
/// One snapshot a <see cref="PublishedWarehouse"/> has open: a shared lock that keeps the pruner
/// away, and an anchor connection that keeps DuckDB's database instance (and its cache) alive so
/// that each lease opens cheaply. Released when superseded and the last lease is gone.
/// </summary>
internal sealed class OpenSnapshot
{
    private readonly Lock gate = new();
    private readonly FileStream hold;
    private readonly DuckDBConnection anchor;
    private int leases;
    private bool superseded;

    public OpenSnapshot(string id, string path)
    {
        Id = id;
        Path = path;
        // FileShare.Read takes a shared advisory lock; SnapshotStore.Prune needs an exclusive one.
        hold = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        try
        {
            anchor = WarehouseConnection.OpenReadOnly(path);
        }
        catch
        {
            hold.Dispose();
            throw;
        }
    }

    public string Id { get; }

    public string Path { get; }

    public SnapshotLease Lease()
    {
        lock (gate)
        {
            leases++;
        }

        return new SnapshotLease(this);
    }

    public void Release()
    {
        lock (gate)
        {
            leases--;
            CloseIfUnused();
        }
    }

    public void Supersede()
    {
        lock (gate)
        {
            superseded = true;
            CloseIfUnused();
        }
    }

    private void CloseIfUnused()
    {
        if (superseded && leases == 0)
        {
            anchor.Dispose();
            hold.Dispose();
        }
    }
}
