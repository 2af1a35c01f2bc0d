namespace Analytics.Warehouse.Demo;

/// <summary>One synthetic population row: residents and residents aged 60 and over of a county in a year.</summary>
public sealed record DemoPopulation(string RegionCode, int Year, long Residents, long Residents60Plus);
