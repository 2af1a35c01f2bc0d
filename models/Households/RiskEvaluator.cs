using Microsoft.ML;

namespace Analytics.Models.Households;

/// <summary>Scores held-out households with the model and the rule baseline and compares them.</summary>
public static class RiskEvaluator
{
    public static RiskEvaluation Evaluate(RiskModel model, IReadOnlyList<ScoredHousehold> test, int k, int seed = 1)
    {
        var labels = test.Select(h => h.Household.AtRisk).ToArray();
        var risk = model.Score(test).ToArray();
        var rule = test.Select(h => h.RuleScore()).ToArray();
        var ml = new MLContext(seed);
        var (modelRoc, modelPr) = Areas(ml, labels, risk, 0.5);
        var (ruleRoc, rulePr) = Areas(ml, labels, rule, 1);
        return new RiskEvaluation(
            test.Count, labels.Count(l => l), k, modelRoc, modelPr, PrecisionAt(labels, risk, k),
            CalibrationError(labels, risk), ruleRoc, rulePr, PrecisionAt(labels, rule, k));
    }

    /// <summary>Share of true at-risk households among the <paramref name="k"/> highest scores (ties by position).</summary>
    public static double PrecisionAt(IReadOnlyList<bool> labels, IReadOnlyList<double> scores, int k)
    {
        var top = Enumerable.Range(0, labels.Count).OrderByDescending(i => scores[i]).ThenBy(i => i).Take(k).ToList();
        return top.Count == 0 ? 0 : top.Count(i => labels[i]) / (double)top.Count;
    }

    /// <summary>Σ over ten risk bins of |mean risk − observed rate| weighted by the bin's share.</summary>
    public static double CalibrationError(IReadOnlyList<bool> labels, IReadOnlyList<double> risk)
    {
        var error = 0.0;
        foreach (var bin in Enumerable.Range(0, labels.Count).GroupBy(i => Math.Min(9, (int)(risk[i] * 10))))
        {
            var predicted = bin.Average(i => risk[i]);
            var observed = bin.Average(i => labels[i] ? 1.0 : 0.0);
            error += Math.Abs(predicted - observed) * bin.Count() / labels.Count;
        }

        return error;
    }

    private static (double Roc, double Pr) Areas(MLContext ml, bool[] labels, double[] scores, double flagAt)
    {
        var view = ml.Data.LoadFromEnumerable(labels.Select((l, i) => new LabelScore { Label = l, Score = (float)scores[i], PredictedLabel = scores[i] >= flagAt }));
        var metrics = ml.BinaryClassification.EvaluateNonCalibrated(view);
        return (metrics.AreaUnderRocCurve, metrics.AreaUnderPrecisionRecallCurve);
    }

    private sealed class LabelScore
    {
        public bool Label { get; set; }

        public float Score { get; set; }

        public bool PredictedLabel { get; set; }
    }
}
