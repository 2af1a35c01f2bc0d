using Analytics.Models.Households;
using BenchmarkDotNet.Attributes;

namespace Analytics.Bench.Households;

/// <summary>
/// Scoring 1,000,000 households with the calibrated classifier against the rule baseline over the
/// same in-memory households.
/// </summary>
[Config(typeof(HouseholdBenchConfig))]
public class RiskBenchmarks
{
    private List<ScoredHousehold> all = null!; // set in GlobalSetup
    private RiskModel model = null!;

    [GlobalSetup]
    public void Setup()
    {
        all = BenchHouseholdFiles.Million();
        var (train, calibration) = BenchHouseholdFiles.TrainingSplits(all);
        model = RiskModel.Train(train, calibration);
    }

    [Benchmark(Baseline = true, Description = "rule baseline: score 1,000,000 households")]
    public double RuleScore()
    {
        var sum = 0.0;
        foreach (var h in all)
        {
            sum += h.RuleScore();
        }

        return sum;
    }

    [Benchmark(Description = "classifier: score 1,000,000 households")]
    public double ModelScore() => model.Score(all).Sum();
}
