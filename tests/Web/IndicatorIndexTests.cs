using Analytics.Web;
using Analytics.Web.Pages;
using Analytics.Web.Serving;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Tests.Web;

[Collection(ScorecardCollection.Name)]
public sealed class IndicatorIndexTests(ScorecardApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void A_second_request_reads_the_targets_from_the_snapshot_memo_not_the_warehouse()
    {
        // The handler itself, twice: through HTTP the output cache would answer the second request.
        var database = app.Factory.Services.GetRequiredService<ScorecardDatabase>();

        var first = Model(ScorecardEndpoints.Indicators(database, Request("?year=2023"), Ct).Parameters);
        var second = Model(ScorecardEndpoints.Indicators(database, Request("?year=2023&lang=en"), Ct).Parameters);

        Assert.Equal(5, first.Targets.Count);
        Assert.Same(first.Targets, second.Targets); // a query would have built a new list
        Assert.True(second.Frame.Lang.English);
    }

    [Fact]
    public void Another_year_reads_its_own_targets()
    {
        var database = app.Factory.Services.GetRequiredService<ScorecardDatabase>();

        var year2023 = Model(ScorecardEndpoints.Indicators(database, Request("?year=2023"), Ct).Parameters);
        var year2022 = Model(ScorecardEndpoints.Indicators(database, Request("?year=2022"), Ct).Parameters);

        Assert.NotSame(year2023.Targets, year2022.Targets);
        Assert.Equal((2023, 2022), (year2023.Year, year2022.Year));
    }

    private static IndicatorIndexModel Model(IReadOnlyDictionary<string, object?> parameters) =>
        Assert.IsType<IndicatorIndexModel>(parameters["Model"]);

    private static HttpRequest Request(string query) => new DefaultHttpContext { Request = { QueryString = new QueryString(query) } }.Request;
}
