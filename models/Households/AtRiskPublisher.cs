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
        string warehouse, IReadOnlyList<AtRiskCount> counts, double threshold, string model, bool synthetic, PublishOptions? publishing = null)
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

        var snapshot = write.Commit(new RunCounts(FilesLoaded: 1, FilesSkipped: 0, RowsLoaded: counts.Count, Quarantined: 0));
        return (write.RunId, snapshot);
    }
}
