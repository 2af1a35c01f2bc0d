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
    /// <summary>
    /// Bumped whenever schema.sql changes in a way old warehouses cannot read. 2: targets carry their
    /// form, kind and provenance; economic bases; sources of kind 'economy'. <see cref="Create"/>
    /// upgrades a version-1 warehouse in place.
    /// </summary>
    public const int Version = 2;

    /// <summary>The DDL script; every statement is idempotent.</summary>
    public static string Script { get; } = ReadScript();

    /// <summary>Creates every table and view that is missing and records the schema version.</summary>
    public static void Create(DuckDBConnection connection)
    {
        var upgrade = Exists(connection, "schema_info")
            && Sql.Scalar<int>(connection, "SELECT coalesce(max(version), 0) FROM schema_info") < Version;
        if (upgrade)
        {
            SetAsideVersion1(connection);
        }

        Sql.Execute(connection, Script);
        if (upgrade)
        {
            CopyVersion1(connection);
        }

        Sql.Execute(connection, string.Create(CultureInfo.InvariantCulture,
            $"INSERT INTO schema_info SELECT {Version} WHERE NOT EXISTS (SELECT 1 FROM schema_info)"));
    }

    /// <summary>The version a warehouse (or snapshot) was written with; 0 for a file without the schema.</summary>
    public static int VersionOf(DuckDBConnection connection) =>
        Exists(connection, "schema_info") ? Sql.Scalar<int>(connection, "SELECT coalesce(max(version), 0) FROM schema_info") : 0;

    // Version 1 checked sources.kind and the targets' comparator and basis against shorter lists, and
    // DuckDB cannot alter a CHECK: the two tables are renamed, recreated by the script, and refilled.
    // Version-1 targets had no source: they become examples. The views are recreated by the script.
    private static void SetAsideVersion1(DuckDBConnection connection)
    {
        Sql.Execute(connection, """
            DROP VIEW IF EXISTS preferred_facts;
            DROP VIEW IF EXISTS fact_candidates;
            DROP VIEW IF EXISTS fact_lineage;
            DROP VIEW IF EXISTS effective_targets;
            """);
        if (Exists(connection, "sources"))
        {
            Sql.Execute(connection, "ALTER TABLE sources RENAME TO sources_v1");
        }

        if (Exists(connection, "targets"))
        {
            Sql.Execute(connection, "ALTER TABLE targets RENAME TO targets_v1");
        }
    }

    private static void CopyVersion1(DuckDBConnection connection)
    {
        if (Exists(connection, "sources_v1"))
        {
            Sql.Execute(connection, """
                INSERT INTO sources SELECT * FROM sources_v1;
                DROP TABLE sources_v1;
                """);
        }

        if (Exists(connection, "targets_v1"))
        {
            Sql.Execute(connection, """
                INSERT INTO targets (province_code, year, indicator, comparator, threshold, basis, weight, kind, note,
                                     source_id, source_row, run_id, synthetic)
                SELECT province_code, year, indicator, comparator, threshold, basis, weight, 'example', note,
                       source_id, source_row, run_id, synthetic
                FROM targets_v1;
                DROP TABLE targets_v1;
                """);
        }

        Sql.Execute(connection, string.Create(CultureInfo.InvariantCulture, $"UPDATE schema_info SET version = {Version}"));
    }

    private static bool Exists(DuckDBConnection connection, string table) =>
        Sql.Scalar<long>(connection, "SELECT count(*) FROM duckdb_tables() WHERE table_name = $t", ("t", table)) > 0;

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
            UNION SELECT year FROM population UNION SELECT year FROM targets UNION SELECT year FROM economic_bases)
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
