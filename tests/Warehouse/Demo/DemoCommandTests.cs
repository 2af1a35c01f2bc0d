using Analytics.Etl.Commands;
using Analytics.Warehouse;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Demo;
using Analytics.Warehouse.Queries;
using Analytics.Warehouse.Regions;
using Analytics.Warehouse.Snapshots;

namespace Analytics.Tests.Warehouse.Demo;

public sealed class DemoCommandTests : IDisposable
{
    // One province, three years: the whole path in a couple of seconds.
    private static readonly DemoOptions Small = new() { Provinces = ["330000"], FirstYear = 2022, LastYear = 2024, GapRate = 0.02, ConflictRate = 0.01 };

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string DbPath => folder.File("demo.duckdb");

    private (int Code, string Out, string Err) Run(bool force = false, string? reports = null, string? targets = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var settings = new DemoSettings(DbPath, force, Small, reports ?? DemoSettings.ShippedReports, null, targets);
        var code = DemoCommand.Run(settings, stdout, stderr, TestContext.Current.CancellationToken);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Demo_builds_a_warehouse_where_every_row_is_synthetic_and_publishes_a_snapshot()
    {
        var (code, stdout, stderr) = Run();

        Assert.True(code == 0, stderr);
        var data = Generate();
        Assert.Equal(data.Statistics.Count + data.Revised.Count, Db.Scalar<long>(DbPath, "SELECT count(*) FROM facts JOIN sources USING (source_id) WHERE kind = 'statistics'"));
        Assert.Equal(3, Db.Scalar<long>(DbPath, "SELECT count(*) FROM sources WHERE kind = 'report'"));
        Assert.True(Db.Scalar<long>(DbPath, "SELECT count(*) FROM facts JOIN sources USING (source_id) WHERE kind = 'report'") > 0);
        foreach (var table in new[] { "facts", "population", "targets", "sources" })
        {
            Assert.Equal(0, Db.Scalar<long>(DbPath, $"SELECT count(*) FROM {table} WHERE NOT synthetic"));
        }

        Assert.Equal(0, Db.Scalar<long>(DbPath, "SELECT count(*) FROM quarantine"));
        Assert.Equal(data.Targets.Count, Db.Scalar<long>(DbPath, "SELECT count(*) FROM targets"));
        Assert.NotNull(new SnapshotStore(folder.File("snapshots")).CurrentId());
        Assert.Contains("demo built in", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Gaps_and_conflicts_are_what_check_reports_and_force_rebuilds_the_same_warehouse()
    {
        var none = Directory.CreateDirectory(folder.File("no-reports")).FullName; // only the generated conflicts
        Assert.Equal(0, Run(reports: none).Code);
        var data = Generate();

        using (var connection = WarehouseConnection.OpenReadOnly(DbPath))
        {
            var issues = new QualityChecks(connection).Run(0.5, TestContext.Current.CancellationToken);
            var missing = issues.Where(i => i.Check == "missing_year").Select(i => new DemoGap(i.RegionCode!, i.Indicator, i.Year!.Value)).ToHashSet();
            var conflicts = issues.Where(i => i.Check == "conflict").Select(i => (i.RegionCode, i.Indicator, i.Year)).ToHashSet();
            Assert.NotEmpty(data.Gaps);
            Assert.Equal(data.Gaps.ToHashSet(), missing);
            Assert.NotEmpty(data.Revised);
            Assert.Equal(data.Revised.Select(r => ((string?)r.RegionCode, r.Indicator, (int?)r.Year)).ToHashSet(), conflicts);
        }

        Assert.Equal(data.Revised.Count, Db.Scalar<long>(DbPath, "SELECT count(*) FROM preferred_facts WHERE conflict AND candidates = 2 AND synthetic"));

        const string Content = "SELECT string_agg(region_code || indicator || year || value || source_name, ';' ORDER BY fact_id) FROM fact_lineage";
        var before = Db.Scalar<string>(DbPath, Content);
        var (refused, _, stderr) = Run(reports: none);
        Assert.Equal(1, refused);
        Assert.Contains("--force", stderr, StringComparison.Ordinal);
        Assert.Equal(before, Db.Scalar<string>(DbPath, Content));

        Assert.Equal(0, Run(force: true, reports: none).Code);
        Assert.Equal(before, Db.Scalar<string>(DbPath, Content));
        Assert.Equal(1, Db.Scalar<int>(DbPath, "SELECT max(run_id) FROM load_runs"));
    }

    [Fact]
    public void Demo_scores_on_the_official_targets_and_invents_examples_only_where_none_is_published()
    {
        var (code, _, stderr) = Run(targets: DemoSettings.ShippedTargets);

        Assert.True(code == 0, stderr);
        // The file loads whole: 9 official rows over five years each. From 2021 the nation sets one of
        // them (the nursing-bed share, 2021-2025), which Zhejiang inherits.
        Assert.Equal(9 * 5, Db.Scalar<long>(DbPath, "SELECT count(*) FROM targets WHERE kind = 'official'"));
        Assert.Equal(4, Db.Scalar<long>(DbPath, "SELECT count(*) FROM targets WHERE kind = 'official' AND province_code = '000000' AND year >= 2022"));
        Assert.Equal(0, Db.Scalar<long>(DbPath, "SELECT count(*) FROM targets WHERE kind = 'official' AND synthetic"));
        Assert.Equal(0, Db.Scalar<long>(DbPath, "SELECT count(*) FROM targets WHERE kind = 'example' AND NOT synthetic"));
        Assert.Equal(0, Db.Scalar<long>(DbPath, "SELECT count(*) FROM quarantine"));
        // No province-year-indicator has both an official target (its own or the nation's) and an example.
        Assert.Equal(0, Db.Scalar<long>(DbPath, """
            SELECT count(*) FROM effective_targets e
            WHERE e.kind = 'example' AND EXISTS (
                SELECT 1 FROM effective_targets o WHERE o.kind = 'official' AND o.applies_to = e.applies_to AND o.year = e.year AND o.indicator = e.indicator)
            """));
        Assert.Equal(["example", "official"], Db.Rows(DbPath, "SELECT DISTINCT kind FROM effective_targets WHERE applies_to = '330000' AND year = 2024 ORDER BY 1").Select(r => (string)r[0]!));
        Assert.Equal("nursing_beds", Db.Scalar<string>(DbPath, "SELECT indicator FROM effective_targets WHERE applies_to = '330000' AND year = 2024 AND kind = 'official'"));
        Assert.True(Db.Scalar<long>(DbPath, "SELECT count(*) FROM economic_bases WHERE synthetic") > 0);
    }

    private static DemoData Generate() =>
        new DemoGenerator(IndicatorCatalog.LoadDefault(), Gazetteer.LoadDefault()).Generate(Small);
}
