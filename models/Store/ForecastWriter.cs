using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Analytics.Models.Forecasting;
using Analytics.Warehouse;
using Analytics.Warehouse.Facts;
using Analytics.Warehouse.Schema;
using Analytics.Warehouse.Snapshots;
using DuckDB.NET.Data;

namespace Analytics.Models.Store;

/// <summary>
/// Writes forecasts into the warehouse as their own facts (status <c>forecast</c>, from one source of
/// kind <c>forecast</c>, under a new load run) with their intervals in <c>forecast_intervals</c>, and
/// the <see cref="ForecastRecord"/> of how they were made beside them, so the published snapshot
/// carries both. One <see cref="WarehouseWrite"/> replaces every earlier forecast and record, so a
/// re-run leaves exactly one set; then the file is checkpointed and published as a snapshot, as loads are.
/// </summary>
public static class ForecastWriter
{
    private const string ForecastSources = "SELECT source_id FROM sources WHERE kind = 'forecast'";

    /// <param name="record">how the forecasts were made (<see cref="ForecastRecord.Of"/>), replacing the earlier run's record</param>
    public static ForecastWriteResult Write(
        string databasePath, IReadOnlyList<ForecastValue> values, ForecastRecord record, bool synthetic,
        PublishOptions? publishing = null, CancellationToken ct = default)
    {
        var csv = ForecastCsv.ToText(values, record.Levels);
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
            DELETE FROM forecast_runs;
            DELETE FROM forecast_choices;
            DELETE FROM forecast_coverage;
            """);
        var sourceId = Sql.Scalar<int>(connection, "SELECT coalesce(max(source_id), 0) + 1 FROM sources");
        var firstFact = Sql.Scalar<long>(connection, "SELECT coalesce(max(fact_id), 0) + 1 FROM facts");
        ct.ThrowIfCancellationRequested();
        var intervals = AppendFacts(connection, values, firstFact, sourceId, runId, synthetic);
        BacktestRows.Append(connection, record.Backtests, runId, synthetic);
        AppendRecord(connection, record, values.Count, runId, synthetic);
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

    private static void AppendRecord(DuckDBConnection connection, ForecastRecord record, int forecasts, int runId, bool synthetic)
    {
        // The levels are numbers from the backtest options, spelled invariantly as a list literal.
        var levels = "[" + string.Join(", ", record.Levels.Select(l => l.ToString("R", CultureInfo.InvariantCulture))) + "]::DOUBLE[]";
        Sql.Execute(connection, $"INSERT INTO forecast_runs VALUES ($run, $snapshot, $horizon, {levels}, $series, $rows, $synthetic)",
            ("run", runId), ("snapshot", record.DataSnapshotId), ("horizon", record.Horizon), ("series", record.Series),
            ("rows", (long)forecasts), ("synthetic", synthetic));
        using (var choices = connection.CreateAppender("forecast_choices"))
        {
            foreach (var c in record.Choices)
            {
                choices.CreateRow().AppendValue(c.Family).AppendValue(c.Model).AppendValue(c.Mase).AppendValue(c.Smape).AppendValue(c.NaiveMase)
                    .AppendValue(runId).AppendValue(synthetic).EndRow();
            }
        }

        using var coverage = connection.CreateAppender("forecast_coverage");
        foreach (var c in record.Coverage)
        {
            var row = coverage.CreateRow().AppendValue(c.Family);
            (c.Indicator is { } indicator ? row.AppendValue(indicator) : row.AppendNullValue())
                .AppendValue(c.Model).AppendValue(c.Horizon).AppendValue(c.Level).AppendValue(c.Points).AppendValue(c.Coverage).AppendValue(c.Pooled)
                .AppendValue(runId).AppendValue(synthetic).EndRow();
        }
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
                    .AppendValue(Decimal(v.Value)).AppendValue(v.Unit).AppendValue(Qualifier.Approx.ToSql()).AppendValue(FactStatus.Forecast.ToSql()).AppendNullValue()
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
