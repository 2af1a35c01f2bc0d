using Analytics.Models.Forecasting;
using Analytics.Models.Store;
using Analytics.Tests.Warehouse;
using Analytics.Warehouse;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Snapshots;

namespace Analytics.Tests.Models.Store;

public sealed class ForecastWriterTests : IDisposable
{
    private readonly TempFolder folder = new();

    private string File => folder.File("warehouse.duckdb");

    public void Dispose() => folder.Dispose();

    private (List<ForecastValue> Values, ForecastRecord Record) Forecast() => Run() is var (values, _, record) ? (values, record) : default;

    private (List<ForecastValue> Values, BacktestReport Report, ForecastRecord Record) Run()
    {
        using (var w = new TinyWarehouse(File))
        {
            for (var year = 2014; year <= 2024; year++)
            {
                w.Fact("990101", "dibao_persons", year, 1_000 + (20 * (year - 2014)));
                w.Fact("990102", "dibao_persons", year, 3_000 - (35 * (year - 2014)) + (year % 2 * 10));
            }
        }

        using var connection = WarehouseConnection.OpenReadOnly(File);
        var panel = SeriesReader.FromWarehouse(connection, IndicatorCatalog.LoadDefault(), TestContext.Current.CancellationToken);
        IForecastModel[] models = [new NaiveModel(), new DriftModel()];
        var report = Backtester.Run(panel, models, new BacktestOptions(MinCalibration: 5), TestContext.Current.CancellationToken);
        return (ForecastRun.Create(panel, report, models, 3, TestContext.Current.CancellationToken).Values.ToList(), report,
            ForecastRecord.Of(panel, report, 3, "20261129T000000000Z-run000001"));
    }

    [Fact]
    public void Forecasts_land_as_their_own_facts_with_intervals_a_source_a_run_and_a_snapshot()
    {
        var (values, record) = Forecast();
        Assert.Equal(6, values.Count);
        var result = ForecastWriter.Write(File, values, record, synthetic: true, ct: TestContext.Current.CancellationToken);

        Assert.Equal(6, Db_("SELECT count(*) FROM facts WHERE status = 'forecast' AND source_id = " + result.SourceId));
        Assert.Equal(22, Db_("SELECT count(*) FROM facts WHERE status = 'actual'"));
        Assert.Equal(1, Db_("SELECT count(*) FROM sources WHERE kind = 'forecast' AND synthetic"));
        Assert.Equal(1, Db_($"SELECT count(*) FROM load_runs WHERE run_id = {result.RunId} AND rows_loaded = 6"));
        Assert.Equal(result.Intervals, Db_("SELECT count(*) FROM forecast_intervals i JOIN facts f USING (fact_id) WHERE f.status = 'forecast' AND i.lower <= f.value AND f.value <= i.upper"));
        Assert.True(result.Intervals > 0);
        Assert.Equal(0, Db_("SELECT count(*) FROM facts WHERE status = 'forecast' AND (region_name IS NULL OR NOT synthetic OR year NOT BETWEEN 2025 AND 2027)"));
        // The preferred view keeps forecasts apart from actuals: a 2025 forecast is its own row.
        Assert.Equal(2, Db_("SELECT count(*) FROM preferred_facts WHERE status = 'forecast' AND year = 2025"));

        var store = SnapshotStore.ForWarehouse(File);
        Assert.Equal(result.SnapshotId, store.CurrentId());
        Assert.Equal(6, Db.Scalar<long>(store.PathOf(result.SnapshotId!), "SELECT count(*) FROM facts WHERE status = 'forecast'"));
    }

    [Fact]
    public void Running_again_replaces_the_previous_forecasts()
    {
        var (values, record) = Forecast();
        var first = ForecastWriter.Write(File, values, record, synthetic: true, publishing: new PublishOptions(Publish: false), ct: TestContext.Current.CancellationToken);
        var before = Db.Rows(File, "SELECT region_code, indicator, year, value FROM facts WHERE status = 'forecast' ORDER BY ALL");
        var second = ForecastWriter.Write(File, values, record, synthetic: true, publishing: new PublishOptions(Publish: false), ct: TestContext.Current.CancellationToken);

        Assert.Equal(6, second.Replaced);
        Assert.Equal(before, Db.Rows(File, "SELECT region_code, indicator, year, value FROM facts WHERE status = 'forecast' ORDER BY ALL"));
        Assert.Equal(1, Db_("SELECT count(*) FROM sources WHERE kind = 'forecast'"));
        Assert.Equal(first.Intervals, Db_("SELECT count(*) FROM forecast_intervals"));
        Assert.Equal(22, Db_("SELECT count(*) FROM facts WHERE status = 'actual'"));
    }

    [Fact]
    public void A_failed_write_leaves_the_earlier_forecasts_in_place()
    {
        var (values, record) = Forecast();
        ForecastWriter.Write(File, values, record, synthetic: true, publishing: new PublishOptions(Publish: false), ct: TestContext.Current.CancellationToken);
        var before = Db.Fingerprint(File) + Db_("SELECT count(*) FROM forecast_intervals");
        List<ForecastValue> broken = [.. values, values[0] with { Unit = null! }]; // unit is NOT NULL in the schema
        Assert.ThrowsAny<Exception>(() => ForecastWriter.Write(File, broken, record, synthetic: true, publishing: new PublishOptions(Publish: false), ct: TestContext.Current.CancellationToken));
        Assert.Equal(before, Db.Fingerprint(File) + Db_("SELECT count(*) FROM forecast_intervals"));
    }

    [Fact]
    public void Forecasts_publish_into_the_snapshot_folder_the_options_name()
    {
        var (values, record) = Forecast();
        var snapshots = folder.File("published");
        var result = ForecastWriter.Write(File, values, record, synthetic: true, new PublishOptions(SnapshotDirectory: snapshots), TestContext.Current.CancellationToken);

        var store = new SnapshotStore(snapshots);
        Assert.Equal(result.SnapshotId, store.CurrentId());
        Assert.Equal(6, Db.Scalar<long>(store.PathOf(result.SnapshotId!), "SELECT count(*) FROM facts WHERE status = 'forecast'"));
        Assert.Empty(SnapshotStore.ForWarehouse(File).List());
    }

    [Fact]
    public void The_chosen_models_backtest_lands_beside_the_forecasts_and_its_coverage_matches_the_report()
    {
        var (values, report, record) = Run();
        var rows = record.Backtests;
        var choice = Assert.Single(report.Choices);
        ForecastWriter.Write(File, values, record, synthetic: true, publishing: new PublishOptions(Publish: false), ct: TestContext.Current.CancellationToken);

        Assert.Equal(report.Points.Count(p => p.Model == choice.Model), Db_("SELECT count(*) FROM forecast_backtests"));
        Assert.Equal(0, Db_($"SELECT count(*) FROM forecast_backtests WHERE model <> '{choice.Model}' OR NOT synthetic OR origin + horizon > 2024"));
        // The stored intervals give exactly the coverage the backtest measured (they are the same honest intervals).
        var measured = report.Coverage.Single(c => c.Model == choice.Model && c.Horizon == 1 && c.Level == 0.8);
        Assert.Equal(measured.Points, Db_("SELECT count(*) FROM forecast_backtests b JOIN forecast_backtest_intervals i USING (backtest_id) WHERE horizon = 1 AND level = 0.8"));
        Assert.Equal(measured.Coverage, Db.Scalar<double>(File, "SELECT value FROM model_evaluations WHERE metric = 'coverage_80_h1'"), 9);
        Assert.Equal(1, Db_($"SELECT count(*) FROM model_evaluations WHERE model = '{choice.Model}' AND output = 'forecast' AND metric = 'mase_h1' AND value > 0"));

        // A re-run replaces them, never adds.
        ForecastWriter.Write(File, values, record, synthetic: true, publishing: new PublishOptions(Publish: false), ct: TestContext.Current.CancellationToken);
        Assert.Equal(rows.Count, Db_("SELECT count(*) FROM forecast_backtests"));
        Assert.Equal(rows.Sum(r => r.Intervals.Count), Db_("SELECT count(*) FROM forecast_backtest_intervals"));
        Assert.Equal(2, Db_("SELECT count(*) FROM model_evaluations"));
    }

    [Fact]
    public void The_run_its_chosen_models_and_their_coverage_are_published_with_the_forecasts_and_replaced_by_a_rerun()
    {
        var (values, report, record) = Run();
        var choice = Assert.Single(report.Choices);
        var first = ForecastWriter.Write(File, values, record, synthetic: true, ct: TestContext.Current.CancellationToken);
        var second = ForecastWriter.Write(File, values, record, synthetic: true, ct: TestContext.Current.CancellationToken);

        // The snapshot a reader leases holds the record; the re-run's replaced the first one's.
        var snapshot = SnapshotStore.ForWarehouse(File).PathOf(second.SnapshotId!);
        var run = Assert.Single(Db.Rows(snapshot, "SELECT run_id, data_snapshot_id, horizon, levels::VARCHAR, series, forecast_rows, synthetic FROM forecast_runs"));
        Assert.Equal([second.RunId, "20261129T000000000Z-run000001", 3, "[0.8, 0.95]", 2, 6L, true], run);
        Assert.NotEqual(first.RunId, second.RunId);
        var stored = Assert.Single(Db.Rows(snapshot, "SELECT family, model, mase, smape, naive_mase FROM forecast_choices"));
        Assert.Equal([choice.Family, choice.Model, choice.Mase, choice.Smape, choice.NaiveMase], stored);
        Assert.Equal(report.Coverage.Count + report.IndicatorCoverage.Count, Db.Scalar<long>(snapshot, "SELECT count(*) FROM forecast_coverage"));
        var h1 = report.Coverage.Single(c => c.Model == choice.Model && c.Horizon == 1 && c.Level == 0.8);
        Assert.Equal(h1.Coverage, Db.Scalar<double>(snapshot,
            $"SELECT coverage FROM forecast_coverage WHERE indicator IS NULL AND model = '{choice.Model}' AND horizon = 1 AND level = 0.8"), 12);
        Assert.Equal(report.IndicatorCoverage.Count, Db.Scalar<long>(snapshot, "SELECT count(*) FROM forecast_coverage WHERE indicator = 'dibao_persons'"));
    }

    private long Db_(string sql) => Db.Scalar<long>(File, sql);
}
