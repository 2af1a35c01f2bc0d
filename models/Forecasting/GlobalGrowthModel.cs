using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace Analytics.Models.Forecasting;

/// <summary>
/// The ML.NET global model: one FastTree regression per indicator family, trained across every
/// region and indicator of the family on lag and growth features plus population covariates,
/// predicting the average yearly log growth to each horizon 1..5 (direct strategy, horizon as a
/// feature; growth per year rather than in total, so all horizons share one scale).
/// Deterministic: seeded context, one thread.
/// </summary>
public sealed class GlobalGrowthModel(int trees = 100, int leaves = 8, int minLeaf = 5) : IForecastModel
{
    public const int MinimumTrainingRows = 30;

    /// <summary>Shortest history a series needs: three growths.</summary>
    public const int MinimumLength = 4;

    public const int MaxHorizon = 5;

    public string Name => "global";

    public IFittedForecaster? Fit(SeriesPanel training, CancellationToken ct)
    {
        var rows = TrainingRows(training).ToList();
        if (rows.Count < MinimumTrainingRows)
        {
            return null;
        }

        ct.ThrowIfCancellationRequested();
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.Categorical.OneHotEncoding("IndicatorKey", nameof(GrowthExample.Indicator))
            .Append(ml.Transforms.Concatenate("Features", [.. GrowthExample.NumericFeatures, "IndicatorKey"]))
            .Append(ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
            {
                LabelColumnName = nameof(GrowthExample.Label),
                FeatureColumnName = "Features",
                NumberOfTrees = trees,
                NumberOfLeaves = leaves,
                MinimumExampleCountPerLeaf = minLeaf,
                LearningRate = 0.1,
                NumberOfThreads = 1,
                Seed = 1,
            }));
        var model = pipeline.Fit(data);
        return new FittedGlobalModel(ml, model, data.Schema, training, rows.Count);
    }

    /// <summary>Every (origin, horizon) pair inside the panel whose target year is also inside it.</summary>
    internal static IEnumerable<GrowthExample> TrainingRows(SeriesPanel panel)
    {
        foreach (var s in panel.Series.Where(Usable))
        {
            for (var t = 3; t < s.Values.Count - 1; t++)
            {
                for (var h = 1; h <= MaxHorizon && t + h < s.Values.Count; h++)
                {
                    var row = GrowthExample.At(s, t, h, panel);
                    // Growth per year, so that every horizon shares one scale and one tree structure.
                    row.Label = (float)(((Math.Log(1 + s.Values[t + h]) - Math.Log(1 + s.Values[t])) / h) - row.GrowthMedian);
                    yield return row;
                }
            }
        }
    }

    internal static bool Usable(YearlySeries s) => s.Values.Count >= MinimumLength && s.Values.All(v => v >= 0 && double.IsFinite(v));
}
