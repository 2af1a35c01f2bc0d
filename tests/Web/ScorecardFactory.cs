using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Analytics.Tests.Web;

/// <summary>The scorecard in-process over a test warehouse's snapshot folder, polling CURRENT every 100 ms.</summary>
public sealed class ScorecardFactory(string snapshots) : WebApplicationFactory<Analytics.Web.Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Warehouse:Snapshots", snapshots);
        builder.UseSetting("Warehouse:PollInterval", "00:00:00.100");
        builder.UseSetting("RateLimit:PermitsPerSecond", "1000");
        builder.UseSetting("RateLimit:Burst", "1000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseEnvironment("Production");
    }
}
