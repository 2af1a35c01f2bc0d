using Analytics.Models.Households;

namespace Analytics.Tests.Models.Households;

public sealed class RiskModelTests(HouseholdFixture fixture) : IClassFixture<HouseholdFixture>
{
    [Fact]
    public void Classifier_beats_the_rule_baseline_on_held_out_pr_auc()
    {
        var e = RiskEvaluator.Evaluate(fixture.Model, fixture.Of(RiskSplit.Test), k: 100);
        Assert.True(e.PrAuc > e.RulePrAuc + 0.01, $"model PR-AUC {e.PrAuc:0.000} against rule {e.RulePrAuc:0.000}");
        Assert.True(e.RocAuc > e.RuleRocAuc, $"model ROC-AUC {e.RocAuc:0.000} against rule {e.RuleRocAuc:0.000}");
        Assert.InRange(e.PrecisionAtK, 0.8, 1.0);
    }

    [Fact]
    public void Calibrated_risk_matches_observed_rates_on_held_out_households()
    {
        var e = RiskEvaluator.Evaluate(fixture.Model, fixture.Of(RiskSplit.Test), k: 100);
        Assert.True(e.CalibrationError < 0.04, $"expected calibration error {e.CalibrationError:0.000}");
    }

    [Fact]
    public void Training_is_deterministic_with_a_seed()
    {
        var again = RiskModel.Train(fixture.Of(RiskSplit.Train), fixture.Of(RiskSplit.Calibration), seed: 1);
        var test = fixture.Of(RiskSplit.Test).Take(500).ToList();
        Assert.Equal(fixture.Model.Score(test), again.Score(test));
    }

    [Fact]
    public void Reasons_are_up_to_three_named_features_that_raise_the_score()
    {
        var risky = fixture.Of(RiskSplit.Test).Zip(fixture.Model.Score(fixture.Of(RiskSplit.Test)))
            .OrderByDescending(p => p.Second).Take(50).Select(p => p.First).ToList();
        var reasons = fixture.Model.Reasons(risky);
        Assert.Equal(risky.Count, reasons.Count);
        Assert.All(reasons, r =>
        {
            Assert.InRange(r.Count, 1, 3);
            Assert.Equal(r.Count, r.Distinct().Count());
            Assert.All(r, i => Assert.InRange(i, 0, RiskFeatures.Count - 1));
        });
        Assert.Matches("^[a-z_]+ .+$", RiskFeatures.Describe(reasons[0][0]));
    }

    [Fact]
    public void A_saved_model_scores_and_explains_like_the_trained_one()
    {
        var path = Path.Combine(fixture.Folder, "model.zip");
        fixture.Model.Save(path);
        var loaded = RiskModel.Load(path);
        var test = fixture.Of(RiskSplit.Test).Take(200).ToList();
        Assert.Equal(fixture.Model.Score(test), loaded.Score(test));
        Assert.Equal(fixture.Model.Reasons(test.Take(20).ToList()), loaded.Reasons(test.Take(20).ToList()));
    }

    [Theory]
    [InlineData(new[] { true, false, true, false }, new[] { 0.9, 0.8, 0.7, 0.1 }, 2, 0.5)]
    [InlineData(new[] { true, true, false, false }, new[] { 0.9, 0.8, 0.7, 0.1 }, 3, 2.0 / 3)]
    public void Precision_at_k_counts_true_cases_among_the_top_k(bool[] labels, double[] scores, int k, double expected) =>
        Assert.Equal(expected, RiskEvaluator.PrecisionAt(labels, scores, k), 9);
}
