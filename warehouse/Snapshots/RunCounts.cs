namespace Analytics.Warehouse.Snapshots;

/// <summary>What a run records in its <c>load_runs</c> row: files loaded and skipped, rows loaded, rows quarantined.</summary>
public readonly record struct RunCounts(int FilesLoaded, int FilesSkipped, long RowsLoaded, long Quarantined);
