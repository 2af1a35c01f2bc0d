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
            ["at_risk_counts", "fact_candidates", "fact_lineage", "facts", "forecast_intervals", "indicators", "load_runs", "population", "preferred_facts",
             "quarantine", "regions", "schema_info", "sources", "targets", "years"],
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
}
