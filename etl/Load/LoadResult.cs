using Analytics.Warehouse.Snapshots;

namespace Analytics.Etl.Load;

/// <summary>What one source did in a run: loaded (with rows and quarantined rows), skipped as already loaded, or rejected whole.</summary>
public sealed record SourceResult(string Name, string Kind, LoadOutcome Outcome, long Rows, long Quarantined, string? Note);

/// <summary>The outcome of a committed run; <see cref="RunId"/> is null when every source was already loaded.</summary>
public sealed record LoadResult(int? RunId, string? SnapshotId, IReadOnlyList<SourceResult> Sources)
{
    public long Rows => Sources.Sum(s => s.Rows);

    public long Quarantined => Sources.Sum(s => s.Quarantined);
}
