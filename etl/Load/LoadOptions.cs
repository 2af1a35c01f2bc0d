using Analytics.Warehouse.Snapshots;

namespace Analytics.Etl.Load;

/// <summary>
/// How a load run treats its warehouse: whether it publishes a snapshot for readers after the
/// commit, into which folder, how many old snapshots it keeps, and where (every how many rows) it reports progress.
/// </summary>
public sealed record LoadOptions(
    bool Publish = true,
    int KeepSnapshots = 3,
    string? SnapshotDirectory = null,
    Action<LoadProgress>? Progress = null,
    int ProgressEvery = 65_536)
{
    /// <summary>The publishing part, as every warehouse write takes it.</summary>
    public PublishOptions Publishing => new(Publish, KeepSnapshots, SnapshotDirectory);
}

/// <summary>Progress through one source: bytes (or facts) done of the total.</summary>
public readonly record struct LoadProgress(string Source, long Done, long Total);
