using Analytics.Models.Households;
using Analytics.Warehouse.Regions;

namespace Analytics.Tests.Models.Households;

/// <summary>One synthetic household file of 20,000 households and its trained model, shared by the at-risk tests.</summary>
public sealed class HouseholdFixture : IDisposable
{
    public HouseholdFixture()
    {
        Directory.CreateDirectory(Folder);
        Path = System.IO.Path.Combine(Folder, "households.duckdb");
        HouseholdFile.Write(Path, new HouseholdGenerator(Gazetteer.LoadDefault(), 7, AsOf), 20_000, 7, CancellationToken.None);
        using var connection = HouseholdFile.Open(Path, readOnly: true);
        All = HouseholdReader.Read(connection, AsOf).ToList();
        Model = RiskModel.Train(Of(RiskSplit.Train), Of(RiskSplit.Calibration), seed: 1);
    }

    public static DateOnly AsOf { get; } = new(2025, 12, 31);

    public string Folder { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "analytics-households-" + Guid.NewGuid().ToString("N"));

    public string Path { get; }

    public IReadOnlyList<ScoredHousehold> All { get; }

    public RiskModel Model { get; }

    public List<ScoredHousehold> Of(RiskSplit split) => [.. All.Where(h => RiskModel.SplitOf(h.Household.Id) == split)];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A native handle may linger for a moment; the OS temp cleaner takes the rest.
        }
    }
}
