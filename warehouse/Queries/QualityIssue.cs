namespace Analytics.Warehouse.Queries;

/// <summary>One finding of the data-quality check: which check, where, and what is wrong.</summary>
public sealed record QualityIssue(string Check, string? RegionCode, string Indicator, int? Year, string Detail);
