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
    private BenchHouseholds data = null!; // set in GlobalSetup
    private RiskModel model = null!;

    [GlobalSetup]
    public void Setup()
    {
        data = BenchHouseholdFiles.Million();
        model = RiskModel.Train(data.Train, data.Calibration);
    }

    [Benchmark(Baseline = true, Description = "rule baseline: score 1,000,000 households")]
    public double RuleScore()
    {
        var sum = 0.0;
        foreach (var h in data.All)
        {
            sum += h.RuleScore();
        }

        return sum;
    }

    [Benchmark(Description = "classifier: score 1,000,000 households")]
    public double ModelScore() => model.Score(data.All).Sum();
}
