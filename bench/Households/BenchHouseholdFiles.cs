using System.Globalization;
using Analytics.Models.Households;
using Analytics.Warehouse.Regions;

namespace Analytics.Bench.Households;

/// <summary>Synthetic household files for benchmarks, generated once per size and seed and kept in the temp folder.</summary>
internal static class BenchHouseholdFiles
{
    public static readonly DateOnly AsOf = new(2025, 12, 31);

    public static string Get(int count, int seed = 1)
    {
        var folder = Path.Combine(Path.GetTempPath(), "analytics-bench-households");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"households-{count}-seed{seed}.duckdb"));
        if (!File.Exists(path))
        {
            var temp = path + ".partial";
            HouseholdFile.Write(temp, new HouseholdGenerator(Gazetteer.LoadDefault(), seed, AsOf), count, seed, CancellationToken.None);
            File.Move(temp, path);
        }

        return path;
    }

    /// <summary>
    /// What every risk benchmark sets up: the households of the 1,000,000 file with their standards,
    /// in id order, and the train and calibration splits of the first 100,000 of them.
    /// </summary>
    public static BenchHouseholds Million()
    {
        using var connection = HouseholdFile.Open(Get(1_000_000), readOnly: true);
        var all = HouseholdReader.Read(connection, AsOf).ToList();
        var sample = all.Take(100_000).ToList();
        return new BenchHouseholds(
            all,
            [.. sample.Where(h => RiskModel.SplitOf(h.Household.Id) == RiskSplit.Train)],
            [.. sample.Where(h => RiskModel.SplitOf(h.Household.Id) == RiskSplit.Calibration)]);
    }
}
