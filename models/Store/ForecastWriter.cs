using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Analytics.Models.Forecasting;
using Analytics.Warehouse;
using Analytics.Warehouse.Schema;
using Analytics.Warehouse.Snapshots;
using DuckDB.NET.Data;

namespace Analytics.Models.Store;

/// <summary>
/// Writes forecasts into the warehouse as their own facts (status <c>forecast</c>, from one source of
/// kind <c>forecast</c>, under a new load run) with their intervals in <c>forecast_intervals</c>.
/// One <see cref="WarehouseWrite"/> replaces every earlier forecast, so a re-run leaves exactly one
/// set; then the file is checkpointed and published as a snapshot, as loads are.
/// </summary>
public static class ForecastWriter
{
    private const string ForecastSources = "SELECT source_id FROM sources WHERE kind = 'forecast'";

    public static ForecastWriteResult Write(
        string databasePath, IReadOnlyList<ForecastValue> values, IReadOnlyList<double> levels, bool synthetic,
        PublishOptions? publishing = null, CancellationToken ct = default) =>
        Write(databasePath, values, [], levels, synthetic, publishing, ct);

    /// <param name="backtests">the chosen models' backtest rows (<see cref="BacktestRow.Chosen"/>), replacing the earlier ones</param>
    public static ForecastWriteResult Write(
        string databasePath, IReadOnlyList<ForecastValue> values, IReadOnlyList<BacktestRow> backtests, IReadOnlyList<double> levels, bool synthetic,
        PublishOptions? publishing = null, CancellationToken ct = default)
    {
        var csv = ForecastCsv.ToText(values, levels);
        using var write = WarehouseWrite.Begin(databasePath, publishing);
        var connection = write.Connection;
        var runId = write.RunId;
        var replaced = Sql.Scalar<long>(connection, $"SELECT count(*) FROM facts WHERE source_id IN ({ForecastSources})");
        Sql.Execute(connection, $"""
            DELETE FROM forecast_intervals WHERE fact_id IN (SELECT fact_id FROM facts WHERE source_id IN ({ForecastSources}));
            DELETE FROM facts WHERE source_id IN ({ForecastSources});
            DELETE FROM sources WHERE kind = 'forecast';
            DELETE FROM forecast_backtest_intervals;
            DELETE FROM forecast_backtests;
            DELETE FROM model_evaluations WHERE output = 'forecast';
            """);
        var sourceId = Sql.Scalar<int>(connection, "SELECT coalesce(max(source_id), 0) + 1 FROM sources");
        var firstFact = Sql.Scalar<long>(connection, "SELECT coalesce(max(fact_id), 0) + 1 FROM facts");
        ct.ThrowIfCancellationRequested();
        var intervals = AppendFacts(connection, values, firstFact, sourceId, runId, synthetic);
        BacktestRows.Append(connection, backtests, runId, synthetic);
        var documentYear = values.Count == 0 ? (int?)null : values.Min(v => v.Year - v.Horizon);
        Sql.Execute(connection,
            "INSERT INTO sources VALUES ($source, $run, $name, 'forecast', $sha, 'utf-8', $size, $year, $rows, 0, $synthetic)",
            ("source", sourceId), ("run", runId), ("name", $"forecast-run{runId:D6}.csv"),
            ("sha", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(csv)))), ("size", (long)Encoding.UTF8.GetByteCount(csv)),
            ("year", documentYear), ("rows", (long)values.Count), ("synthetic", synthetic));
        Sql.Execute(connection, """
            UPDATE facts SET region_name = r.name FROM regions r
            WHERE facts.source_id = $source AND r.code = facts.region_code
            """, ("source", sourceId));
        WarehouseSchema.RefreshYears(connection);
        var snapshot = write.Commit(new RunCounts(FilesLoaded: 0, FilesSkipped: 0, RowsLoaded: values.Count, Quarantined: 0));
        return new ForecastWriteResult(runId, sourceId, values.Count, intervals, (int)replaced, snapshot);
    }

    private static int AppendFacts(DuckDBConnection connection, IReadOnlyList<ForecastValue> values, long firstFact, int sourceId, int runId, bool synthetic)
    {
        var intervals = 0;
        using (var facts = connection.CreateAppender("facts"))
        {
            var id = firstFact;
            foreach (var v in values)
            {
                facts.CreateRow()
                    .AppendValue(id++).AppendValue(v.Area).AppendNullValue().AppendValue(v.Indicator).AppendValue(v.Year).AppendValue(v.Year)
                    .AppendValue(Decimal(v.Value)).AppendValue(v.Unit).AppendValue("approx").AppendValue("forecast").AppendNullValue()
                    .AppendValue(false).AppendValue(sourceId).AppendNullValue().AppendNullValue().AppendNullValue()
                    .AppendValue(Evidence(v))
                    .AppendValue(runId).AppendValue(synthetic)
                    .AppendNullValue().AppendNullValue() // fact_key, evidence_mark: only facts read from a report have them
                    .EndRow();
            }
        }

        using (var rows = connection.CreateAppender("forecast_intervals"))
        {
            var id = firstFact;
            foreach (var v in values)
            {
                foreach (var i in v.Intervals)
                {
                    rows.CreateRow().AppendValue(id).AppendValue(i.Level).AppendValue(Decimal(i.Lower)).AppendValue(Decimal(i.Upper))
                        .AppendValue(v.Model).AppendValue(v.Horizon).EndRow();
                    intervals++;
                }

                id++;
            }
        }

        return intervals;
    }

    // The flag of a pooled interval rides in the evidence, so forecast_intervals keeps its shape.
    private static string Evidence(ForecastValue v) => string.Create(CultureInfo.InvariantCulture,
        $"{v.Model} model, {v.Horizon} year(s) ahead{(v.PooledIntervals ? "; intervals pooled over the family (too few residuals of this indicator)" : "")}");

    // DECIMAL(18, 6): twelve digits before the point.
    private static decimal Decimal(double v) => Math.Round((decimal)Math.Min(v, 999_999_999_999d), 6);
}
