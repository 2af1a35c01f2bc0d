namespace Analytics.Models.Store;

/// <summary>What a forecast write did: its load run, its source, the facts and intervals written, the snapshot published.</summary>
public sealed record ForecastWriteResult(int RunId, int SourceId, int Facts, int Intervals, int Replaced, string? SnapshotId);
