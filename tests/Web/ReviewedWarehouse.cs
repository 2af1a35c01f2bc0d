using Analytics.Etl.Load;
using Analytics.Etl.Review;
using Analytics.Tests.Etl.Load;
using Analytics.Tests.Etl.Review;
using Analytics.Tests.Warehouse;
using Analytics.Warehouse;

namespace Analytics.Tests.Web;

/// <summary>
/// A published warehouse whose 柯城区 numbers come from the fixture report (tests/Fixtures/reviews,
/// figures invented) and whose 衢江区 numbers come from a table, scored on five example targets for
/// 2023; <see cref="Review"/> exports the review sheet, fills it in (养老床位 confirmed, 节地生态安葬率
/// corrected from 72.5 to 52.5, 社会工作站 rejected, the rest left) and loads it, publishing a snapshot.
/// Before the review 柯城 meets every target; after it, it misses the burial rate and has no station count.
/// </summary>
public sealed class ReviewedWarehouse : IDisposable
{
    public const string District = "330802";

    private readonly TempFolder folder = new();

    public ReviewedWarehouse(bool reviewed)
    {
        var targets = Csv("targets.csv", "province,year,indicator,comparator,threshold,basis,of",
            "330000,2023,elderly_beds,>=,40,per_1k_aged_60plus,", "330000,2023,eco_burial_rate,>=,60,percent,",
            "330000,2023,social_work_stations,>=,10,absolute,", "330000,2023,dibao_standard,>=,1000,absolute,",
            "330000,2023,nursing_beds,>=,55,share,elderly_beds");
        var population = Csv("population.csv", "region,year,residents,residents_60plus", "330802,2023,500000,90000", "330803,2023,400000,80000");
        var stats = Csv("stats.csv", "region,indicator,year,value,unit",
            "330802,dibao_standard,2023,1000,元",
            "330803,elderly_beds,2023,3000,张", "330803,eco_burial_rate,2023,65,%", "330803,social_work_stations,2023,11,个",
            "330803,dibao_standard,2023,1000,元", "330803,nursing_beds,2023,1700,张");
        FirstSnapshot = Load(targets, population, stats, ReviewFixture.Report);
        if (reviewed)
        {
            Review();
        }
    }

    public string Db => folder.File("warehouse.duckdb");

    public string Snapshots => folder.File("snapshots");

    public string FirstSnapshot { get; }

    /// <summary>Exports, fills in and loads the review sheet; returns the snapshot it published.</summary>
    public string Review()
    {
        var sheet = folder.File("review.xlsx");
        using (var connection = WarehouseConnection.OpenReadOnly(Db))
        {
            ReviewWorkbook.Write(sheet, new ReviewExport(connection, LoadFixture.Catalog.Units).Rows(new ReviewFilter(), CancellationToken.None), LoadFixture.Catalog);
        }

        ReviewSheet.Fill(sheet, new()
        {
            ["elderly_beds"] = [("verdict", "确认")],
            ["eco_burial_rate"] = [("verdict", "更正"), ("corrected_value", "52.5"), ("note", "以殡葬管理台账为准")],
            ["social_work_stations"] = [("verdict", "驳回")],
        });
        return Load(sheet);
    }

    public void Dispose() => folder.Dispose();

    private string Load(params string[] files) =>
        new LoadJob(LoadFixture.Catalog, LoadFixture.Gazetteer).Run(Db, files, new LoadOptions(SnapshotDirectory: Snapshots), CancellationToken.None).SnapshotId
        ?? throw new InvalidOperationException("the load published nothing");

    private string Csv(string name, params string[] lines) => folder.Write(name, string.Join("\n", lines) + "\n");
}
