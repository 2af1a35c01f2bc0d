using System.Globalization;
using Analytics.Etl.Load;
using Analytics.Warehouse;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Regions;
using Analytics.Warehouse.Schema;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Analytics.Bench.Load;

/// <summary>
/// The project's load path (LoadRun over a statistics CSV: parse, validate, convert units,
/// append, commit, checkpoint) against DuckDB's own <c>COPY facts FROM</c> a CSV holding the same
/// facts, column for column, into the same empty warehouse. One operation loads every row, so
/// the job is BenchmarkDotNet's Monitoring strategy: one cold operation per iteration, a fresh
/// warehouse before each (IterationSetup), no pilot or unrolling of a 5-million-row load,
/// run in process.
/// </summary>
[Config(typeof(Config))]
public class LoadBenchmarks
{
    private static readonly IndicatorCatalog Catalog = IndicatorCatalog.LoadDefault();
    private static readonly Gazetteer Gazetteer = Gazetteer.LoadDefault();

    private string folder = "";
    private string statisticsCsv = "";
    private string factsCsv = "";
    private string db = "";

    /// <summary>Facts per load: 5,000,000, or ANALYTICS_BENCH_LOAD_ROWS for a quick smoke run.</summary>
    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    public static IEnumerable<int> RowCounts =>
        [int.Parse(Environment.GetEnvironmentVariable("ANALYTICS_BENCH_LOAD_ROWS") ?? "5000000", CultureInfo.InvariantCulture)];

    [GlobalSetup]
    public void WriteInputs()
    {
        folder = Directory.CreateTempSubdirectory("analytics-bench-load-").FullName;
        statisticsCsv = Path.Combine(folder, "statistics.csv");
        factsCsv = Path.Combine(folder, "facts.csv");
        db = Path.Combine(folder, "warehouse.duckdb");
        BenchFacts.Write(Catalog, Gazetteer, Rows, statisticsCsv, factsCsv);
    }

    [IterationSetup]
    public void EmptyWarehouse()
    {
        File.Delete(db);
        File.Delete(db + ".wal");
        using var connection = WarehouseConnection.OpenReadWrite(db);
        WarehouseSchema.Create(connection);
        WarehouseSchema.RefreshIndicators(connection, Catalog);
        WarehouseSchema.RefreshRegions(connection, Gazetteer.Regions);
        Execute(connection, "CHECKPOINT");
    }

    [Benchmark(Baseline = true, Description = "DuckDB COPY facts FROM csv")]
    public long DuckDbCopy()
    {
        using var connection = WarehouseConnection.OpenReadWrite(db);
        Execute(connection, "BEGIN TRANSACTION");
        var rows = Execute(connection, $"COPY facts FROM '{factsCsv}' (FORMAT csv, HEADER true)");
        Execute(connection, "COMMIT");
        Execute(connection, "CHECKPOINT");
        return Check(rows);
    }

    [Benchmark(Description = "LoadRun over statistics CSV")]
    public long ProjectLoad()
    {
        using var run = LoadRun.Begin(db, Catalog, Gazetteer, new LoadOptions(Publish: false));
        var source = run.LoadTable(statisticsCsv);
        run.Commit();
        return Check(source.Rows);
    }

    [GlobalCleanup]
    public void DeleteInputs() => Directory.Delete(folder, recursive: true);

    private long Check(long rows) =>
        rows == Rows ? rows : throw new InvalidOperationException($"loaded {rows} rows of {Rows}: the comparison would be void");

    private static int Execute(DuckDB.NET.Data.DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In process: the benchmark is one multi-second operation, where the isolation of a
            // separately built child process buys nothing and its build times out on a busy machine.
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(2)
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(1), logOutput: true)));
            AddColumn(new RowsPerSecondColumn());
            WithOption(ConfigOptions.DisableOptimizationsValidator, false);
        }
    }
}
