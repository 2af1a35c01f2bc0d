using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Analytics.Tests.Web;

/// <summary>
/// The scorecard over a snapshot folder in Debian's Chromium (/usr/bin/chromium, installed by
/// scripts/setup.sh; Playwright never downloads a browser) over real Kestrel on a loopback port.
/// </summary>
public sealed class BrowserHost : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private WebApplication? app;
    private IPlaywright? playwright;

    /// <summary>Null when Chromium is not installed outside CI; the tests then skip.</summary>
    public IBrowser? Browser { get; private set; }

    public string BaseUrl { get; private set; } = "";

    /// <summary>Starts the app and the browser; outside CI a missing Chromium leaves <see cref="Browser"/> null, in CI it fails.</summary>
    public async Task StartAsync(string snapshots, CancellationToken ct)
    {
        if (!File.Exists(Chromium))
        {
            if (Environment.GetEnvironmentVariable("CI") is not null)
            {
                throw new InvalidOperationException($"{Chromium} is missing; scripts/setup.sh installs it");
            }

            return;
        }

        app = Analytics.Web.Program.Build(
        [
            "--contentRoot", Path.Combine(RepoRoot.Find(), "web"), "--urls", "http://127.0.0.1:0",
            "--Warehouse:Snapshots", snapshots, "--Logging:LogLevel:Default", "Warning",
        ]);
        await app.StartAsync(ct);
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First(); // Kestrel always has the feature
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }
    }
}
