using DuckDB.NET.Data;
using Analytics.Warehouse;
using Analytics.Warehouse.Snapshots;

namespace Analytics.Models.Households;

/// <summary>
/// Writes at-risk counts into the warehouse's <c>at_risk_counts</c> in one <see cref="WarehouseWrite"/>
/// with its own <c>load_runs</c> row: a re-run for the same year and model replaces the earlier rows.
/// Then the write checkpoints and publishes a snapshot, as a load does, so readers switch atomically.
/// </summary>
public static class AtRiskPublisher
{
    public static (int RunId, string? Snapshot) Publish(
        string warehouse, IReadOnlyList<AtRiskCount> counts, double threshold, string model, bool synthetic, PublishOptions? publishing = null,
        RiskEvaluation? evaluation = null)
    {
        using var write = WarehouseWrite.Begin(warehouse, publishing);
        var connection = write.Connection;
        foreach (var year in counts.Select(c => c.Year).Distinct())
        {
            Sql.Execute(connection, "DELETE FROM at_risk_counts WHERE year = $year AND model = $model", ("year", year), ("model", model));
        }

        using (var appender = connection.CreateAppender("at_risk_counts"))
        {
            foreach (var c in counts)
            {
                appender.CreateRow()
                    .AppendValue(c.RegionCode).AppendValue(c.Year).AppendValue(c.HouseholdsScored).AppendValue(c.AtRiskHouseholds)
                    .AppendValue(c.AtRiskPersons).AppendValue(threshold).AppendValue(model).AppendValue(write.RunId).AppendValue(synthetic)
                    .EndRow();
            }
        }

        if (evaluation is not null)
        {
            WriteEvaluation(connection, evaluation, model, write.RunId, synthetic);
        }

        var snapshot = write.Commit(new RunCounts(FilesLoaded: 1, FilesSkipped: 0, RowsLoaded: counts.Count, Quarantined: 0));
        return (write.RunId, snapshot);
    }

    // The held-out evaluation the scorecard's data page shows beside the model (the rule baseline stays in the CLI's report).
    private static void WriteEvaluation(DuckDBConnection connection, RiskEvaluation e, string model, int runId, bool synthetic)
    {
        Sql.Execute(connection, "DELETE FROM model_evaluations WHERE output = 'at_risk' AND model = $model", ("model", model));
        foreach (var (metric, value) in new[] { ("roc_auc", e.RocAuc), ("pr_auc", e.PrAuc), ("precision_at_k", e.PrecisionAtK) })
        {
            Sql.Execute(connection, "INSERT INTO model_evaluations VALUES ($model, 'at_risk', $metric, $value, $points, $run, $synthetic)",
                ("model", model), ("metric", metric), ("value", value), ("points", (long)e.Households), ("run", runId), ("synthetic", synthetic));
        }
    }
}
