using Analytics.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Models.Households;

/// <summary>
/// The score run over a household file: train on the train split, calibrate on the calibration
/// split, evaluate on the test split, then score every household, keep the scores in the file's
/// <c>risk_scores</c> and count at-risk households per county.
/// </summary>
public sealed class RiskScoring(int seed = 1, int maxPerSplit = 100_000)
{
    public sealed record Result(RiskModel Model, RiskEvaluation Evaluation, IReadOnlyList<AtRiskCount> Counts, long Scored);

    public Result Run(DuckDBConnection households, double threshold, int k, CancellationToken ct)
    {
        var asOf = HouseholdFile.AsOf(households);
        var all = HouseholdReader.Read(households, asOf, ct: ct).ToList();
        if (all.Count == 0)
        {
            throw new InvalidDataException("the household file has no household in a county with a standard on its as-of date");
        }

        List<ScoredHousehold> Split(RiskSplit split) => [.. all.Where(h => RiskModel.SplitOf(h.Household.Id) == split).Take(maxPerSplit)];
        var model = RiskModel.Train(Split(RiskSplit.Train), Split(RiskSplit.Calibration), seed);
        var evaluation = RiskEvaluator.Evaluate(model, Split(RiskSplit.Test), k, seed);
        ct.ThrowIfCancellationRequested();

        var risk = model.Score(all).ToArray();
        Sql.Execute(households, "BEGIN TRANSACTION");
        Sql.Execute(households, "DELETE FROM risk_scores");
        using (var appender = households.CreateAppender("risk_scores"))
        {
            for (var i = 0; i < all.Count; i++)
            {
                appender.CreateRow().AppendValue(all[i].Household.Id).AppendValue(risk[i]).AppendValue(RiskModel.Name).EndRow();
            }
        }

        Sql.Execute(households, "COMMIT");
        var counts = all.Select((h, i) => (h.Household, Risk: risk[i]))
            .GroupBy(p => p.Household.RegionCode, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AtRiskCount(
                g.Key, asOf.Year, g.LongCount(), g.LongCount(p => p.Risk >= threshold), g.Where(p => p.Risk >= threshold).Sum(p => (long)p.Household.Members)))
            .ToList();
        return new Result(model, evaluation, counts, all.Count);
    }
}
