namespace Analytics.Warehouse.Snapshots;

/// <summary>
/// What one source did in a run: loaded (possibly with quarantined rows), skipped because the same
/// content was loaded before, or rejected whole. <see cref="RunCounts"/> counts the first two;
/// the load summary names each by <see cref="LoadOutcomes.Name"/>.
/// </summary>
public enum LoadOutcome
{
    Loaded,
    Skipped,
    Rejected,
}

/// <summary>The one mapping of <see cref="LoadOutcome"/> to its name.</summary>
public static class LoadOutcomes
{
    public static string Name(this LoadOutcome outcome) => outcome switch
    {
        LoadOutcome.Loaded => "loaded",
        LoadOutcome.Skipped => "skipped",
        LoadOutcome.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };
}
