using Analytics.Etl.Commands;
using Analytics.Tests.Warehouse;
using Analytics.Warehouse;
using Analytics.Warehouse.Queries;
using Analytics.Warehouse.Schema;

namespace Analytics.Tests.Etl.Review;

/// <summary><c>review export</c> and <c>check</c> from the command line's side.</summary>
public sealed class ReviewCommandTests : IDisposable
{
    private readonly ReviewFixture fx = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => fx.Dispose();

    [Fact]
    public void Export_writes_the_sheet_named_by_its_extension_for_a_region_given_by_name()
    {
        fx.Load(ReviewFixture.Report);
        var output = new StringWriter();
        var errors = new StringWriter();

        Assert.Equal(0, ReviewCommand.Export(fx.Db, fx.Folder.File("柯城.xlsx"), "柯城区", 2023, all: false, output, errors, Ct));
        Assert.Contains("9 readings not yet reviewed", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(9, ReviewSheet.Read(fx.Folder.File("柯城.xlsx")).Rows.Count);

        Assert.Equal(1, ReviewCommand.Export(fx.Db, fx.Folder.File("review.txt"), null, null, all: false, output, errors, Ct));
        Assert.Equal(1, ReviewCommand.Export(fx.Db, fx.Folder.File("review.csv"), "不存在县", null, all: false, output, errors, Ct));
        Assert.Contains("error: review.txt", errors.ToString().Replace(fx.Folder.Path + "/", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("error: --region: unknown region '不存在县'", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_warehouse_of_an_older_schema_is_named_as_such_with_what_to_do()
    {
        using (var connection = WarehouseConnection.OpenReadWrite(fx.Db))
        {
            Sql.Execute(connection, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "schema", "schema-v2.sql")));
            Sql.Execute(connection, "INSERT INTO schema_info VALUES (2)");
        }

        var errors = new StringWriter();
        Assert.Equal(1, ReviewCommand.Export(fx.Db, fx.Folder.File("review.xlsx"), null, null, all: false, new StringWriter(), errors, Ct));
        Assert.Equal(1, CheckCommand.Run(fx.Db, 0.5, 10, new StringWriter(), errors, Ct));

        Assert.Equal(2, errors.ToString().Split('\n').Count(l => l.Contains($"has warehouse schema 2, older than {WarehouseSchema.Version}: any load upgrades it", StringComparison.Ordinal)));
        Assert.False(File.Exists(fx.Folder.File("review.xlsx")));
    }

    [Fact]
    public void Check_lists_the_unreviewed_numbers_from_prose_that_feed_a_target_and_drops_them_once_reviewed()
    {
        // nursing_beds is scored as a share of elderly_beds: both feed its target.
        var targets = fx.Write("targets.csv", "province,year,indicator,comparator,threshold,basis,of",
            "330000,2023,eco_burial_rate,>=,60,percent,", "330000,2023,dibao_standard,>=,1000,absolute,",
            "330000,2023,nursing_beds,>=,55,share,elderly_beds");
        var stats = fx.Write("stats.csv", "region,indicator,year,value,unit", "330802,dibao_standard,2023,1000,元");
        fx.Load(ReviewFixture.Report, stats, targets);

        Assert.Equal(["eco_burial_rate", "elderly_beds", "nursing_beds"], Unreviewed().Select(i => i.Indicator));
        Assert.Contains("72.5 percent read from kecheng-2023.txt (F-", Unreviewed()[0].Detail, StringComparison.Ordinal);

        var sheet = fx.Export("review.xlsx");
        ReviewSheet.Fill(sheet, new() { ["elderly_beds"] = [("verdict", "确认")], ["eco_burial_rate"] = [("verdict", "更正"), ("corrected_value", "52.5")] });
        fx.Load(sheet);

        Assert.Equal(["nursing_beds"], Unreviewed().Select(i => i.Indicator)); // cremation_rate feeds no target; dibao_standard comes from the table
    }

    private List<QualityIssue> Unreviewed()
    {
        using var connection = WarehouseConnection.OpenReadOnly(fx.Db);
        return [.. new QualityChecks(connection).Run(0.5, Ct).Where(i => i.Check == "unreviewed")];
    }
}
