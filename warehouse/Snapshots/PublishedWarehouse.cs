namespace Analytics.Warehouse.Snapshots;

/// <summary>
/// The read side of the warehouse: opens the newest published snapshot read-only, notices when
/// <c>CURRENT</c> names a newer one and switches to it for the next <see cref="Acquire"/>. Queries
/// that already hold a lease finish on the snapshot they started on. Use <see cref="SnapshotLease.SnapshotId"/>
/// as part of cache keys: it changes exactly when the data does.
/// </summary>
/// <example>
/// <code>
/// using var snapshot = published.Acquire();
/// using var conn = snapshot.Open();
/// </code>
/// </example>
public sealed class PublishedWarehouse(SnapshotStore store) : IDisposable
{
    private readonly Lock gate = new();
    private OpenSnapshot? current;
    private bool disposed;

    public PublishedWarehouse(string snapshotDirectory)
        : this(new SnapshotStore(snapshotDirectory))
    {
    }

    public SnapshotStore Store { get; } = store;

    /// <summary>The id of the snapshot new leases use, or null before the first publish.</summary>
    public string? SnapshotId
    {
        get
        {
            Refresh();
            lock (gate)
            {
                return current?.Id;
            }
        }
    }

    /// <summary>Switches to the snapshot <c>CURRENT</c> names if it is not the one in use. True when it switched.</summary>
    public bool Refresh()
    {
        var id = Store.CurrentId();
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (id is null || id == current?.Id)
            {
                return false;
            }

            var next = new OpenSnapshot(id, Store.PathOf(id));
            current?.Supersede();
            current = next;
            return true;
        }
    }

    /// <summary>A lease on the newest snapshot; it stays readable (and is never pruned) until disposed.</summary>
    public SnapshotLease Acquire()
    {
        Refresh();
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            var snapshot = current ?? throw new InvalidOperationException(
                $"no snapshot has been published in {Store.Directory}; run a load first");
            return snapshot.Lease();
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            current?.Supersede();
            current = null;
        }
    }
}
