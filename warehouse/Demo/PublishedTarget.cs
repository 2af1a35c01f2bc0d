namespace Analytics.Warehouse.Demo;

/// <summary>
/// A province's indicator and year that a published (official) target already covers, its own or
/// inherited from the national plan: the demo invents no example target there.
/// </summary>
public sealed record PublishedTarget(string ProvinceCode, int Year, string Indicator);
