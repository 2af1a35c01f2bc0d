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
    /// form, kind and provenance; economic bases; sources of kind 'economy'. 3: reviews of numbers read
    /// from prose (sources of kind 'review', the reviews table, facts' fact_key and evidence_mark).
    /// 4: figures read by OCR (the ocr_readings table). 5: the forecast run, each family's chosen model
    /// and the measured interval coverage (forecast_runs, forecast_choices, forecast_coverage), which the
    /// web reads from the snapshot. <see cref="Create"/> upgrades a warehouse of any earlier version in place.
    /// </summary>
    public const int Version = 5;

    /// <summary>
    /// The stable key of a report fact (alias <c>f</c> of facts), the name a review sheet gives it:
    /// <c>F-</c> and 16 hex digits of the SHA-256 of what the fact says and where the sentence put it
    /// (evidence, span, the region as named, indicator, years, status, segment, value). No row id or
    /// file hash enters it, so the same report text loaded again (into a rebuilt warehouse, re-saved
    /// in another encoding) gives its facts the same keys and their reviews still hold; a reading that
    /// changes (another value, indicator or year) is another fact, and its old key goes stale.
    /// </summary>
    public const string FactKey = """
        'F-' || upper(substr(sha256(concat_ws('|', coalesce(f.evidence, ''), coalesce(f.span_start::VARCHAR, ''),
            coalesce(f.span_end::VARCHAR, ''), coalesce(f.region_name, ''), f.indicator, coalesce(f.year::VARCHAR, ''),
            coalesce(f.period_start::VARCHAR, ''), f.status, coalesce(f.segment, ''), coalesce(f.value::VARCHAR, '*'))), 1, 16))
        """;

    /// <summary>The DDL script; every statement is idempotent.</summary>
    public static string Script { get; } = ReadScript();

    /// <summary>Creates every table and view that is missing and records the schema version.</summary>
    public static void Create(DuckDBConnection connection)
    {
        var from = Exists(connection, "schema_info")
            ? Sql.Scalar<int>(connection, "SELECT coalesce(max(version), 0) FROM schema_info")
            : Version;
        var upgrade = from < Version;
        if (upgrade)
        {
            SetAside(connection, from);
        }

        Sql.Execute(connection, Script);
        if (upgrade)
        {
            CopyBack(connection);
        }

        Sql.Execute(connection, string.Create(CultureInfo.InvariantCulture,
            $"INSERT INTO schema_info SELECT {Version} WHERE NOT EXISTS (SELECT 1 FROM schema_info)"));
    }

    /// <summary>The version a warehouse (or snapshot) was written with; 0 for a file without the schema.</summary>
    public static int VersionOf(DuckDBConnection connection) =>
        Exists(connection, "schema_info") ? Sql.Scalar<int>(connection, "SELECT coalesce(max(version), 0) FROM schema_info") : 0;

    /// <summary>
    /// Gives the report facts a run has appended so far their <see cref="FactKey"/>: one statement per
    /// run (before its commit, and before a review sheet of the run looks keys up), not one per report.
    /// </summary>
    public static void KeyReportFacts(DuckDBConnection connection, int runId) => Sql.Execute(connection, $"""
        UPDATE facts AS f SET fact_key = {FactKey}
        FROM sources s
        WHERE s.source_id = f.source_id AND s.kind = 'report' AND f.run_id = $run AND f.fact_key IS NULL
        """, ("run", runId));

    // DuckDB cannot alter a CHECK: a table whose check changed is renamed, recreated by the script and
    // refilled. Version 1 checked sources.kind and the targets' comparator and basis against shorter
    // lists; version 2 sources.kind without 'review'. Version-1 targets had no source: they become
    // examples. The views are recreated by the script; facts gain their two columns by its ALTERs.
    private static void SetAside(DuckDBConnection connection, int from)
    {
        Sql.Execute(connection, """
            DROP VIEW IF EXISTS preferred_facts;
            DROP VIEW IF EXISTS fact_candidates;
            DROP VIEW IF EXISTS fact_reviews;
            DROP VIEW IF EXISTS current_reviews;
            DROP VIEW IF EXISTS fact_lineage;
            DROP VIEW IF EXISTS effective_targets;
            """);
        if (Exists(connection, "sources"))
        {
            Sql.Execute(connection, "ALTER TABLE sources RENAME TO sources_old");
        }

        if (from < 2 && Exists(connection, "targets"))
        {
            Sql.Execute(connection, "ALTER TABLE targets RENAME TO targets_v1");
        }
    }

    private static void CopyBack(DuckDBConnection connection)
    {
        if (Exists(connection, "sources_old"))
        {
            Sql.Execute(connection, """
                INSERT INTO sources SELECT * FROM sources_old;
                DROP TABLE sources_old;
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

        // Report facts loaded before keys existed get theirs: the key reads only what they already hold.
        Sql.Execute(connection, $"""
            UPDATE facts AS f SET fact_key = {FactKey}
            FROM sources s WHERE s.source_id = f.source_id AND s.kind = 'report' AND f.fact_key IS NULL
            """);
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
                .AppendValue(r.Code).AppendValue(r.Name).AppendValue(r.ShortName).AppendValue(r.Level.ToSql())
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

    private static string ReadScript()
    {
        using var stream = typeof(WarehouseSchema).Assembly.GetManifestResourceStream("Analytics.Warehouse.schema.sql")
            ?? throw new InvalidOperationException("schema.sql is not embedded in Analytics.Warehouse");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
