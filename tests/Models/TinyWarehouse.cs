using System.Globalization;
using Analytics.Warehouse.Schema;
using DuckDB.NET.Data;

namespace Analytics.Tests.Models;

/// <summary>
/// The real schema on a DuckDB connection (in memory unless a path is given) with a made-up
/// province 990000, city 990100 and counties 990101/990102, and one-line inserts for facts,
/// population and targets.
/// </summary>
internal sealed class TinyWarehouse : IDisposable
{
    private long nextFact = 1;

    public TinyWarehouse(string path = ":memory:")
    {
        Connection = new DuckDBConnection($"DataSource={path}");
        Connection.Open();
        WarehouseSchema.Create(Connection);
        Execute("""
            INSERT INTO regions VALUES
              ('990000', '示例省', '示例', 'province', NULL, '990000', NULL, 'Shili'),
              ('990100', '示例市', '示例', 'city', '990000', '990000', NULL, 'Shili'),
              ('990101', '甲县', '甲', 'county', '990100', '990000', NULL, 'Jia County'),
              ('990102', '乙县', '乙', 'county', '990100', '990000', NULL, 'Yi County');
            INSERT INTO load_runs VALUES (1, now()::TIMESTAMP, now()::TIMESTAMP, 1, 0, 0, 0);
            INSERT INTO sources VALUES (1, 1, 'stats.csv', 'statistics', 'abc', 'utf-8', 1, 2024, 0, 0, true);
            """);
    }

    public DuckDBConnection Connection { get; }

    public TinyWarehouse Fact(string region, string indicator, int year, double value, string? segment = null, string status = "actual", int? periodStart = null)
    {
        Execute(Invariant($"""
            INSERT INTO facts (fact_id, region_code, indicator, year, period_start, value, unit, qualifier, status, segment, redacted, source_id, run_id, synthetic)
            VALUES ({nextFact++}, '{region}', '{indicator}', {year}, {(periodStart is { } ps ? ps.ToString(CultureInfo.InvariantCulture) : "NULL")}, {value}, 'u', 'exact', '{status}', {(segment is null ? "NULL" : $"'{segment}'")}, false, 1, 1, true)
            """));
        return this;
    }

    public TinyWarehouse Population(string region, int year, double residents, double aged)
    {
        Execute(Invariant($"INSERT INTO population VALUES ('{region}', {year}, {residents}, {aged}, 1, 2, 1, true)"));
        return this;
    }

    public TinyWarehouse Target(int year, string indicator, string basis, double threshold)
    {
        Execute(Invariant($"""
            INSERT INTO targets (province_code, year, indicator, comparator, threshold, basis, weight, kind, note, source_id, source_row, run_id, synthetic)
            VALUES ('990000', {year}, '{indicator}', '>=', {threshold}, '{basis}', 1, 'example', 'test', 1, 2, 1, true)
            """));
        return this;
    }

    public void Execute(string sql)
    {
        using var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public void Dispose() => Connection.Dispose();

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
