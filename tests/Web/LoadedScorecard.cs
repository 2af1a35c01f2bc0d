using Analytics.Etl.Load;
using Analytics.Tests.Etl.Load;
using Analytics.Tests.Warehouse;

namespace Analytics.Tests.Web;

/// <summary>
/// A scorecard over a fresh warehouse that one load run fills and publishes: what a page shows of
/// a single source's facts.
/// </summary>
internal sealed class LoadedScorecard : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly ScorecardFactory factory;

    public LoadedScorecard(Action<LoadRun, TempFolder> load)
    {
        using (var run = LoadRun.Begin(folder.File("warehouse.duckdb"), LoadFixture.Catalog, LoadFixture.Gazetteer, new LoadOptions(SnapshotDirectory: folder.File("snapshots"))))
        {
            load(run, folder);
            run.Commit();
        }

        factory = new ScorecardFactory(folder.File("snapshots"));
    }

    /// <summary>The district page's HTML and its indicator rows by indicator name.</summary>
    public async Task<(string Html, Dictionary<string, List<string>> Rows)> District(string code, int year)
    {
        var html = await factory.CreateClient().GetStringAsync($"/district/{code}?year={year}", TestContext.Current.CancellationToken);
        return (html, Html.Rows(html).Where(r => r.Count == 7).ToDictionary(r => r[0].Split(' ')[0]));
    }

    public void Dispose()
    {
        factory.Dispose();
        folder.Dispose();
    }
}
