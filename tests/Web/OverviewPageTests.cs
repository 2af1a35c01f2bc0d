using System.Net;

namespace Analytics.Tests.Web;

public sealed class OverviewPageTests : IClassFixture<OverviewPageTests.Fixture>
{
    private readonly HttpClient client;

    public OverviewPageTests(Fixture fixture) => client = fixture.App.CreateClient();

    [Fact]
    public async Task Overview_ranks_districts_with_ties_and_marks_the_uncovered_one_unranked()
    {
        var html = await client.GetStringAsync("/?year=2023", TestContext.Current.CancellationToken);

        Assert.Contains("上城区", html, StringComparison.Ordinal);
        Assert.Contains("116.7%", html, StringComparison.Ordinal);
        Assert.Contains("96.7%", html, StringComparison.Ordinal);
        Assert.Contains("未排名", html, StringComparison.Ordinal);
        Assert.Contains("合成", html, StringComparison.Ordinal);
    }

    public sealed class Fixture : IDisposable
    {
        public Fixture()
        {
            Warehouse = new ScorecardWarehouse();
            App = new ScorecardFactory(Warehouse.Snapshots);
        }

        public ScorecardWarehouse Warehouse { get; }

        public ScorecardFactory App { get; }

        public void Dispose()
        {
            App.Dispose();
            Warehouse.Dispose();
        }
    }
}
