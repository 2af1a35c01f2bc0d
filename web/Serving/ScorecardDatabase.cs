using System.Globalization;
using Analytics.Warehouse;
using Analytics.Warehouse.Snapshots;
using DuckDB.NET.Data;
using Microsoft.Extensions.Options;

namespace Analytics.Web.Serving;

/// <summary>
/// The web's only way into the warehouse: a read-only connection to the published snapshot, one per
/// request, with external access off, memory and threads limited and the configuration locked.
/// DuckDB applies these settings per database instance, and DuckDB.NET shares one instance per file,
/// so they are set once per snapshot (the first connection locks them) and checked on every open.
/// </summary>
public sealed class ScorecardDatabase(IOptions<WarehouseOptions> options, SnapshotMemo memo) : IDisposable
{
    /// <summary>Per-snapshot memory of what the snapshot never changes.</summary>
    public SnapshotMemo Memo => memo;

    private readonly Lock configuring = new();
    private readonly WarehouseOptions settings = options.Value;
    private PublishedWarehouse? published;

    /// <summary>The published warehouse (opened lazily, so the app starts before the first snapshot).</summary>
    public PublishedWarehouse Published
    {
        get
        {
            lock (configuring)
            {
                return published ??= new PublishedWarehouse(settings.Snapshots);
            }
        }
    }

    /// <summary>The id of the newest published snapshot, or null before the first publish.</summary>
    public string? CurrentSnapshotId => Published.Store.CurrentId();

    /// <summary>A lease on the newest snapshot and a locked-down connection to it; dispose after use.</summary>
    public WarehouseSession Open()
    {
        var lease = Published.Acquire();
        try
        {
            var connection = lease.Open();
            try
            {
                LockDown(connection);
                return new WarehouseSession(lease, connection);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        lock (configuring)
        {
            published?.Dispose();
        }
    }

    private void LockDown(DuckDBConnection connection)
    {
        if (!Setting(connection, "lock_configuration"))
        {
            lock (configuring)
            {
                if (!Setting(connection, "lock_configuration"))
                {
                    Sql.Execute(connection, string.Create(CultureInfo.InvariantCulture, $"""
                        SET enable_external_access = false;
                        SET memory_limit = '{settings.MemoryLimit}';
                        SET threads = {settings.Threads};
                        SET lock_configuration = true;
                        """));
                }
            }
        }

        if (Setting(connection, "enable_external_access"))
        {
            throw new InvalidOperationException("DuckDB external access is still enabled on a scorecard connection");
        }
    }

    private static bool Setting(DuckDBConnection connection, string name)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT current_setting($name)::BOOLEAN";
        cmd.Parameters.Add(new DuckDBParameter("name", name));
        return cmd.ExecuteScalar() is true;
    }
}
