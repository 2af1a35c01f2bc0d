using Analytics.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Models.Households;

/// <summary>
/// The score run over a household file: train on a sample of the train split, calibrate on a
/// sample of the calibration split, evaluate on a sample of the test split (each sample: the
/// split's first <c>maxPerSplit</c> households by id), then score every household in chunks of
/// <c>chunkSize</c>, keep the scores in the file's <c>risk_scores</c> and count at-risk households
/// per county. Only the samples, one chunk, the per-county tallies and DuckDB's capped cache are ever
/// in memory, so the roster's size does not bound the run; the results do not depend on the chunk size.
/// </summary>
public sealed class RiskScoring(int seed = 1, int maxPerSplit = 100_000, int chunkSize = 100_000)
{
    /// <summary>DuckDB's memory for the run (its setting applies to the whole household file's database).</summary>
    public const string DuckDbMemoryLimit = "256MB";

    private const string Staging = "risk_scores_next";

    public sealed record Result(RiskModel Model, RiskEvaluation Evaluation, IReadOnlyList<AtRiskCount> Counts, long Scored);

    public Result Run(DuckDBConnection households, double threshold, int k, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        var asOf = HouseholdFile.AsOf(households);
        // DuckDB otherwise keeps every block it reads or writes cached up to 80 % of RAM: measured,
        // that alone took the run from 0.48 to 0.98 GB at 10,000,000 households. The run needs a
        // top-N of 100,000 rows and a streaming scan, so a small cache costs nothing.
        Sql.Execute(households, $"SET memory_limit = '{DuckDbMemoryLimit}'");
        var (model, evaluation) = TrainAndEvaluate(households, asOf, k, ct);
        ct.ThrowIfCancellationRequested();

        // The scores go through a second connection to the same file (DuckDB.NET shares one database
        // per path in a process): a streaming read stays valid only while its connection runs nothing
        // else. Each chunk commits into a staging table, so no transaction has to hold the whole
        // roster's scores within DuckDB's capped memory; the staging table replaces risk_scores in one transaction at the end, so readers see the old
        // scores or the new ones, never a mixture, and a failed run leaves risk_scores as it was.
        var tallies = new SortedDictionary<string, (long Scored, long AtRisk, long Persons)>(StringComparer.Ordinal);
        long scored = 0;
        using var writer = new DuckDBConnection(households.ConnectionString);
        writer.Open();
        Sql.Execute(writer, $"DROP TABLE IF EXISTS {Staging}; CREATE TABLE {Staging} {HouseholdFile.RiskScoreColumns}");
        foreach (var chunk in HouseholdReader.Stream(households, asOf, ct).Chunk(chunkSize))
        {
            ct.ThrowIfCancellationRequested();
            var risk = model.Score(chunk).ToArray();
            using (var appender = writer.CreateAppender(Staging))
            {
                for (var i = 0; i < chunk.Length; i++)
                {
                    var h = chunk[i].Household;
                    appender.CreateRow().AppendValue(h.Id).AppendValue(risk[i]).AppendValue(RiskModel.Name).EndRow();
                    var (n, atRisk, persons) = tallies.GetValueOrDefault(h.RegionCode);
                    tallies[h.RegionCode] = risk[i] >= threshold ? (n + 1, atRisk + 1, persons + h.Members) : (n + 1, atRisk, persons);
                }
            }

            scored += chunk.Length;
        }

        Sql.Execute(writer, "BEGIN TRANSACTION");
        try
        {
            Sql.Execute(writer, $"DROP TABLE risk_scores; ALTER TABLE {Staging} RENAME TO risk_scores");
            Sql.Execute(writer, "COMMIT");
        }
        catch
        {
            Sql.Execute(writer, "ROLLBACK");
            throw;
        }

        var counts = tallies.Select(t => new AtRiskCount(t.Key, asOf.Year, t.Value.Scored, t.Value.AtRisk, t.Value.Persons)).ToList();
        return new Result(model, evaluation, counts, scored);
    }

    // The samples live only in here, so they are garbage before scoring starts.
    private (RiskModel, RiskEvaluation) TrainAndEvaluate(DuckDBConnection households, DateOnly asOf, int k, CancellationToken ct)
    {
        var train = HouseholdReader.Sample(households, asOf, RiskSplit.Train, maxPerSplit, ct);
        var calibration = HouseholdReader.Sample(households, asOf, RiskSplit.Calibration, maxPerSplit, ct);
        var test = HouseholdReader.Sample(households, asOf, RiskSplit.Test, maxPerSplit, ct);
        if (train.Count + calibration.Count + test.Count == 0)
        {
            throw new InvalidDataException("the household file has no household in a county with a standard on its as-of date");
        }

        var model = RiskModel.Train(train, calibration, seed);
        return (model, RiskEvaluator.Evaluate(model, test, k, seed));
    }
}
