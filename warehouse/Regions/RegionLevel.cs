namespace Analytics.Warehouse.Regions;

/// <summary>
/// The three tiers of a GB/T 2260 code: 省 (xx0000), 地级市 (xxxx00) and 县级 (区, 县级市, 县).
/// Stored in <c>regions.level</c> by <see cref="RegionLevels.ToSql"/>.
/// </summary>
public enum RegionLevel
{
    Province,
    City,
    County,
}

/// <summary>The one mapping of <see cref="RegionLevel"/> to and from its SQL name (also the <c>level</c> column of regions.csv).</summary>
public static class RegionLevels
{
    public static readonly IReadOnlyList<RegionLevel> All = Enum.GetValues<RegionLevel>();

    public static string ToSql(this RegionLevel level) => level switch
    {
        RegionLevel.Province => "province",
        RegionLevel.City => "city",
        RegionLevel.County => "county",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>The level whose SQL name is exactly <paramref name="sql"/> (ordinal, as stored).</summary>
    public static bool TryParse(string sql, out RegionLevel level) => Vocabulary.TryParse(All, ToSql, sql, out level);

    /// <summary>The level a warehouse row names; an unknown name is a schema violation.</summary>
    public static RegionLevel Parse(string sql) =>
        TryParse(sql, out var l) ? l : throw new InvalidDataException($"regions.level '{sql}' is not province, city or county");
}
