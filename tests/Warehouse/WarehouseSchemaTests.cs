using Analytics.Warehouse;
using Analytics.Warehouse.Regions;
using Analytics.Warehouse.Schema;
using DuckDB.NET.Data;

namespace Analytics.Tests.Warehouse;

public sealed class WarehouseSchemaTests
{
    [Fact]
    public void Schema_creates_every_table_and_view_and_can_run_again()
    {
        using var conn = new DuckDBConnection("DataSource=:memory:");
        conn.Open();
        WarehouseSchema.Create(conn);
        WarehouseSchema.Create(conn);

        using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT table_name FROM information_schema.tables ORDER BY table_name";
        using var reader = cmd.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        Assert.Equal(
            ["at_risk_counts", "current_reviews", "economic_bases", "effective_targets", "fact_candidates", "fact_lineage", "fact_reviews", "facts",
            "forecast_backtest_intervals", "forecast_backtests", "forecast_choices", "forecast_coverage", "forecast_intervals", "forecast_runs", "indicators", "load_runs", "model_evaluations", "ocr_readings", "population", "preferred_facts", "quarantine", "regions", "reviews", "schema_info",
             "sources", "targets", "years"],
            names);
        Assert.Equal(WarehouseSchema.Version, Db.Scalar<int>(conn, "SELECT version FROM schema_info"));
        Assert.Equal(1, Db.Scalar<long>(conn, "SELECT count(*) FROM schema_info"));
    }

    [Fact]
    public void Facts_refuse_a_status_outside_the_contract()
    {
        using var conn = new DuckDBConnection("DataSource=:memory:");
        conn.Open();
        WarehouseSchema.Create(conn);
        using var cmd = conn.CreateCommand();
        cmd.CommandText = """
            INSERT INTO facts (fact_id, indicator, unit, qualifier, status, redacted, source_id, run_id, synthetic)
            VALUES (1, 'elderly_beds', 'beds', 'exact', 'guess', false, 1, 1, false)
            """;

        Assert.ThrowsAny<DuckDBException>(() => cmd.ExecuteNonQuery());
    }

    [Fact]
    public void Region_refresh_stores_english_names()
    {
        using var conn = new DuckDBConnection("DataSource=:memory:");
        conn.Open();
        WarehouseSchema.Create(conn);
        WarehouseSchema.RefreshRegions(conn, Gazetteer.LoadDefault().Regions);

        Assert.Equal("Xuyi County", Db.Scalar<string>(conn, "SELECT name_en FROM regions WHERE code = '320830'"));
        Assert.Equal(0, Db.Scalar<long>(conn, "SELECT count(*) FROM regions WHERE name_en IS NULL OR name_en = ''"));
    }

    [Fact]
    public void A_warehouse_from_before_english_names_gains_the_column_and_the_next_refresh_fills_it()
    {
        using var conn = new DuckDBConnection("DataSource=:memory:");
        conn.Open();
        Sql.Execute(conn, """
            CREATE TABLE regions (code VARCHAR NOT NULL, name VARCHAR NOT NULL, short_name VARCHAR, level VARCHAR NOT NULL,
                parent_code VARCHAR, province_code VARCHAR NOT NULL, valid_until INTEGER);
            INSERT INTO regions VALUES ('330000', '浙江省', '浙江', 'province', NULL, '330000', NULL);
            """);

        WarehouseSchema.Create(conn);
        Assert.Equal(1, Db.Scalar<long>(conn, "SELECT count(*) FROM regions WHERE name_en IS NULL"));
        WarehouseSchema.RefreshRegions(conn, Gazetteer.LoadDefault().Regions);

        Assert.Equal("Zhejiang", Db.Scalar<string>(conn, "SELECT name_en FROM regions WHERE code = '330000'"));
    }

    [Fact]
    public void A_version_1_warehouse_is_upgraded_in_place_its_targets_kept_as_examples()
    {
        using var conn = new DuckDBConnection("DataSource=:memory:");
        conn.Open();
        Sql.Execute(conn, """
            CREATE TABLE schema_info (version INTEGER NOT NULL);
            INSERT INTO schema_info VALUES (1);
            CREATE TABLE sources (source_id INTEGER NOT NULL, run_id INTEGER NOT NULL, name VARCHAR NOT NULL,
                kind VARCHAR NOT NULL CHECK (kind IN ('report', 'statistics', 'targets', 'population', 'forecast', 'unknown')),
                sha256 VARCHAR NOT NULL, encoding VARCHAR, size_bytes BIGINT NOT NULL, document_year INTEGER,
                rows_loaded BIGINT NOT NULL, quarantined BIGINT NOT NULL, synthetic BOOLEAN NOT NULL);
            INSERT INTO sources VALUES (1, 1, 'old-targets.csv', 'targets', 'abc', 'utf-8', 100, 2023, 1, 0, false);
            CREATE TABLE targets (province_code VARCHAR NOT NULL, year INTEGER NOT NULL, indicator VARCHAR NOT NULL,
                comparator VARCHAR NOT NULL CHECK (comparator IN ('>=', '<=', '=')), threshold DECIMAL(18, 6) NOT NULL,
                basis VARCHAR NOT NULL CHECK (basis IN ('absolute', 'per_10k_residents', 'per_1k_aged_60plus', 'percent')),
                weight DECIMAL(9, 4) NOT NULL, note VARCHAR, source_id INTEGER NOT NULL, source_row INTEGER NOT NULL,
                run_id INTEGER NOT NULL, synthetic BOOLEAN NOT NULL);
            INSERT INTO targets VALUES ('330000', 2023, 'elderly_beds', '>=', 50, 'per_1k_aged_60plus', 2, '省考核办法', 1, 2, 1, false);
            """);

        WarehouseSchema.Create(conn);

        Assert.Equal(WarehouseSchema.Version, WarehouseSchema.VersionOf(conn));
        Assert.Equal("old-targets.csv", Db.Scalar<string>(conn, "SELECT name FROM sources"));
        Assert.Equal("example|省考核办法|50.000000|2", Db.Scalar<string>(conn, "SELECT kind || '|' || note || '|' || threshold || '|' || weight::INTEGER FROM targets"));
        // What version 1 refused, version 2 holds: economic-base sources, ranges and relative bases.
        Sql.Execute(conn, """
            INSERT INTO sources VALUES (2, 2, 'economy.csv', 'economy', 'def', 'utf-8', 10, 2022, 1, 0, false);
            INSERT INTO targets (province_code, year, indicator, comparator, threshold, threshold_high, basis, of_indicator, weight, kind,
                                 source_id, source_row, run_id, synthetic)
            VALUES ('320000', 2023, 'dibao_standard', 'range', 30, 40, 'base_share', 'consumption_per_capita', 1, 'official', 2, 2, 2, false);
            """);
        Assert.Equal(2, Db.Scalar<long>(conn, "SELECT count(*) FROM targets"));
        WarehouseSchema.Create(conn); // and it stays upgraded
        Assert.Equal(1, Db.Scalar<long>(conn, "SELECT count(*) FROM schema_info"));
    }

    [Fact]
    public void A_version_2_warehouse_is_upgraded_in_place_and_its_report_facts_get_the_keys_a_fresh_load_gives()
    {
        using var old = new DuckDBConnection("DataSource=:memory:");
        old.Open();
        using var fresh = new DuckDBConnection("DataSource=:memory:");
        fresh.Open();
        Sql.Execute(old, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "schema", "schema-v2.sql")));
        Sql.Execute(old, "INSERT INTO schema_info VALUES (2)");
        WarehouseSchema.Create(fresh);
        const string Rows = """
            INSERT INTO sources VALUES (1, 1, 'report.txt', 'report', 'abc', 'utf-8', 100, 2023, 2, 0, false),
                                       (2, 1, 'stats.csv', 'statistics', 'def', 'utf-8', 10, 2023, 1, 0, false);
            INSERT INTO facts (fact_id, region_code, region_name, indicator, year, period_start, value, unit, qualifier, status, segment,
                               redacted, source_id, source_row, span_start, span_end, evidence, run_id, synthetic)
            VALUES (1, '330802', '柯城区', 'elderly_beds', 2023, 2023, 3600, 'beds', 'exact', 'actual', NULL, false, 1, NULL, 54, 59,
                    '全区养老床位总数3,600张。', 1, false),
                   (2, '330802', '柯城区', 'eco_burial_rate', 2023, 2023, NULL, 'percent', 'exact', 'actual', NULL, true, 1, NULL, 80, 82,
                    '节地生态安葬率达到**%。', 1, false),
                   (3, '330802', NULL, 'elderly_beds', 2023, 2023, 3500, 'beds', 'exact', 'actual', NULL, false, 2, 2, NULL, NULL, NULL, 1, false);
            """;
        Sql.Execute(old, Rows);
        Sql.Execute(fresh, Rows);
        WarehouseSchema.KeyReportFacts(fresh, 1);

        WarehouseSchema.Create(old);

        Assert.Equal(WarehouseSchema.Version, WarehouseSchema.VersionOf(old));
        Assert.Equal(2L, Db.Scalar<long>(old, "SELECT count(*) FROM sources"));
        const string Keys = "SELECT string_agg(fact_id || '=' || coalesce(fact_key, '-'), ' ' ORDER BY fact_id) FROM facts";
        Assert.Equal(Db.Scalar<string>(fresh, Keys), Db.Scalar<string>(old, Keys));
        Assert.Matches("^1=F-[0-9A-F]{16} 2=F-[0-9A-F]{16} 3=-$", Db.Scalar<string>(old, Keys)); // statistics have no key
        // What version 2 refused, version 3 holds: review sources and their verdicts; and the views read them.
        Sql.Execute(old, """
            INSERT INTO sources VALUES (3, 2, 'review.xlsx', 'review', 'ghi', 'xlsx', 10, NULL, 1, 0, false);
            INSERT INTO reviews SELECT fact_key, fact_id, 'rejected', NULL, false, NULL, TIMESTAMP '2024-05-06 09:00:00', 3, 2, 2 FROM facts WHERE fact_id = 1;
            """);
        Assert.Equal("3500.000000|statistics|1", Db.Scalar<string>(old,
            "SELECT value || '|' || source_kind || '|' || candidates FROM preferred_facts WHERE indicator = 'elderly_beds'"));
        WarehouseSchema.Create(old); // and it stays upgraded
        Assert.Equal(1, Db.Scalar<long>(old, "SELECT count(*) FROM schema_info"));
    }
}
