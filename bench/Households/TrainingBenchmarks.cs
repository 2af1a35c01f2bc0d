using Analytics.Models.Households;
using BenchmarkDotNet.Attributes;

namespace Analytics.Bench.Households;

/// <summary>Training and calibrating on 60,000 + 20,000 households, against computing their feature vectors.</summary>
[Config(typeof(HouseholdBenchConfig))]
public class TrainingBenchmarks
{
    private BenchHouseholds data = null!; // set in GlobalSetup

    [GlobalSetup]
    public void Setup() => data = BenchHouseholdFiles.Million();

    [Benchmark(Baseline = true, Description = "features of the 80,000 training households")]
    public int Features() => data.Train.Concat(data.Calibration).Sum(h => h.Features().Length);

    [Benchmark(Description = "train + calibrate on 80,000 households")]
    public RiskModel Train() => RiskModel.Train(data.Train, data.Calibration);
}
