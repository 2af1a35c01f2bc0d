namespace Analytics.Warehouse.Demo;

/// <summary>
/// One synthetic provincial assessment target, shaped like the targets template: the value a
/// county's indicator must reach (<see cref="Comparator"/> <see cref="Threshold"/>) on a basis
/// (absolute, per_10k_residents, per_1k_aged_60plus, percent), with its weight in the score.
/// </summary>
public sealed record DemoTarget(
    string ProvinceCode, int Year, string Indicator, string Comparator, decimal Threshold, string Basis, decimal Weight, string Note);
