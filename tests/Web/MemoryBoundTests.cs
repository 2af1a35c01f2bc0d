using System.Net;
using Analytics.Web.Serving;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Tests.Web;

/// <summary>Run alone: it measures the managed heap, which other tests running beside it would move.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryCollection
{
    public const string Name = "memory";
}

/// <summary>
/// A long run of distinct valid URLs (every sort, direction, city, year and language of the overview,
/// with the province named and not)
/// levels off: the output cache and the per-snapshot memo keep no more than their bounds.
/// </summary>
[Collection(MemoryCollection.Name)]
public sealed class MemoryBoundTests : IDisposable
{
    private const int OutputMegabytes = 1;
    private const int MemoEntries = 16;

    private readonly ScorecardWarehouse warehouse = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => warehouse.Dispose();

    [Fact]
    public async Task Distinct_urls_past_the_cache_bound_leave_the_heap_level()
    {
        await using var factory = new ScorecardFactory(warehouse.Snapshots).WithWebHostBuilder(b =>
        {
            b.UseSetting("Cache:OutputMegabytes", OutputMegabytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Cache:MemoEntries", MemoEntries.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        using var client = factory.CreateClient();
        var urls = Urls().ToList();
        Assert.True(urls.Count >= 1200, $"only {urls.Count} distinct URLs");

        await Serve(client, urls[..200]); // fills the cache past its bound
        var before = Heap();
        var served = await Serve(client, urls[200..]);
        var after = Heap();

        // Unbounded, the second run alone would have kept every page it served.
        Assert.True(served > 12L * 1024 * 1024, $"the run served only {served:N0} bytes: too little to tell a bound from none");
        Assert.True(after - before < 3L * 1024 * 1024, $"the heap grew {after - before:N0} bytes over {served:N0} bytes served");
        Assert.InRange(factory.Services.GetRequiredService<SnapshotMemo>().Count, 0, MemoEntries);
    }

    private static IEnumerable<string> Urls()
    {
        string[] sorts = ["rank", "composite", "name", "city", "coverage", "trend", "change",
            "family:social_assistance", "family:elderly_care", "family:burial", "family:social_work", "family:charity",
            "ind:elderly_beds", "ind:social_work_stations", "ind:eco_burial_rate", "ind:dibao_standard", "ind:charity_raised"];
        foreach (var (year, province) in new[] { ("2023", ""), ("2022", ""), ("2023", "330000"), ("2022", "330000") })
        {
            foreach (var lang in new[] { "zh", "en" })
            {
                foreach (var city in new[] { "", "330100", "330200" })
                {
                    foreach (var sort in sorts)
                    {
                        foreach (var dir in new[] { "asc", "desc", "" })
                        {
                            yield return $"/?province={province}&year={year}&lang={lang}&city={city}&sort={sort}&dir={dir}";
                        }
                    }
                }
            }
        }
    }

    private static async Task<long> Serve(HttpClient client, IEnumerable<string> urls)
    {
        var bytes = 0L;
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            bytes += (await response.Content.ReadAsByteArrayAsync(Ct)).Length;
        }

        return bytes;
    }

    private static long Heap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
