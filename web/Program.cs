using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Analytics.Web.Serving;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

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
        if (string.IsNullOrWhiteSpace(app.Configuration["Warehouse:Snapshots"]))
        {
            Console.Error.WriteLine(
                "scorecard: no warehouse snapshot folder is configured (Warehouse:Snapshots); start it with scripts/run.sh, or: dotnet run --project web -- --Warehouse:Snapshots <folder holding CURRENT> / 未配置数据快照目录：请用 scripts/run.sh 启动，或加参数 --Warehouse:Snapshots <快照目录>");
            return 2;
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
            {
                Console.WriteLine($"scorecard: {url}");
            }
        });
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (OptionsValidationException e)
        {
            Console.Error.WriteLine($"scorecard: invalid configuration: {string.Join("; ", e.Failures)}");
            return 2;
        }
    }

    /// <summary>The configured app, not yet started: Main runs it, tests start it on a port of their own.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.Services.AddOptions<WarehouseOptions>().BindConfiguration("Warehouse").ValidateDataAnnotations().ValidateOnStart();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestLineSize = ServingMiddleware.KestrelRequestLine;
            k.Limits.MaxRequestHeadersTotalSize = ServingMiddleware.KestrelRequestHeaders;
        });
        builder.Services.AddSingleton(new SnapshotMemo(builder.Configuration.GetValue("Cache:MemoEntries", SnapshotMemo.DefaultEntries)));
        builder.Services.AddOptions<RenderOptions>().BindConfiguration("Render").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<RenderQueue>();
        builder.Services.AddSingleton<StaticAssets>();
        builder.Services.AddSingleton<ScorecardDatabase>();
        var snapshot = new SnapshotState();
        builder.Services.AddSingleton(snapshot);
        builder.Services.AddSingleton<SnapshotWatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SnapshotWatcher>());
        builder.Services.AddOutputCache(o =>
        {
            o.AddPolicy(SnapshotCachePolicy.Name, new SnapshotCachePolicy(snapshot));
            // Paths are compared as the handlers compare them: /export/Overview.csv is not /export/overview.csv.
            o.UseCaseSensitivePaths = true;
            o.SizeLimit = builder.Configuration.GetValue("Cache:OutputMegabytes", DefaultOutputMegabytes) * 1024L * 1024L;
            o.MaximumBodySize = MaximumCachedBody;
        });
        builder.Services.AddRazorComponents();
        // Chinese text stays text: the default encoder would turn every 汉字 into an &#x; escape.
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        AddRateLimiting(builder);

        var app = builder.Build();
        app.UseReadOnlyAndSecurityHeaders();
        app.UseRateLimiter();
        var assets = app.Services.GetRequiredService<StaticAssets>();
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = StaticAssets.RequestPath,
            OnPrepareResponse = f => f.Context.Response.Headers.CacheControl = assets.CacheFor(f.Context.Request, f.File.Name).Value,
        });
        app.UseOutputCache();
        ScorecardEndpoints.Map(app);
        return app;
    }

    /// <summary>The output cache's default bound: a few thousand pages, or a hundred print PNGs.</summary>
    public const int DefaultOutputMegabytes = 64;

    /// <summary>The largest response the output cache keeps: a print PNG is under 1 MB.</summary>
    public const long MaximumCachedBody = 4 * 1024 * 1024;

    /// <summary>What a print (300 DPI) PNG costs the rate limiter, in page views: about its CPU time over a page's.</summary>
    public const int DefaultPrintRenderCost = 50;

    private static void AddRateLimiting(WebApplicationBuilder builder)
    {
        var permits = builder.Configuration.GetValue("RateLimit:PermitsPerSecond", 50);
        var burst = builder.Configuration.GetValue("RateLimit:Burst", 200);
        var printCost = builder.Configuration.GetValue("RateLimit:PrintRenderCost", DefaultPrintRenderCost);
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                return ValueTask.CompletedTask;
            };
            // One token bucket per client address: a page with its chart images and stylesheet fits in the
            // burst; a print render is charged as many page views.
            o.GlobalLimiter = new WeightedRateLimiter(PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetTokenBucketLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = burst,
                        TokensPerPeriod = permits,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    })), printCost, burst);
        });
    }
}
