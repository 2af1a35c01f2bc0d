namespace Analytics.Web.Serving;

/// <summary>
/// The snapshot id the output cache keys and tags entries with. Kept by <see cref="SnapshotWatcher"/>
/// so that a cache hit costs no file read; the id changes exactly when a newer snapshot is published.
/// </summary>
public sealed class SnapshotState
{
    private volatile string? current;

    public string? Current => current;

    /// <summary>Sets the id and returns the previous one.</summary>
    public string? Swap(string? id) => Interlocked.Exchange(ref current, id);
}
