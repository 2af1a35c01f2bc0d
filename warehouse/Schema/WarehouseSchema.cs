using System.Globalization;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Regions;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Schema;

/// <summary>
/// Creates the star schema (<c>schema.sql</c>, embedded) and refreshes the small dimensions
/// (indicators, regions, years) inside the caller's transaction.
/// </summary>
public static class WarehouseSchema
{
    /// <summary>Bumped whenever schema.sql changes in a way old warehouses cannot read.</summary>
    public const int Version = 1;

    /// <summary>The DDL script; every statement is idempotent.</summary>
    public static string Script { get; } = ReadScript();

    /// <summary>Creates every table and view that is missing and records the schema version.</summary>
    public static void Create(DuckDBConnection connection)
    {
        Sql.Execute(connection, Script);
        Sql.Execute(connection, string.Create(CultureInfo.InvariantCulture,
            $"INSERT INTO schema_info SELECT {Version} WHERE NOT EXISTS (SELECT 1 FROM schema_info)"));
    }

    /// <summary>Replaces the indicators dimension with the catalog.</summary>
    public static void RefreshIndicators(DuckDBConnection connection, IndicatorCatalog catalog)
    {
        Sql.Execute(connection, "DELETE FROM indicators");
        using var appender = connection.CreateAppender("indicators");
        foreach (var i in catalog.Indicators)
        {
            appender.CreateRow()
                .AppendValue(i.Code).AppendValue(i.Family).AppendValue(i.NameZh).AppendValue(i.NameEn)
                .AppendValue(i.Unit).AppendValue(i.Kind).AppendValue(i.Direction)
                .EndRow();
        }
    }

    /// <summary>Replaces the regions dimension (normally the whole gazetteer).</summary>
    public static void RefreshRegions(DuckDBConnection connection, IEnumerable<Region> regions)
    {
        Sql.Execute(connection, "DELETE FROM regions");
        using var appender = connection.CreateAppender("regions");
        foreach (var r in regions)
        {
            appender.CreateRow()
                .AppendValue(r.Code).AppendValue(r.Name).AppendValue(r.ShortName).AppendValue(LevelName(r.Level))
                .AppendValue(r.ParentCode).AppendValue(r.ProvinceCode).AppendValue(r.ValidUntil)
                .AppendValue(r.NameEn)
                .EndRow();
        }
    }

    /// <summary>Rebuilds the years dimension from every year facts, population and targets mention.</summary>
    public static void RefreshYears(DuckDBConnection connection) => Sql.Execute(connection, """
        DELETE FROM years;
        INSERT INTO years
        SELECT DISTINCT year FROM (
            SELECT year FROM facts UNION SELECT period_start FROM facts
            UNION SELECT year FROM population UNION SELECT year FROM targets)
        WHERE year IS NOT NULL ORDER BY year;
        """);

    /// <summary>How the warehouse spells a level: <c>province</c>, <c>city</c>, <c>county</c>.</summary>
    public static string LevelName(RegionLevel level) => level switch
    {
        RegionLevel.Province => "province",
        RegionLevel.City => "city",
        _ => "county",
    };

    private static string ReadScript()
    {
        using var stream = typeof(WarehouseSchema).Assembly.GetManifestResourceStream("Analytics.Warehouse.schema.sql")
            ?? throw new InvalidOperationException("schema.sql is not embedded in Analytics.Warehouse");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
