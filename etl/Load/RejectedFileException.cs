namespace Analytics.Etl.Load;

/// <summary>A whole file the load cannot read (empty, not UTF-8, no recognisable header): quarantined as one row.</summary>
public sealed class RejectedFileException(string reason) : Exception(reason);
