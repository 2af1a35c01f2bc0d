using Analytics.Bench.Households;
using Analytics.Models.Forecasting;
using BenchmarkDotNet.Attributes;

namespace Analytics.Bench.Models;

/// <summary>
/// The rolling-origin backtest on the demo's social-assistance family (every origin, h = 1..5).
/// Baseline: the same backtest with naive and drift only, so the ratio is what the fitted models
/// (grid searches, the global model retrained per origin) add to the shared machinery.
/// </summary>
[Config(typeof(HouseholdBenchConfig))] // the same in-process, monitoring job as the household benchmarks
[MemoryDiagnoser]
public class ForecastBenchmarks
{
    private SeriesPanel panel = null!; // set in Setup

    [GlobalSetup]
    public void Setup() => panel = DemoFamily.Load();

    [Benchmark(Baseline = true, Description = "backtest: naive + drift")]
    public int Simple() => Run([new NaiveModel(), new DriftModel()]);

    [Benchmark(Description = "backtest: naive, drift, theta, damped")]
    public int Statistical() => Run([new NaiveModel(), new DriftModel(), new ThetaModel(), new DampedTrendModel()]);

    [Benchmark(Description = "backtest: all five models (with the global model)")]
    public int All() => Run(ForecastModels.All());

    private int Run(IReadOnlyList<IForecastModel> models) =>
        Backtester.Run(panel, models, new BacktestOptions(), CancellationToken.None).Points.Count;
}
