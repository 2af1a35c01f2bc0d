using DuckDB.NET.Data;
using Analytics.Warehouse;

namespace Analytics.Etl.Load;

/// <summary>
/// Facts of one source on their way in, appended straight into <c>facts</c> with DuckDB's
/// appender (the fast path: no staging table, no second copy). The appender writes inside the
/// run's open transaction, so a rolled-back run leaves no trace; a source rejected halfway is
/// removed by its source id before the next one starts.
/// </summary>
internal sealed class FactStage(DuckDBConnection connection) : IDisposable
{
    private readonly List<(long FactId, bool Low)> ocr = [];
    private DuckDBAppender? appender;
    private long firstFactId;
    private int sourceId;
    private int runId;

    public long Count { get; private set; }

    public int? MaxYear { get; private set; }

    /// <summary>Starts the facts of a source: ids from <paramref name="firstId"/> on, lineage columns fixed.</summary>
    public void Begin(long firstId, int source, int run)
    {
        Close();
        firstFactId = firstId;
        sourceId = source;
        runId = run;
        Count = 0;
        MaxYear = null;
    }

    public void Add(in FactRecord f)
    {
        appender ??= connection.CreateAppender("facts");

        // Column order of schema.sql's facts table.
        appender.CreateRow()
            .AppendValue(firstFactId + Count)
            .AppendValue(f.RegionCode)
            .AppendValue(f.RegionName)
            .AppendValue(f.Indicator)
            .AppendValue(f.Year)
            .AppendValue(f.PeriodStart)
            .AppendValue(f.Value)
            .AppendValue(f.Unit)
            .AppendValue(f.Qualifier.ToSql())
            .AppendValue(f.Status.ToSql())
            .AppendValue(f.Segment.ToSql())
            .AppendValue(f.Redacted)
            .AppendValue(sourceId)
            .AppendValue(f.SourceRow)
            .AppendValue(f.SpanStart)
            .AppendValue(f.SpanEnd)
            .AppendValue(f.Evidence)
            .AppendValue(runId)
            .AppendValue(f.Synthetic)
            .AppendNullValue() // fact_key: set for a report's facts in one statement once they are in (WarehouseSchema.FactKey)
            .AppendValue(f.EvidenceMark)
            .EndRow();
        if (f.OcrLowConfidence is { } low)
        {
            ocr.Add((firstFactId + Count, low));
        }

        Count++;
        if (f.Year > MaxYear || (MaxYear is null && f.Year is not null))
        {
            MaxYear = f.Year;
        }
    }

    /// <summary>Flushes the source's facts and returns how many it holds; they are no longer the stage's to discard.</summary>
    public long Complete()
    {
        Close();
        if (ocr.Count > 0)
        {
            using var readings = connection.CreateAppender("ocr_readings");
            foreach (var (id, low) in ocr)
            {
                readings.CreateRow().AppendValue(id).AppendValue(low).EndRow();
            }

            ocr.Clear();
        }

        var count = Count;
        Count = 0;
        MaxYear = null;
        return count;
    }

    /// <summary>Removes every fact the current source appended (it was rejected whole).</summary>
    public void Discard()
    {
        Close();
        ocr.Clear();
        if (Count > 0)
        {
            Sql.Execute(connection, "DELETE FROM facts WHERE source_id = $source AND run_id = $run", ("source", sourceId), ("run", runId));
        }

        Count = 0;
        MaxYear = null;
    }

    public void Dispose() => appender?.Dispose();

    private void Close()
    {
        appender?.Close();
        appender?.Dispose();
        appender = null;
    }
}
