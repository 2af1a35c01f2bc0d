namespace Analytics.Etl.Load;

/// <summary>Residents and residents aged 60+ of one region in one year: the per-capita denominators.</summary>
public readonly record struct PopulationRecord(string RegionCode, int Year, long? Residents, long? Residents60Plus, int SourceRow, bool Synthetic);
