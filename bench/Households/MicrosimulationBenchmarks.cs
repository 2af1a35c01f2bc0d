using Analytics.Models.Households;
using Analytics.Models.Microsimulation;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;

namespace Analytics.Bench.Households;

/// <summary>
/// One dibao what-if (+10% everywhere) over 1,000,000 and 10,000,000 households, against a plain
/// scan of the same columns of the same table in the same DuckDB file (the floor any query pays).
/// </summary>
[Config(typeof(HouseholdBenchConfig))]
public class MicrosimulationBenchmarks
{
    private static readonly StandardChange[] Change = [StandardChange.Parse("+10%")];
    private DuckDBConnection connection = null!; // set in GlobalSetup

    [Params(1_000_000, 10_000_000)]
    public int Households { get; set; }

    [GlobalSetup]
    public void Setup() => connection = HouseholdFile.Open(BenchHouseholdFiles.Get(Households), readOnly: true);

    [GlobalCleanup]
    public void Cleanup() => connection.Dispose();

    [Benchmark(Baseline = true, Description = "scan: count, sum(members), sum(income) by county")]
    public long Scan()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), sum(members), sum(monthly_income), sum(assistance = 'dibao') FROM households GROUP BY region_code";
        using var reader = command.ExecuteReader();
        var rows = 0L;
        while (reader.Read())
        {
            rows++;
        }

        return rows;
    }

    [Benchmark(Description = "microsimulation: +10% standard, every county")]
    public int Simulate() =>
        new Microsimulation(connection).Run(BenchHouseholdFiles.AsOf, Change, null, CancellationToken.None).Count;
}
