namespace Analytics.Etl.Load;

/// <summary>What the warehouse records about a decoded report: its lineage, not its text.</summary>
public sealed record DocumentInfo(string Name, string Sha256, string Encoding, long SizeBytes, bool Synthetic = false);
