using Microsoft.Playwright;

namespace Analytics.Tests.Web;

/// <summary>
/// Shared by every browser test of <see cref="ScorecardWarehouse"/> (one warehouse, one Kestrel, one
/// Chromium; each test opens its own page), through <see cref="BrowserHost"/>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = BrowserHost.Chromium;

    private readonly ScorecardWarehouse warehouse = new();
    private readonly BrowserHost host = new();

    /// <summary>Null when Chromium is not installed outside CI; the tests then skip.</summary>
    public IBrowser? Browser => host.Browser;

    public string BaseUrl => host.BaseUrl;

    public string FirstSnapshot => warehouse.FirstSnapshot;

    public async ValueTask InitializeAsync() => await host.StartAsync(warehouse.Snapshots, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        warehouse.Dispose();
    }
}
