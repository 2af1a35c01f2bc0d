using Analytics.Warehouse.Export;
using Analytics.Warehouse.Regions;
using Analytics.Warehouse.Schema;
using DuckDB.NET.Data;

namespace Analytics.Tests.Warehouse.Export;

public sealed class TableExporterTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly DuckDBConnection connection = new("DataSource=:memory:");

    public TableExporterTests()
    {
        connection.Open();
        WarehouseSchema.Create(connection);
        WarehouseSchema.RefreshRegions(connection, Gazetteer.LoadDefault().Regions);
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO facts (fact_id, region_code, region_name, indicator, year, value, unit, qualifier, status, redacted, source_id, run_id, synthetic) VALUES
                (1, '330802', '柯城区', 'elderly_beds', 2023, 1520, 'beds', 'exact', 'actual', false, 1, 1, true),
                (2, '330802', '柯城区', 'elderly_beds', 2024, 1580, 'beds', 'exact', 'actual', false, 1, 1, true),
                (3, '320281', '江阴市', 'elderly_beds', 2023, 9000, 'beds', 'exact', 'actual', false, 1, 1, true),
                (4, NULL, '某街道', 'elderly_beds', NULL, 12, 'beds', 'exact', 'actual', false, 1, 1, true);
            INSERT INTO targets (province_code, year, indicator, comparator, threshold, basis, weight, kind, note, source_id, source_row, run_id, synthetic)
            VALUES ('330000', 2023, 'elderly_beds', '>=', 40, 'per_1k_aged_60plus', 2, 'example', 'example', 1, 2, 1, true);
            """;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        connection.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void Parquet_of_region_year_tables_is_hive_partitioned_by_province_and_year_and_reads_back_whole()
    {
        var output = folder.File("facts");

        var rows = new TableExporter(connection).Export("facts", ExportFormat.Parquet, output, TestContext.Current.CancellationToken);

        Assert.Equal(4, rows);
        var partitions = Directory.EnumerateFiles(output, "*.parquet", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(
            ["province=320000/year=2023", "province=330000/year=2023", "province=330000/year=2024",
             "province=__HIVE_DEFAULT_PARTITION__/year=__HIVE_DEFAULT_PARTITION__"],
            partitions);
        var back = Db.Scalar<string>(connection, $"""
            SELECT string_agg(fact_id || ':' || coalesce(province::VARCHAR, '-') || ':' || coalesce(year::VARCHAR, '-'), ' ' ORDER BY fact_id)
            FROM read_parquet('{output}/**/*.parquet', hive_partitioning = true)
            """);
        Assert.Equal("1:330000:2023 2:330000:2024 3:320000:2023 4:-:-", back);
    }

    [Fact]
    public void Targets_partition_by_their_own_province()
    {
        var output = folder.File("targets");

        new TableExporter(connection).Export("targets", ExportFormat.Parquet, output, TestContext.Current.CancellationToken);

        Assert.True(Directory.Exists(Path.Combine(output, "province=330000", "year=2023")));
    }

    [Fact]
    public void Arrow_and_csv_hold_every_row_and_an_unknown_table_is_refused()
    {
        var exporter = new TableExporter(connection);

        Assert.Equal(4, exporter.Export("facts", ExportFormat.Arrow, folder.File("facts.arrow"), TestContext.Current.CancellationToken));
        Assert.Equal(4, exporter.Export("facts", ExportFormat.Csv, folder.File("facts.csv"), TestContext.Current.CancellationToken));
        Assert.Equal(5, File.ReadAllLines(folder.File("facts.csv")).Length);
        Assert.True(new FileInfo(folder.File("facts.arrow")).Length > 0);
        Assert.Throws<ArgumentException>(() => exporter.Export("facts; DROP TABLE facts", ExportFormat.Csv, folder.File("x.csv"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Csv_defuses_a_text_a_spreadsheet_would_run_and_keeps_negative_numbers_numeric()
    {
        Analytics.Warehouse.Sql.Execute(connection, """
            INSERT INTO facts (fact_id, region_code, region_name, indicator, year, value, unit, qualifier, status, redacted, source_id, run_id, synthetic)
            VALUES (5, '330802', '=HYPERLINK("x")', 'elderly_beds', 2023, -3.5, 'beds', 'exact', 'actual', false, 1, 1, true)
            """);

        new TableExporter(connection).Export("facts", ExportFormat.Csv, folder.File("guard.csv"), TestContext.Current.CancellationToken);

        var row = Assert.Single(File.ReadAllLines(folder.File("guard.csv")), l => l.StartsWith("5,", StringComparison.Ordinal));
        Assert.Contains(",\"'=HYPERLINK(\"\"x\"\")\",", row, StringComparison.Ordinal);
        Assert.Contains(",-3.500000,", row, StringComparison.Ordinal);
    }
}
