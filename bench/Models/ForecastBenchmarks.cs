using Analytics.Models.Forecasting;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Demo;
using Analytics.Warehouse.Regions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Analytics.Bench.Models;

/// <summary>
/// The forecasting models on the demo panel's social-assistance family (every Zhejiang and Jiangsu
/// county, 2014–2024). Baseline: fitting drift to every series and forecasting five years, the
/// cheapest honest model. Each operation takes seconds, so the monitoring strategy runs few of them.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class ForecastBenchmarks
{
    private SeriesPanel panel = null!; // set in Setup

    [GlobalSetup]
    public void Setup()
    {
        var catalog = IndicatorCatalog.LoadDefault();
        var demo = new DemoGenerator(catalog, Gazetteer.LoadDefault()).Generate(new DemoOptions());
        panel = SeriesReader.FromDemo(demo, catalog).Family("social_assistance");
    }

    [Benchmark(Baseline = true, Description = "drift: fit + forecast every series")]
    public double DriftEverySeries()
    {
        var model = new DriftModel();
        return panel.Series.Sum(s => model.Forecast(s, 5)?[4] ?? 0);
    }

    [Benchmark(Description = "damped trend: grid fit + forecast every series")]
    public double DampedEverySeries()
    {
        var model = new DampedTrendModel();
        return panel.Series.Sum(s => model.Forecast(s, 5)?[4] ?? 0);
    }

    [Benchmark(Description = "global model: train (FastTree, 100 trees)")]
    public int TrainGlobal() => ((FittedGlobalModel)new GlobalGrowthModel().Fit(panel, CancellationToken.None)!).TrainingRows;

    [Benchmark(Description = "backtest: 5 models, every origin, h = 1..5")]
    public int Backtest() => Backtester.Run(panel, ForecastModels.All(), new BacktestOptions(), CancellationToken.None).Points.Count;
}
