using Analytics.Warehouse.Targets;

namespace Analytics.Warehouse.Demo;

/// <summary>
/// One synthetic provincial assessment target, shaped like the targets template: the value a
/// county's indicator must reach (<see cref="Comparator"/> <see cref="Threshold"/>) on a basis
/// (absolute, per 10,000 residents, per 1,000 aged 60+, percent), with its weight in the score.
/// </summary>
public sealed record DemoTarget(
    string ProvinceCode, int Year, string Indicator, TargetComparator Comparator, decimal Threshold, TargetBasis Basis, decimal Weight, string Note);
