namespace Analytics.Warehouse.Regions;

/// <summary>
/// One administrative division from <c>data/regions.csv</c>: its 6-digit GB/T 2260 code, full
/// name (柯城区), short name (柯城), tier, parent and province. <see cref="ValidUntil"/> is the
/// year a division was abolished (杭州 江干区: 2021) and null for one that exists today; old
/// reports still name abolished divisions, so the gazetteer keeps them.
/// </summary>
public sealed record Region(
    string Code,
    string Name,
    string ShortName,
    RegionLevel Level,
    string? ParentCode,
    string ProvinceCode,
    int? ValidUntil)
{
    public bool IsCurrent => ValidUntil is null;
}
