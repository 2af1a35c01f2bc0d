using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Analytics.Web.Serving;
using Microsoft.AspNetCore.RateLimiting;

namespace Analytics.Web;

/// <summary>The read-only scorecard: pages, charts and exports over the published warehouse snapshot.</summary>
public class Program
{
    public static async Task<int> Main(string[] args)
    {
        // "report": write Word reports from a snapshot and exit (Report/ReportCommand.cs), no server.
        if (args is ["report", .. var rest])
        {
            return await Report.ReportCommand.Run(rest, Console.Out, Console.Error);
        }

        var app = Build(args);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
            {
                Console.WriteLine($"scorecard: {url}");
            }
        });
        await app.RunAsync();
        return 0;
    }

    /// <summary>The configured app, not yet started: Main runs it, tests start it on a port of their own.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.Services.AddOptions<WarehouseOptions>().BindConfiguration("Warehouse").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<SnapshotMemo>();
        builder.Services.AddSingleton<ScorecardDatabase>();
        var snapshot = new SnapshotState();
        builder.Services.AddSingleton(snapshot);
        builder.Services.AddSingleton<SnapshotWatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SnapshotWatcher>());
        builder.Services.AddOutputCache(o =>
        {
            o.AddPolicy(SnapshotCachePolicy.Name, new SnapshotCachePolicy(snapshot));
        });
        builder.Services.AddRazorComponents();
        // Chinese text stays text: the default encoder would turn every 汉字 into an &#x; escape.
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        AddRateLimiting(builder);

        var app = builder.Build();
        app.UseReadOnlyAndSecurityHeaders();
        app.UseRateLimiter();
        app.UseStaticFiles(new StaticFileOptions { RequestPath = "/static" });
        app.UseOutputCache();
        ScorecardEndpoints.Map(app);
        return app;
    }

    private static void AddRateLimiting(WebApplicationBuilder builder)
    {
        var permits = builder.Configuration.GetValue("RateLimit:PermitsPerSecond", 50);
        var burst = builder.Configuration.GetValue("RateLimit:Burst", 200);
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                return ValueTask.CompletedTask;
            };
            // One token bucket per client address: a page with its chart images and stylesheet fits in the burst.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetTokenBucketLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = burst,
                        TokensPerPeriod = permits,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    }));
        });
    }
}
