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
            ["at_risk_counts", "economic_bases", "effective_targets", "fact_candidates", "fact_lineage", "facts", "forecast_intervals", "indicators",
             "load_runs", "population", "preferred_facts", "quarantine", "regions", "schema_info", "sources", "targets", "years"],
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
}
