using Analytics.Models.Households;
using BenchmarkDotNet.Attributes;

namespace Analytics.Bench.Households;

/// <summary>Training and calibrating on 60,000 + 20,000 households, against computing their feature vectors.</summary>
[Config(typeof(HouseholdBenchConfig))]
public class TrainingBenchmarks
{
    private List<ScoredHousehold> train = null!; // set in GlobalSetup
    private List<ScoredHousehold> calibration = null!;

    [GlobalSetup]
    public void Setup() => (train, calibration) = BenchHouseholdFiles.TrainingSplits(BenchHouseholdFiles.Million());

    [Benchmark(Baseline = true, Description = "features of the 80,000 training households")]
    public int Features() => train.Concat(calibration).Sum(h => h.Features().Length);

    [Benchmark(Description = "train + calibrate on 80,000 households")]
    public RiskModel Train() => RiskModel.Train(train, calibration);
}
