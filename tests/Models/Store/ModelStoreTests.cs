using Analytics.Models.Commands;
using Analytics.Models.Forecasting;
using Analytics.Models.Store;
using Analytics.Tests.Models.Forecasting;
using Analytics.Tests.Warehouse;
using Microsoft.ML;

namespace Analytics.Tests.Models.Store;

public sealed class ModelStoreTests
{
    [Fact]
    public void Saved_models_and_sidecar_load_back_and_predict_the_same()
    {
        using var folder = new TempFolder();
        var panel = Panels.Growing();
        IForecastModel[] models = [new NaiveModel(), new GlobalGrowthModel(trees: 20)];
        var report = Backtester.Run(panel, models, new BacktestOptions(), TestContext.Current.CancellationToken);
        var run = ForecastRun.Create(panel, report, models, 5, TestContext.Current.CancellationToken);
        var store = ModelStore.ForWarehouse(folder.File("warehouse.duckdb"));
        store.Save(ForecastCommand.Info(panel, report, run, 5, "20261129T000000000Z-run000001", null), run.GlobalModels);

        var info = store.Load()!;
        Assert.Equal("20261129T000000000Z-run000001", info.DataSnapshotId);
        Assert.True(info.Synthetic);
        var family = Assert.Single(info.Families);
        Assert.Equal(report.ChoiceFor("social_assistance")!.Model, family.ChosenModel);
        Assert.Equal("global-social_assistance.zip", family.GlobalModelFile);
        Assert.Equal(report.Scores.Count, info.Scores.Count);
        Assert.Contains(nameof(GrowthExample.AgedShare), info.Features);

        var ml = new MLContext(seed: 1);
        var loaded = store.LoadGlobalModel(ml, "social_assistance")!;
        var example = GrowthExample.At(panel.Series[0], 10, 2, panel);
        var engine = ml.Model.CreatePredictionEngine<GrowthExample, GrowthPrediction>(loaded);
        var original = ml.Model.CreatePredictionEngine<GrowthExample, GrowthPrediction>(run.GlobalModels["social_assistance"].Model);
        Assert.Equal(original.Predict(example).Growth, engine.Predict(example).Growth);
        Assert.Null(new ModelStore(folder.File("nowhere")).Load());
    }
}
