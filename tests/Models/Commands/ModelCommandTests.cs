using System.CommandLine;
using Analytics.Models.Commands;
using Analytics.Models.Households;
using Analytics.Models.Store;
using Analytics.Tests.Warehouse;
using Analytics.Warehouse;
using Analytics.Warehouse.Snapshots;

namespace Analytics.Tests.Models.Commands;

public sealed class ModelCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var root = new RootCommand
        {
            BacktestCommand.Create(stdout, stderr),
            ForecastCommand.Create(stdout, stderr),
            WhatIfCommand.Create(stdout, stderr),
        };
        var code = root.Parse(args).Invoke();
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Warehouse()
    {
        var path = folder.File("warehouse.duckdb");
        using var w = new TinyWarehouse(path);
        for (var year = 2014; year <= 2024; year++)
        {
            foreach (var (county, scale) in new[] { ("990101", 1.0), ("990102", 2.0) })
            {
                w.Population(county, year, 100_000 * scale, (15_000 + (800 * (year - 2014))) * scale)
                    .Fact(county, "dibao_persons", year, (1_200 - (30 * (year - 2014))) * scale)
                    .Fact(county, "elderly_beds", year, (500 + (40 * (year - 2014))) * scale);
            }
        }

        w.Fact("990101", "dibao_households", 2024, 600).Fact("990101", "dibao_standard", 2024, 1_000).Fact("990101", "dibao_payments", 2024, 300)
            .Target(2025, "elderly_beds", "per_1k_aged_60plus", 40);
        return path;
    }

    [Fact]
    public void Whatif_prints_every_output_with_what_moved_it()
    {
        var (code, stdout, stderr) = Run("whatif", "--db", Warehouse(), "--region", "990101", "--year", "2024", "--aged-growth", "3", "--standard-growth", "6");
        Assert.True(code == 0, stderr);
        Assert.Contains("低保人数 Dibao recipients", stdout, StringComparison.Ordinal);
        Assert.Contains("低保标准增长 dibao standard growth +", stdout, StringComparison.Ordinal);
        Assert.Contains("合成数据 synthetic", stdout, StringComparison.Ordinal);
        Assert.Contains("不可用 unavailable: 持证社工缺口", stdout, StringComparison.Ordinal);
        Assert.Contains("note: 基年参保率 0.8 为假设值 (base take-up 0.8 is assumed", stdout, StringComparison.Ordinal);
        Assert.Contains("note: elderly_beds 目标 target 40 per_1k_aged_60plus (2025)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Whatif_measures_the_base_take_up_on_a_household_file_and_says_so()
    {
        // 990101: three eligible persons (income below 1,000 per person), two of them enrolled; 990102 is not in scope.
        var households = folder.File("households.duckdb");
        using (var file = HouseholdFile.Open(households, readOnly: false))
        {
            Sql.Execute(file, HouseholdFile.Schema);
            Sql.Execute(file, """
                INSERT INTO dataset VALUES ('synthetic', 'true'), ('as_of', '2024-12-31');
                INSERT INTO standards VALUES ('990101', DATE '2024-01-01', 1000), ('990102', DATE '2024-01-01', 1000);
                INSERT INTO households VALUES
                  (1, '990101', '990101001', 2, 70, 0, 2, 0, 1, 0, 'owned', 1500, 0, 0, 'dibao', true),
                  (2, '990101', '990101001', 1, 40, 0, 0, 0, 0, 1, 'rented', 900, 0, 0, 'none', true),
                  (3, '990101', '990101002', 3, 45, 1, 0, 0, 0, 2, 'owned', 9000, 0, 0, 'none', false),
                  (4, '990102', '990102001', 1, 80, 0, 1, 1, 1, 0, 'owned', 500, 0, 0, 'none', true);
                """);
        }

        var db = Warehouse();
        var (code, stdout, stderr) = Run("whatif", "--db", db, "--region", "990101", "--year", "2024", "--households", households);
        Assert.True(code == 0, stderr);
        Assert.Contains("take-up 0.667 (reference: status quo, take-up 0.667)", stdout, StringComparison.Ordinal);
        Assert.Contains("note: 基年参保率 0.667 由住户文件 households.duckdb 测算（合成数据）：2024-12-31 符合条件 3 人中在册 2 人，1 个县级单位", stdout, StringComparison.Ordinal);

        (code, _, stderr) = Run("whatif", "--db", db, "--region", "990101", "--year", "2024", "--households", households, "--base-take-up", "0.7");
        Assert.Equal(1, code);
        Assert.Contains("--base-take-up", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Whatif_refuses_out_of_range_drivers()
    {
        var (code, _, stderr) = Run("whatif", "--db", Warehouse(), "--region", "990101", "--year", "2024", "--edge-multiplier", "3");
        Assert.Equal(1, code);
        Assert.Contains("edge-household multiplier must be between 1.5 and 2", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Backtest_reads_a_tidy_csv_and_prints_each_model_and_horizon()
    {
        var lines = new List<string> { "area,indicator,year,value" };
        for (var year = 2014; year <= 2024; year++)
        {
            lines.Add($"330102,elderly_beds,{year},{1_000 + (50 * (year - 2014))}");
            lines.Add($"330103,elderly_beds,{year},{2_000 + (70 * (year - 2014)) + (year % 3 * 15)}");
        }

        var csv = folder.Write("series.csv", string.Join("\n", lines));
        var (code, stdout, stderr) = Run("backtest", "--input", csv, "--horizon", "3");
        Assert.True(code == 0, stderr);
        foreach (var model in new[] { "naive", "drift", "theta", "damped" })
        {
            Assert.Contains(model, stdout, StringComparison.Ordinal);
        }

        Assert.Contains("h=3", stdout, StringComparison.Ordinal);
        Assert.Contains("chosen:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_writes_the_warehouse_a_csv_and_the_model_sidecar()
    {
        var db = Warehouse();
        var csv = folder.File("forecasts.csv");
        var (code, stdout, stderr) = Run("forecast", "--db", db, "--horizon", "2", "--out", csv);
        Assert.True(code == 0, stderr);
        // 2 counties × 2 indicators with history × 2 years; the one-year series are too short.
        Assert.Contains("8 forecast facts", stdout, StringComparison.Ordinal);
        Assert.Equal(9, File.ReadAllLines(csv).Length);
        Assert.Equal(8, Db.Scalar<long>(db, "SELECT count(*) FROM facts WHERE status = 'forecast'"));
        var info = ModelStore.ForWarehouse(db).Load()!;
        Assert.Equal(2, info.Families.Count);
        Assert.NotNull(info.PublishedSnapshotId);
        // The snapshot it published carries the run's record: one run, the same chosen models as the model files.
        var snapshot = SnapshotStore.ForWarehouse(db).PathOf(info.PublishedSnapshotId!);
        Assert.Equal(info.RunId, Db.Scalar<int>(snapshot, "SELECT run_id FROM forecast_runs WHERE horizon = 2 AND forecast_rows = 8"));
        Assert.Equal(
            info.Families.Select(f => $"{f.Family}:{f.ChosenModel}").Order(StringComparer.Ordinal),
            Db.Rows(snapshot, "SELECT family || ':' || model FROM forecast_choices ORDER BY 1").Select(r => (string)r[0]!));
    }

    [Fact]
    public void Forecast_without_a_destination_is_refused()
    {
        var (code, _, stderr) = Run("forecast", "--demo");
        Assert.Equal(1, code);
        Assert.Contains("--out", stderr, StringComparison.Ordinal);
    }
}
