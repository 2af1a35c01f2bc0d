using Analytics.Etl.Extraction;
using Analytics.Etl.Load;
using Analytics.Tests.Etl.Load;
using Analytics.Tests.Warehouse;
using Analytics.Warehouse;
using Analytics.Warehouse.Snapshots;
using DuckDB.NET.Data;

namespace Analytics.Tests.Web;

/// <summary>
/// A small published warehouse for the scorecard tests, loaded through the real LoadRun from CSV
/// fixtures written here, with hand-computable scores (see <see cref="Expected"/>):
/// 2023: 上城 1 (116.7%), 拱墅 2 and 西湖 2 (96.7%, a tie), 海曙 4 (87.5%), 江北 unranked (33% coverage);
/// 2022: 拱墅 1, 上城 2, 海曙 3. 海曙's 2023 charity figure is synthetic; 江北's burial rate comes
/// from a report sentence; 上城 has an elderly-bed forecast with an 80% band, one-year-ahead backtests of
/// 2022 (held) and 2023 (missed; 海曙 2023 held) and an at-risk aggregate; both models have evaluations.
/// A decoy household table proves no page or export reads household rows.
/// </summary>
public sealed class ScorecardWarehouse : IDisposable
{
    public const string HouseholdDecoy = "HH-DECOY-7F3A";
    public const string Evidence = "2023年，全区节地生态安葬率达到72.5%，位居全市前列。";

    // The fixture's official target: made up for the tests, labelled as a test file wherever it appears.
    public const string Plan = "测试用民政事业发展规划（测试夹具）";
    public const string PlanNumber = "测民发〔2022〕1号";
    public const string Clause = "第二章 主要指标 表1第3行";
    public const string Wording = "城乡低保标准不低于每人每月1000元";
    public const string PlanAddress = "https://example.org/test-plan";

    private readonly TempFolder folder = new();
    private int extraRuns;

    public ScorecardWarehouse()
    {
        // The dibao target is official with a fixture's provenance (a test file, not a real document):
        // the pages show its source; the others are examples.
        var targets = Csv("targets.csv",
            "province,year,indicator,comparator,threshold,basis,weight,note,synthetic,kind,document,issuer,doc_number,issued,clause,wording,address",
            "330000,2022-2023,elderly_beds,>=,50,per_1k_aged_60plus,2,省考核办法,,,,,,,,,",
            "330000,2022-2023,social_work_stations,>=,10,absolute,1,,,,,,,,,,",
            "330000,2022-2023,eco_burial_rate,>=,60,percent,1,,,,,,,,,,",
            $"330000,2022-2023,dibao_standard,>=,1000,absolute,1,,,official,{Plan},测试省民政厅,{PlanNumber},2022-01-10,{Clause},{Wording},{PlanAddress}",
            "330000,2022-2023,charity_raised,>=,100,per_10k_residents,1,,,,,,,,,,");
        var population = Csv("population.csv",
            "region,year,residents,residents_60plus",
            "330102,2022,1000000,200000", "330102,2023,1000000,200000",
            "330105,2022,500000,100000", "330105,2023,500000,100000",
            "330106,2023,800000,160000",
            "330203,2022,600000,120000", "330203,2023,600000,120000",
            "330205,2023,400000,80000");
        var stats = Csv("stats.csv",
            "region,indicator,year,value,unit",
            "330102,elderly_beds,2023,12000,张", "330102,social_work_stations,2023,12,个", "330102,eco_burial_rate,2023,66,%",
            "330102,dibao_standard,2023,1100,元", "330102,charity_raised,2023,12000,万元",
            "330105,elderly_beds,2023,5000,张", "330105,social_work_stations,2023,9,个", "330105,eco_burial_rate,2023,54,%",
            "330105,dibao_standard,2023,1000,元", "330105,charity_raised,2023,5000,万元",
            "330106,elderly_beds,2023,8000,张", "330106,social_work_stations,2023,10,个", "330106,eco_burial_rate,2023,48,%",
            "330106,dibao_standard,2023,1000,元", "330106,charity_raised,2023,8000,万元",
            "330203,elderly_beds,2023,4800,张", "330203,social_work_stations,2023,20,个", "330203,eco_burial_rate,2023,60,%",
            "330203,dibao_standard,2023,950,元",
            "330205,social_work_stations,2023,11,个",
            "330102,elderly_beds,2022,10000,张", "330102,social_work_stations,2022,10,个", "330102,eco_burial_rate,2022,60,%",
            "330102,dibao_standard,2022,1000,元", "330102,charity_raised,2022,10000,万元",
            "330105,elderly_beds,2022,6000,张", "330105,social_work_stations,2022,12,个", "330105,eco_burial_rate,2022,66,%",
            "330105,dibao_standard,2022,1100,元", "330105,charity_raised,2022,6000,万元",
            "330203,elderly_beds,2022,4200,张", "330203,social_work_stations,2022,8,个", "330203,eco_burial_rate,2022,50,%",
            "330203,dibao_standard,2022,900,元", "330203,charity_raised,2022,2400,万元",
            "330102,no_such_indicator,2023,1,个");
        var demo = Csv("demo-charity.csv",
            "region,indicator,year,value,unit,synthetic",
            "330203,charity_raised,2023,3000,万元,true");

        int runId;
        using (var run = LoadRun.Begin(Db, LoadFixture.Catalog, LoadFixture.Gazetteer, new LoadOptions(Publish: false)))
        {
            foreach (var table in new[] { targets, population, stats, demo })
            {
                run.LoadTable(table);
            }

            run.LoadReportFacts(
                new DocumentInfo("江北区2023年民政工作总结.txt", new string('a', 64), "utf-8", 4096),
                [new ExtractedFact("江北区2023年民政工作总结.txt", "江北区", "330205", null, "eco_burial_rate", 72.5m, "percent", 2023, 2023,
                    Qualifier.Exact, FactStatus.Actual, false, 212, 216, Evidence)]);
            runId = run.RunId;
            run.Commit();
        }

        using (var conn = WarehouseConnection.OpenReadWrite(Db))
        {
            Execute(conn, $"""
                INSERT INTO sources VALUES (100, {runId}, 'forecast-elderly_beds.json', 'forecast', 'f0', NULL, 0, 2025, 2, 0, false);
                INSERT INTO facts (fact_id, region_code, region_name, indicator, year, period_start, value, unit, qualifier, status,
                                   segment, redacted, source_id, run_id, synthetic)
                VALUES (9001, '330102', '上城区', 'elderly_beds', 2024, 2024, 12500, 'beds', 'exact', 'forecast', NULL, false, 100, {runId}, false),
                       (9002, '330102', '上城区', 'elderly_beds', 2025, 2025, 13000, 'beds', 'exact', 'forecast', NULL, false, 100, {runId}, false);
                INSERT INTO forecast_intervals VALUES (9001, 0.8, 12000, 13000, 'ets', 1), (9002, 0.8, 12100, 13900, 'ets', 2);
                INSERT INTO at_risk_counts VALUES ('330102', 2023, 5000, 120, 300, 0.5, 'fasttree', {runId}, true);
                INSERT INTO forecast_backtests VALUES
                    (1, '330102', 'elderly_beds', 'elderly_care', 'ets', 2021, 1, 10000, 9500, 800, {runId}, false),
                    (2, '330102', 'elderly_beds', 'elderly_care', 'ets', 2022, 1, 12000, 11000, 800, {runId}, false),
                    (3, '330105', 'elderly_beds', 'elderly_care', 'ets', 2022, 1, 5000, 5200, 400, {runId}, false),
                    (4, '330102', 'elderly_beds', 'elderly_care', 'ets', 2021, 2, 12000, 10000, 800, {runId}, false);
                INSERT INTO forecast_backtest_intervals VALUES
                    (1, 0.8, 9000, 10500, false), (2, 0.8, 10000, 11800, false), (3, 0.8, 4800, 5600, true), (4, 0.8, 9000, 11000, false);
                INSERT INTO model_evaluations VALUES
                    ('ets', 'forecast', 'mase_h1', 0.875, 3, {runId}, false), ('ets', 'forecast', 'coverage_80_h1', 0.6667, 3, {runId}, false),
                    ('fasttree', 'at_risk', 'roc_auc', 0.81, 1000, {runId}, true);
                INSERT INTO forecast_runs VALUES ({runId}, NULL, 2, [0.8, 0.95], 3, 2, false);
                INSERT INTO forecast_choices VALUES ('elderly_care', 'ets', 0.875, 6.25, 1.1, {runId}, false);
                INSERT INTO forecast_coverage VALUES
                    ('elderly_care', NULL, 'ets', 1, 0.8, 3, 0.6667, 1, {runId}, false), ('elderly_care', NULL, 'ets', 2, 0.8, 1, 1.0, 0, {runId}, false),
                    ('elderly_care', NULL, 'ets', 1, 0.95, 3, 1.0, 1, {runId}, false), ('elderly_care', NULL, 'naive', 3, 0.8, 2, 0.5, 0, {runId}, false),
                    ('elderly_care', 'elderly_beds', 'ets', 3, 0.8, 2, 0.0, 0, {runId}, false);
                CREATE TABLE household_scores (household_id VARCHAR, risk DOUBLE);
                INSERT INTO household_scores VALUES ('{HouseholdDecoy}', 0.93);
                CHECKPOINT;
                """);
        }

        FirstSnapshot = Store.Publish(Db, runId);
    }

    public string Db => folder.File("warehouse.duckdb");

    public string Snapshots => folder.File("snapshots");

    public SnapshotStore Store => new(Snapshots);

    public string FirstSnapshot { get; }

    /// <summary>Loads a newer 上城 低保标准 for 2023 (1200 instead of 1100) and publishes it; returns the new snapshot id.</summary>
    public string PublishRaisedDibao()
    {
        var csv = Csv($"update-{++extraRuns}.csv", "region,indicator,year,value,unit", "330102,dibao_standard,2023,1200,元");
        using var run = LoadRun.Begin(Db, LoadFixture.Catalog, LoadFixture.Gazetteer, new LoadOptions(SnapshotDirectory: Snapshots, KeepSnapshots: 5));
        run.LoadTable(csv);
        return run.Commit().SnapshotId ?? throw new InvalidOperationException("the update published nothing");
    }

    public void Dispose() => folder.Dispose();

    private string Csv(string name, params string[] lines) => folder.Write(name, string.Join("\n", lines) + "\n");

    private static void Execute(DuckDBConnection conn, string sql)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
