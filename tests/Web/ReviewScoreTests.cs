using System.Text.RegularExpressions;

namespace Analytics.Tests.Web;

/// <summary>
/// The scorecard before and after a review sheet lands: the same app, a new snapshot, and the
/// corrected and rejected numbers change the district's statuses and composite as the review says.
/// </summary>
public sealed partial class ReviewScoreTests : IDisposable
{
    private readonly ReviewedWarehouse warehouse = new(reviewed: false);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => warehouse.Dispose();

    [Fact]
    public async Task A_loaded_review_changes_the_scored_values_statuses_and_composite()
    {
        await using var factory = new ScorecardFactory(warehouse.Snapshots);
        using var client = factory.CreateClient();

        var before = await District(client);
        Assert.Equal(("72.5", "met"), (before["eco_burial_rate"].Value, before["eco_burial_rate"].Status));
        Assert.Equal(("12", "met"), (before["social_work_stations"].Value, before["social_work_stations"].Status));
        Assert.Equal("unreviewed", before["eco_burial_rate"].Review);
        var composite = await Composite(client);
        Assert.Contains("未核对的计分数值<strong>4 / 5</strong>", await client.GetStringAsync("/district/330802?year=2023", Ct), StringComparison.Ordinal);

        var next = warehouse.Review();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!(await client.GetStringAsync("/health", Ct)).Contains($"\"cacheSnapshot\":\"{next}\"", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "the review's snapshot was not noticed within 10 s");
            await Task.Delay(50, Ct);
        }

        var after = await District(client);
        Assert.Equal(("52.5", "missed", "correction"), (after["eco_burial_rate"].Value, after["eco_burial_rate"].Status, after["eco_burial_rate"].Review));
        Assert.Equal(("", "missing"), (after["social_work_stations"].Value, after["social_work_stations"].Status));
        Assert.Equal(("3600", "met", "confirmed"), (after["elderly_beds"].Value, after["elderly_beds"].Status, after["elderly_beds"].Review));
        Assert.True(await Composite(client) < composite, "a number corrected below its target and one rejected lower the composite");
        Assert.Contains("未核对的计分数值<strong>1 / 4</strong>", await client.GetStringAsync("/district/330802?year=2023", Ct), StringComparison.Ordinal);
    }

    private static async Task<Dictionary<string, (string Value, string Status, string Review)>> District(HttpClient client)
    {
        var text = await client.GetStringAsync("/export/district.csv?region=330802&year=2023&lang=en", Ct);
        using var csv = new CsvHelper.CsvReader(new StringReader(text.TrimStart('\uFEFF')), System.Globalization.CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new Dictionary<string, (string Value, string Status, string Review)>(StringComparer.Ordinal);
        while (csv.Read())
        {
            rows[csv.GetField("indicator_code")!] = (Number(csv.GetField("value")!), csv.GetField("status")!, csv.GetField("review")!); // the export writes every column
        }

        return rows;
    }

    // The export writes six decimals (72.500000); compare as the page writes them.
    private static string Number(string cell) =>
        cell.Length == 0 ? "" : decimal.Parse(cell, System.Globalization.CultureInfo.InvariantCulture).ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<decimal> Composite(HttpClient client)
    {
        var html = await client.GetStringAsync("/district/330802?year=2023", Ct);
        return decimal.Parse(CompositePattern().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"综合得分<strong>([0-9.]+)%</strong>")]
    private static partial Regex CompositePattern();
}
