using DuckDB.NET.Data;

namespace Analytics.Etl.Load;

/// <summary>
/// Facts of one source on their way in: appended to a temporary table (DuckDB's appender is the
/// fast path), then moved into <c>facts</c> by one INSERT ... SELECT that adds the ids and lineage
/// columns. A source rejected halfway is simply discarded from the stage.
/// </summary>
internal sealed class FactStage : IDisposable
{
    private readonly DuckDBConnection connection;
    private DuckDBAppender? appender;

    public FactStage(DuckDBConnection connection)
    {
        this.connection = connection;
        Sql.Execute(connection, """
            CREATE TEMP TABLE IF NOT EXISTS stage_facts (
                seq BIGINT, region_code VARCHAR, region_name VARCHAR, indicator VARCHAR, year INTEGER,
                period_start INTEGER, value DECIMAL(18, 6), unit VARCHAR, qualifier VARCHAR, status VARCHAR,
                segment VARCHAR, redacted BOOLEAN, source_row INTEGER, span_start INTEGER, span_end INTEGER,
                evidence VARCHAR, synthetic BOOLEAN);
            DELETE FROM stage_facts;
            """);
    }

    public long Count { get; private set; }

    public int? MaxYear { get; private set; }

    public void Add(in FactRecord f)
    {
        appender ??= connection.CreateAppender("stage_facts");
        appender.CreateRow()
            .AppendValue(Count)
            .AppendValue(f.RegionCode)
            .AppendValue(f.RegionName)
            .AppendValue(f.Indicator)
            .AppendValue(f.Year)
            .AppendValue(f.PeriodStart)
            .AppendValue(f.Value)
            .AppendValue(f.Unit)
            .AppendValue(f.Qualifier)
            .AppendValue(f.Status)
            .AppendValue(f.Segment)
            .AppendValue(f.Redacted)
            .AppendValue(f.SourceRow)
            .AppendValue(f.SpanStart)
            .AppendValue(f.SpanEnd)
            .AppendValue(f.Evidence)
            .AppendValue(f.Synthetic)
            .EndRow();
        Count++;
        if (f.Year > MaxYear || (MaxYear is null && f.Year is not null))
        {
            MaxYear = f.Year;
        }
    }

    /// <summary>Moves the staged facts into <c>facts</c> with ids from <paramref name="firstFactId"/> on.</summary>
    public long MoveInto(long firstFactId, int sourceId, int runId)
    {
        Close();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO facts
            SELECT $first + seq, region_code, region_name, indicator, year, period_start, value, unit,
                   qualifier, status, segment, redacted, $source, source_row, span_start, span_end,
                   evidence, $run, synthetic
            FROM stage_facts;
            """;
        command.Parameters.Add(new DuckDBParameter("first", firstFactId));
        command.Parameters.Add(new DuckDBParameter("source", sourceId));
        command.Parameters.Add(new DuckDBParameter("run", runId));
        var moved = command.ExecuteNonQuery();
        Discard();
        return moved;
    }

    public void Discard()
    {
        Close();
        Sql.Execute(connection, "DELETE FROM stage_facts");
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
