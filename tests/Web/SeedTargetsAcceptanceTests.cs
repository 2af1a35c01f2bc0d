using Analytics.Etl.Load;
using Analytics.Tests.Etl.Load;

namespace Analytics.Tests.Web;

/// <summary>
/// Issue 11's acceptance: a fresh warehouse of only the five seed reports (../shared/seeds) and the
/// shipped sourced targets. 嵊州市's page for 2021 assesses every target its own numbers can meet and
/// shows the rest as missing with the reason, never as zero; each target names its document.
/// </summary>
public sealed class SeedTargetsAcceptanceTests : IDisposable
{
    private readonly LoadFixture fx = new();

    public void Dispose() => fx.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Shengzhou_is_assessed_on_the_official_targets_its_numbers_reach_and_the_rest_are_missing_not_zero()
    {
        var seeds = Directory.GetFiles(SharedData.RequirePath("seeds"), "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(5, seeds.Count);
        var snapshots = fx.Folder.File("snapshots");
        new LoadJob(LoadFixture.Catalog, LoadFixture.Gazetteer).Run(
            fx.Db, [.. seeds, Path.Combine(AppContext.BaseDirectory, "data", "targets.csv")], new LoadOptions(SnapshotDirectory: snapshots), Ct);
        using var factory = new ScorecardFactory(snapshots);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/district/330683?year=2021", Ct);
        var rows = Html.Rows(html);

        Assert.Contains("嵊州市 2021年考核情况", html, StringComparison.Ordinal);
        // The seed's own figures are on the page: 低保标准 890, 特困供养标准 1,179 元/人·月, read from prose no one has reviewed.
        Assert.Contains(rows, r => r[0].StartsWith("低保标准", StringComparison.Ordinal) && r[1] == "890 元/人·月 未核对");
        Assert.Contains(rows, r => r[0].StartsWith("特困供养标准", StringComparison.Ordinal) && r[1] == "1,179 元/人·月 未核对");

        var targeted = rows.Where(r => r.Count == 7 && r[3] != "无目标").ToList();
        Assert.NotEmpty(targeted);
        foreach (var row in targeted)
        {
            Assert.Contains("官方目标", row[3], StringComparison.Ordinal);
            Assert.Contains("《", row[3], StringComparison.Ordinal); // the document
            if (row[1] == "缺失")
            {
                Assert.StartsWith("— 缺失", row[5], StringComparison.Ordinal);
            }
            else
            {
                // A value it has is assessed, unless the figure the target divides by is missing, which the cell names.
                Assert.True(row[5].StartsWith('✓') || row[5].StartsWith('≈') || row[5].StartsWith('✗') || row[5].StartsWith("— 缺失 缺", StringComparison.Ordinal), row[5]);
            }

            Assert.DoesNotContain(" 0.0%", row[5], StringComparison.Ordinal);
        }

        // Zhejiang sets nothing in the sourced file for 2021, so 嵊州 inherits the national plan's target.
        Assert.Contains(targeted, r => r[0].StartsWith("护理型床位数", StringComparison.Ordinal) && r[3].Contains("沿用国家目标", StringComparison.Ordinal));
        Assert.Contains("综合得分<strong>缺失</strong>", html, StringComparison.Ordinal);

        // On the overview the district has no data on any target: listed by name under the table, not ranked at zero.
        var overview = await client.GetStringAsync("/?province=330000&year=2021", Ct);
        Assert.Contains("没有任何考核指标数据", overview, StringComparison.Ordinal);
        Assert.Contains("嵊州市", overview, StringComparison.Ordinal);
    }
}
