using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Analytics.Models.Households;

/// <summary>
/// The at-risk classifier: FastTree boosted trees on <see cref="RiskFeatures"/>, whose raw score is
/// recalibrated by Platt scaling fitted on a held-out calibration split (the trainer's own
/// calibration is fitted on the training rows, which trees fit too well). Reasons come from the
/// trees' per-household feature contributions.
/// </summary>
public sealed class RiskModel
{
    public const string Name = "fasttree-platt-v1";

    private readonly MLContext ml;
    private readonly BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> trees;
    private readonly ITransformer calibrator;

    private RiskModel(MLContext ml, BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> trees, ITransformer calibrator)
    {
        this.ml = ml;
        this.trees = trees;
        this.calibrator = calibrator;
    }

    /// <summary>
    /// <see cref="SplitOf"/>'s bucket (0–9) in DuckDB SQL over <c>household_id</c>: the same 64-bit
    /// product, wrapped as C# wraps it, taken as unsigned; a test holds the two equal.
    /// </summary>
    internal const string BucketSql =
        "((((household_id::HUGEINT * 2654435761) % '18446744073709551616'::HUGEINT) + '18446744073709551616'::HUGEINT) % '18446744073709551616'::HUGEINT) % 10";

    /// <summary>Which split a household falls in, by id: 60% train, 20% calibration, 20% test.</summary>
    public static RiskSplit SplitOf(long householdId) => (int)((ulong)(householdId * 2_654_435_761L) % 10) switch
    {
        < 6 => RiskSplit.Train,
        < 8 => RiskSplit.Calibration,
        _ => RiskSplit.Test,
    };

    /// <summary>The buckets of a split, first and last, as <see cref="SplitOf"/> assigns them.</summary>
    internal static (int From, int To) Buckets(RiskSplit split) => split switch
    {
        RiskSplit.Train => (0, 5),
        RiskSplit.Calibration => (6, 7),
        _ => (8, 9),
    };

    public static RiskModel Train(IEnumerable<ScoredHousehold> train, IEnumerable<ScoredHousehold> calibration, int seed = 1)
    {
        var ml = new MLContext(seed);
        var trainView = ml.Data.LoadFromEnumerable(train.Select(RiskRow.Of).ToList());
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = nameof(RiskRow.Label),
            FeatureColumnName = nameof(RiskRow.Features),
            NumberOfTrees = 150,
            NumberOfLeaves = 12,
            MinimumExampleCountPerLeaf = 40,
            LearningRate = 0.1,
            NumberOfThreads = 1,
        });
        var trees = trainer.Fit(trainView);
        var calibrationView = trees.Transform(ml.Data.LoadFromEnumerable(calibration.Select(RiskRow.Of).ToList()));
        var platt = ml.BinaryClassification.Calibrators.Platt(nameof(RiskRow.Label), "Score").Fit(calibrationView);
        return new RiskModel(ml, trees, platt);
    }

    /// <summary>Calibrated risk (probability of being found in hardship) per household, in input order.</summary>
    public IEnumerable<double> Score(IEnumerable<ScoredHousehold> households)
    {
        var view = calibrator.Transform(trees.Transform(ml.Data.LoadFromEnumerable(households.Select(RiskRow.Of))));
        using var cursor = view.GetRowCursor(view.Schema);
        var probability = cursor.GetGetter<float>(view.Schema.Last(c => c.Name == "Probability"));
        float value = 0;
        while (cursor.MoveNext())
        {
            probability(ref value);
            yield return value;
        }
    }

    /// <summary>The raw boosted-tree score per household (monotone in risk), in input order.</summary>
    public IEnumerable<double> RawScore(IEnumerable<ScoredHousehold> households)
    {
        var view = trees.Transform(ml.Data.LoadFromEnumerable(households.Select(RiskRow.Of)));
        using var cursor = view.GetRowCursor(view.Schema);
        var score = cursor.GetGetter<float>(view.Schema["Score"]);
        float value = 0;
        while (cursor.MoveNext())
        {
            score(ref value);
            yield return value;
        }
    }

    /// <summary>
    /// The three features that pushed each household's score up most (indices into
    /// <see cref="RiskFeatures.Names"/>), largest first; fewer when fewer push it up.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<int>> Reasons(IReadOnlyList<ScoredHousehold> households)
    {
        var rows = ml.Data.LoadFromEnumerable(households.Select(RiskRow.Of).ToList());
        var contributions = ml.Transforms.CalculateFeatureContribution(trees, numberOfPositiveContributions: RiskFeatures.Count, numberOfNegativeContributions: 0, normalize: false)
            .Fit(rows).Transform(rows);
        var reasons = new List<IReadOnlyList<int>>(households.Count);
        foreach (var values in contributions.GetColumn<float[]>("FeatureContributions"))
        {
            reasons.Add([.. values.Select((v, i) => (v, i)).Where(p => p.v > 0).OrderByDescending(p => p.v).ThenBy(p => p.i).Take(3).Select(p => p.i)]);
        }

        return reasons;
    }

    public void Save(string path)
    {
        var schema = ml.Data.LoadFromEnumerable(Array.Empty<RiskRow>()).Schema;
        ml.Model.Save(trees.Append(calibrator), schema, path);
    }

    public static RiskModel Load(string path, int seed = 1)
    {
        var ml = new MLContext(seed);
        var chain = (TransformerChain<ITransformer>)ml.Model.Load(path, out _);
        var parts = chain.ToList();
        var trees = parts[0] as BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>>
            ?? throw new InvalidDataException($"{path} does not hold a {Name} model");
        return new RiskModel(ml, trees, parts[1]);
    }
}
