namespace Analytics.Warehouse.Regions;

/// <summary>
/// One administrative division from <c>data/regions.csv</c>: its 6-digit GB/T 2260 code, full
/// name (柯城区), short name (柯城), English name, tier, parent and province. <see cref="NameEn"/> is
/// the official Hanyu Pinyin romanisation with the division's type: a province or 地级市 bare
/// (Zhejiang, Hangzhou), then Xihu District, Chun'an County, Yiwu City (county-level cities always
/// carry "City", so 海门市 and 海门区 stay apart). Names are unique within a province except where
/// the Chinese names repeat (Nanjing's and Xuzhou's 鼓楼区 are both Gulou District); across
/// provinces 台州 and 泰州 are both Taizhou. <see cref="ValidUntil"/> is the
/// year a division was abolished (杭州 江干区: 2021) and null for one that exists today; old
/// reports still name abolished divisions, so the gazetteer keeps them.
/// </summary>
public sealed record Region(
    string Code,
    string Name,
    string ShortName,
    string NameEn,
    RegionLevel Level,
    string? ParentCode,
    string ProvinceCode,
    int? ValidUntil)
{
    public bool IsCurrent => ValidUntil is null;
}
