namespace Analytics.Warehouse.Snapshots;

/// <summary>
/// What a <see cref="WarehouseWrite"/> does after its commit: whether it publishes a snapshot for
/// readers, into which folder (by default <c>&lt;warehouse folder&gt;/snapshots</c>, the one the web
/// reads unless told otherwise), and how many older snapshots it keeps.
/// </summary>
public sealed record PublishOptions(bool Publish = true, int KeepSnapshots = 3, string? SnapshotDirectory = null)
{
    /// <summary>The store a write to <paramref name="databasePath"/> publishes into.</summary>
    public SnapshotStore StoreFor(string databasePath) =>
        SnapshotDirectory is { } directory ? new SnapshotStore(directory) : SnapshotStore.ForWarehouse(databasePath);
}
