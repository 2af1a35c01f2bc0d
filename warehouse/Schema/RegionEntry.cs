namespace Analytics.Warehouse.Schema;

/// <summary>
/// One row of the regions dimension: a GB/T 2260 division with its level
/// (<c>province</c>, <c>city</c>, <c>county</c>) and parent.
/// </summary>
public sealed record RegionEntry(
    string Code,
    string Name,
    string? ShortName,
    string Level,
    string? ParentCode,
    string ProvinceCode,
    int? ValidUntil);
