namespace Analytics.Warehouse.Demo;

/// <summary>A value the generator left out on purpose: the series has the years around it but not this one.</summary>
public sealed record DemoGap(string RegionCode, string Indicator, int Year);
