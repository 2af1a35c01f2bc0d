using Analytics.Warehouse.Schema;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Snapshots;

/// <summary>
/// One run that changes the working warehouse file: a load, the forecasts, the at-risk counts.
/// <see cref="Begin"/> opens the file read-write, starts the transaction, brings the schema up to
/// date and takes the next run id; the caller writes through <see cref="Connection"/>;
/// <see cref="Commit"/> adds the run's <c>load_runs</c> row, commits, checkpoints, then publishes a
/// snapshot and prunes old ones as the <see cref="PublishOptions"/> say. Disposing before the commit
/// (after any exception) rolls back, leaving the file as it was. The connection stays open while the
/// snapshot is copied, so no other writer can change the file meanwhile.
/// </summary>
public sealed class WarehouseWrite : IDisposable
{
    private readonly PublishOptions options;

    private WarehouseWrite(string databasePath, PublishOptions options)
    {
        StartedAt = DateTime.UtcNow;
        DatabasePath = Path.GetFullPath(databasePath);
        this.options = options;
        Connection = WarehouseConnection.OpenReadWrite(DatabasePath);
        try
        {
            Sql.Execute(Connection, "BEGIN TRANSACTION");
            WarehouseSchema.Create(Connection);
            RunId = Sql.Scalar<int>(Connection, "SELECT coalesce(max(run_id), 0) + 1 FROM load_runs");
        }
        catch
        {
            Connection.Dispose(); // closing discards the open transaction
            throw;
        }

        IsOpen = true;
    }

    /// <summary>The working file, as a full path.</summary>
    public string DatabasePath { get; }

    /// <summary>The read-write connection, inside the run's transaction until the commit.</summary>
    public DuckDBConnection Connection { get; }

    /// <summary>The run's id: one more than the highest in <c>load_runs</c>.</summary>
    public int RunId { get; }

    /// <summary>When the run began (UTC): its <c>started_at</c>.</summary>
    public DateTime StartedAt { get; }

    /// <summary>True until the commit or the rollback.</summary>
    public bool IsOpen { get; private set; }

    /// <summary>Opens <paramref name="databasePath"/> (creating it and its folder if needed) and begins a run.</summary>
    public static WarehouseWrite Begin(string databasePath, PublishOptions? options = null) =>
        new(databasePath, options ?? new PublishOptions());

    /// <summary>
    /// Records the run in <c>load_runs</c>, commits and checkpoints; then, unless the options say
    /// otherwise, publishes a snapshot and prunes old ones. Returns the snapshot id, or null when
    /// nothing was published. The connection is closed afterwards.
    /// </summary>
    public string? Commit(RunCounts counts)
    {
        ObjectDisposedException.ThrowIf(!IsOpen, this);
        Sql.Execute(Connection, """
            INSERT INTO load_runs (run_id, started_at, finished_at, files_loaded, files_skipped, rows_loaded, quarantined)
            VALUES ($run, $started, $finished, $loaded, $skipped, $rows, $quarantined)
            """,
            ("run", RunId), ("started", StartedAt), ("finished", DateTime.UtcNow), ("loaded", counts.FilesLoaded),
            ("skipped", counts.FilesSkipped), ("rows", counts.RowsLoaded), ("quarantined", counts.Quarantined));
        Sql.Execute(Connection, "COMMIT");
        IsOpen = false;
        Sql.Execute(Connection, "CHECKPOINT");

        string? snapshot = null;
        if (options.Publish)
        {
            var store = options.StoreFor(DatabasePath);
            snapshot = store.Publish(DatabasePath, RunId);
            store.Prune(options.KeepSnapshots);
        }

        Connection.Dispose();
        return snapshot;
    }

    /// <summary>Undoes everything the run wrote; nothing is recorded or published.</summary>
    public void Rollback()
    {
        if (IsOpen)
        {
            IsOpen = false;
            Sql.Execute(Connection, "ROLLBACK");
        }
    }

    public void Dispose()
    {
        try
        {
            Rollback();
        }
        finally
        {
            Connection.Dispose();
        }
    }
}
