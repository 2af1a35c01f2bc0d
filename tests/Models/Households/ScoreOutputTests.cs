using Analytics.Models.Households;
using Analytics.Tests.Warehouse;
using Analytics.Warehouse.Snapshots;

namespace Analytics.Tests.Models.Households;

public sealed class ScoreOutputTests(HouseholdFixture fixture) : IClassFixture<HouseholdFixture>
{
    [Fact]
    public void At_risk_counts_land_in_one_run_and_a_rerun_replaces_them()
    {
        using var folder = new TempFolder();
        var db = folder.File("warehouse.duckdb");
        var counts = new[] { new AtRiskCount("330102", 2025, 100, 12, 30), new AtRiskCount("330105", 2025, 80, 5, 11) };
        var (first, snapshot) = AtRiskPublisher.Publish(db, counts, 0.5, RiskModel.Name, synthetic: true);
        var (second, _) = AtRiskPublisher.Publish(db, [counts[0] with { AtRiskHouseholds = 13 }], 0.5, RiskModel.Name, synthetic: true);

        Assert.Equal(first + 1, second);
        Assert.NotNull(snapshot);
        Assert.Equal("1:13:true", Db.Scalar<string>(db, "SELECT count(*) || ':' || sum(at_risk_households) || ':' || bool_and(synthetic) FROM at_risk_counts"));
        Assert.Equal(second, Db.Scalar<int>(db, "SELECT max(run_id) FROM at_risk_counts"));
        Assert.Equal(2, Db.Scalar<int>(db, "SELECT count(*) FROM load_runs"));
    }

    [Fact]
    public void At_risk_counts_publish_into_the_snapshot_folder_the_options_name()
    {
        using var folder = new TempFolder();
        var db = folder.File("warehouse.duckdb");
        var snapshots = folder.File("published");
        var (run, snapshot) = AtRiskPublisher.Publish(
            db, [new AtRiskCount("330102", 2025, 100, 12, 30)], 0.5, RiskModel.Name, synthetic: true, new PublishOptions(KeepSnapshots: 1, SnapshotDirectory: snapshots));

        var store = new SnapshotStore(snapshots);
        Assert.Equal(snapshot, store.CurrentId());
        Assert.Equal(run, Db.Scalar<int>(store.PathOf(snapshot!), "SELECT max(run_id) FROM at_risk_counts"));
        Assert.Equal("1:1:0:1:0", Db.Scalar<string>(db, "SELECT count(*) || ':' || max(files_loaded) || ':' || max(files_skipped) || ':' || max(rows_loaded) || ':' || max(quarantined) FROM load_runs"));
        Assert.Empty(SnapshotStore.ForWarehouse(db).List());
    }

    [Fact]
    public void The_held_out_evaluation_lands_beside_the_counts_and_a_rerun_replaces_it()
    {
        using var folder = new TempFolder();
        var db = folder.File("warehouse.duckdb");
        var counts = new[] { new AtRiskCount("330102", 2025, 100, 12, 30) };
        var evaluation = new RiskEvaluation(4000, 300, 200, 0.84, 0.41, 0.37, 0.02, 0.7, 0.2, 0.18);
        AtRiskPublisher.Publish(db, counts, 0.5, RiskModel.Name, synthetic: true, publishing: new PublishOptions(Publish: false), evaluation: evaluation);
        var (run, _) = AtRiskPublisher.Publish(db, counts, 0.5, RiskModel.Name, synthetic: true, publishing: new PublishOptions(Publish: false), evaluation: evaluation with { RocAuc = 0.86 });

        Assert.Equal($"roc_auc=0.86:4000:{run},pr_auc=0.41:4000:{run},precision_at_k=0.37:4000:{run}", Db.Scalar<string>(db, """
            SELECT string_agg(metric || '=' || value || ':' || points || ':' || run_id, ',' ORDER BY CASE metric WHEN 'roc_auc' THEN 0 WHEN 'pr_auc' THEN 1 ELSE 2 END)
            FROM model_evaluations WHERE output = 'at_risk' AND synthetic
            """));
    }

    [Fact]
    public void Score_run_counts_every_household_once_and_visit_lists_hold_no_raw_id()
    {
        var copy = Path.Combine(fixture.Folder, "score-copy.duckdb");
        File.Copy(fixture.Path, copy, overwrite: true);
        using var connection = HouseholdFile.Open(copy, readOnly: false);
        var result = new RiskScoring(seed: 1).Run(connection, threshold: 0.5, k: 50, CancellationToken.None);
        Assert.Equal(fixture.All.Count, result.Counts.Sum(c => c.HouseholdsScored));
        Assert.All(result.Counts, c => Assert.InRange(c.AtRiskHouseholds, 0, c.HouseholdsScored));
        Assert.All(result.Counts, c => Assert.InRange(c.AtRiskPersons, c.AtRiskHouseholds, c.AtRiskHouseholds * 6));

        var township = fixture.All.GroupBy(h => h.Household.TownshipCode).MaxBy(g => g.Count())!.Key; // 20,000 households fill every township
        var visits = VisitList.Build(connection, result.Model, new Pseudonymiser("bureau-key-0123456789"), township, 10, includeEnrolled: false, CancellationToken.None);
        Assert.Equal(10, visits.Count);
        Assert.Equal(visits.OrderByDescending(v => v.Risk).Select(v => v.Risk), visits.Select(v => v.Risk));
        var csv = new StringWriter();
        VisitList.WriteCsv(csv, visits, synthetic: true);
        var lines = csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("pseudonym,township_code,risk,reason_1,reason_2,reason_3,synthetic", lines[0]);
        var ids = fixture.All.Where(h => h.Household.TownshipCode == township).Select(h => h.Household.Id).ToHashSet();
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split(',');
            Assert.Matches("^[0-9a-f]{16}$", fields[0]);
            Assert.DoesNotContain(fields[0], ids.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.NotEqual("", fields[3]);
            Assert.Equal("true", fields[6]);
        }
    }
}
