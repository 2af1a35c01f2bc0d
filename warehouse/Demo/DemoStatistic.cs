namespace Analytics.Warehouse.Demo;

/// <summary>One synthetic statistic: a county's value of a catalog indicator in a year, in the indicator's canonical unit.</summary>
public sealed record DemoStatistic(string RegionCode, string RegionName, string Indicator, int Year, decimal Value, string Unit);
