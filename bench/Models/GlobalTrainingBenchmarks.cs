using Analytics.Bench.Households;
using Analytics.Models.Forecasting;
using BenchmarkDotNet.Attributes;

namespace Analytics.Bench.Models;

/// <summary>
/// Training the global model on the demo's social-assistance family against building the same
/// training rows (features and labels), which every training run must do first.
/// </summary>
[Config(typeof(HouseholdBenchConfig))] // the same in-process, monitoring job as the household benchmarks
[MemoryDiagnoser]
public class GlobalTrainingBenchmarks
{
    private SeriesPanel panel = null!; // set in Setup

    [GlobalSetup]
    public void Setup() => panel = DemoFamily.Load();

    [Benchmark(Baseline = true, Description = "build the training rows")]
    public int Rows() => GlobalGrowthModel.TrainingRows(panel).Count();

    [Benchmark(Description = "train the global model (FastTree, 100 trees)")]
    public int Train() => ((FittedGlobalModel)new GlobalGrowthModel().Fit(panel, CancellationToken.None)!).TrainingRows;
}
