using Analytics.Warehouse;
using Analytics.Warehouse.Schema;
using Analytics.Warehouse.Snapshots;
using DuckDB.NET.Data;

namespace Analytics.Models.Households;

/// <summary>
/// Writes at-risk counts into the warehouse's <c>at_risk_counts</c> in one transaction with its own
/// <c>load_runs</c> row: a re-run for the same year and model replaces the earlier rows. Then
/// checkpoints and publishes a snapshot, as a load does (etl/Load/LoadRun.cs), so readers switch atomically.
/// </summary>
public static class AtRiskPublisher
{
    public static (int RunId, string? Snapshot) Publish(
        string warehouse, IReadOnlyList<AtRiskCount> counts, double threshold, string model, bool synthetic, bool publish = true, int keepSnapshots = 3,
        RiskEvaluation? evaluation = null)
    {
        var path = Path.GetFullPath(warehouse);
        var started = DateTime.UtcNow;
        int runId;
        using (var connection = WarehouseConnection.OpenReadWrite(path))
        {
            Sql.Execute(connection, "BEGIN TRANSACTION");
            try
            {
                WarehouseSchema.Create(connection);
                using (var next = connection.CreateCommand())
                {
                    next.CommandText = "SELECT coalesce(max(run_id), 0) + 1 FROM load_runs";
                    runId = Convert.ToInt32(next.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
                }

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
                            .AppendValue(c.AtRiskPersons).AppendValue(threshold).AppendValue(model).AppendValue(runId).AppendValue(synthetic)
                            .EndRow();
                    }
                }

                if (evaluation is not null)
                {
                    WriteEvaluation(connection, evaluation, model, runId, synthetic);
                }

                Sql.Execute(connection, "INSERT INTO load_runs VALUES ($run, $started, $finished, 1, 0, $rows, 0)",
                    ("run", runId), ("started", started), ("finished", DateTime.UtcNow), ("rows", (long)counts.Count));
                Sql.Execute(connection, "COMMIT");
            }
            catch
            {
                Sql.Execute(connection, "ROLLBACK");
                throw;
            }

            Sql.Execute(connection, "CHECKPOINT");
            if (!publish)
            {
                return (runId, null);
            }

            // Copy while the write connection is still open, so no other writer can change the file.
            var store = SnapshotStore.ForWarehouse(path);
            var snapshot = store.Publish(path, runId);
            store.Prune(keepSnapshots);
            return (runId, snapshot);
        }
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
