namespace Analytics.Warehouse.Regions;

/// <summary>The three tiers of a GB/T 2260 code: 省 (xx0000), 地级市 (xxxx00) and 县级 (区, 县级市, 县).</summary>
public enum RegionLevel
{
    Province,
    City,
    County,
}
