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

    private (int Code, string Out, string Err) Run(bool force = false, string? reports = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var settings = new DemoSettings(DbPath, force, Small, reports ?? DemoSettings.ShippedReports, null);
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

    private static DemoData Generate() =>
        new DemoGenerator(IndicatorCatalog.LoadDefault(), Gazetteer.LoadDefault()).Generate(Small);
}
