using Analytics.Warehouse.Targets;

namespace Analytics.Warehouse.Demo;

/// <summary>One synthetic economic base row: a county's per-capita consumption expenditure in a year (yuan per person per year).</summary>
public sealed record DemoEconomicBase(string RegionCode, int Year, EconomicBase Base, decimal Value);
