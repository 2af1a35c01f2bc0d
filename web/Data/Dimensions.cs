using Analytics.Warehouse.Regions;
using DuckDB.NET.Data;

namespace Analytics.Web.Data;

/// <summary>
/// A division from the regions dimension. <see cref="NameEn"/> is the English name as pages show it
/// (see <see cref="Dimensions.Regions"/>), or null in a snapshot published before regions had one.
/// Pages name a region through <see cref="Pages.Lang.Region"/>, never through a field directly.
/// </summary>
public sealed record RegionRow(string Code, string NameZh, string ShortName, string? NameEn, RegionLevel Level, string? ParentCode, string ProvinceCode, int? ValidUntil);

/// <summary>An indicator from the indicators dimension.</summary>
public sealed record IndicatorInfo(string Code, string Family, string NameZh, string NameEn, string Unit, string Kind, string Direction)
{
    public string Name(bool english) => english ? NameEn : NameZh;
}

/// <summary>The dimensions every page needs: regions, indicators, and which provinces and years have data.</summary>
public static class Dimensions
{
    /// <summary>
    /// Every division, by code. An English name another province also uses (台州 and 泰州 are both
    /// Taizhou) gets its province, "Taizhou (Zhejiang)", so no page, chart or export leaves the reader
    /// to guess. A name repeated within a province (鼓楼区) repeats in Chinese too; the city beside it
    /// tells the two apart.
    /// </summary>
    public static IReadOnlyList<RegionRow> Regions(DuckDBConnection c, CancellationToken ct)
    {
        // Snapshots published before regions.name_en existed lack the column: they keep Chinese names.
        var hasEnglish = Sql.Rows(c, "SELECT count(*) FROM duckdb_columns() WHERE table_name = 'regions' AND column_name = 'name_en'",
            r => r.GetInt64(0), ct)[0] > 0;
        var rows = Sql.Rows(c, $"""
            SELECT code, name, coalesce(short_name, name), {(hasEnglish ? "name_en" : "NULL::VARCHAR")}, level, parent_code, province_code, valid_until
            FROM regions ORDER BY code
            """,
            r => new RegionRow(r.GetString(0), r.GetString(1), r.GetString(2), r.Text(3), RegionLevels.Parse(r.GetString(4)), r.Text(5), r.GetString(6), r.Int(7)), ct);
        var provinces = rows.Where(r => r.Level == RegionLevel.Province).ToDictionary(r => r.Code, r => r.NameEn ?? r.NameZh, StringComparer.Ordinal);
        var shared = rows.Where(r => r.NameEn is not null)
            .GroupBy(r => r.NameEn!, StringComparer.Ordinal) // the nulls are filtered out above
            .Where(g => g.Select(r => r.ProvinceCode).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        return [.. rows.Select(r => r.NameEn is { } en && shared.Contains(en) && provinces.TryGetValue(r.ProvinceCode, out var province)
            ? r with { NameEn = $"{en} ({province})" }
            : r)];
    }

    public static IReadOnlyList<IndicatorInfo> Indicators(DuckDBConnection c, CancellationToken ct) =>
        Sql.Rows(c, "SELECT code, family, name_zh, name_en, unit, kind, direction FROM indicators ORDER BY family, code",
            r => new IndicatorInfo(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6)), ct);

    /// <summary>Provinces with targets, the one with most target rows first; then provinces with facts only.</summary>
    public static IReadOnlyList<string> ProvincesWithData(DuckDBConnection c, CancellationToken ct) =>
        Sql.Rows(c, """
            SELECT province_code FROM (
                SELECT applies_to AS province_code, count(*) AS n, 0 AS tier FROM effective_targets GROUP BY ALL
                UNION ALL
                SELECT r.province_code, count(*), 1 FROM facts f JOIN regions r ON r.code = f.region_code
                WHERE f.status = 'actual' GROUP BY ALL)
            GROUP BY province_code ORDER BY min(tier), max(n) DESC, province_code
            """, r => r.GetString(0), ct);

    /// <summary>Years with a target or an actual value in the province, latest first.</summary>
    public static IReadOnlyList<int> Years(DuckDBConnection c, string province, CancellationToken ct) =>
        Sql.Rows(c, """
            SELECT DISTINCT year FROM (
                SELECT year FROM effective_targets WHERE applies_to = $p
                UNION ALL
                SELECT f.year FROM facts f JOIN regions r ON r.code = f.region_code
                WHERE r.province_code = $p AND f.status = 'actual' AND f.year IS NOT NULL)
            ORDER BY year DESC
            """, r => r.GetInt32(0), ct, ("p", province));
}
