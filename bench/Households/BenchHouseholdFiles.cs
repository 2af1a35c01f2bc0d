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

    /// <summary>The households of the 1,000,000 file with their standards, in id order.</summary>
    public static List<ScoredHousehold> Million()
    {
        using var connection = HouseholdFile.Open(Get(1_000_000), readOnly: true);
        return HouseholdReader.Read(connection, AsOf).ToList();
    }

    /// <summary>The train and calibration splits of the first 100,000 households.</summary>
    public static (List<ScoredHousehold> Train, List<ScoredHousehold> Calibration) TrainingSplits(IEnumerable<ScoredHousehold> households)
    {
        var sample = households.Take(100_000).ToList();
        return ([.. sample.Where(h => RiskModel.SplitOf(h.Household.Id) == RiskSplit.Train)],
            [.. sample.Where(h => RiskModel.SplitOf(h.Household.Id) == RiskSplit.Calibration)]);
    }
}
