using DuckDB.NET.Data;

namespace Analytics.Warehouse.Snapshots;

/// <summary>
/// A hold on one published snapshot. Open as many read-only connections as needed while it lives;
/// dispose it (after them) to let the snapshot be pruned once a newer one is current.
/// </summary>
public sealed class SnapshotLease : IDisposable
{
    private readonly OpenSnapshot snapshot;
    private int released;

    internal SnapshotLease(OpenSnapshot snapshot) => this.snapshot = snapshot;

    /// <summary>Stable id of the snapshot (<c>20261123T192500123Z-run000007</c>), fit for cache keys.</summary>
    public string SnapshotId => snapshot.Id;

    public string Path => snapshot.Path;

    /// <summary>A new read-only connection to this snapshot; the caller disposes it.</summary>
    public DuckDBConnection Open() => WarehouseConnection.OpenReadOnly(snapshot.Path);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref released, 1) == 0)
        {
            snapshot.Release();
        }
    }
}
