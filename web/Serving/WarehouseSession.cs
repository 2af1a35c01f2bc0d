using Analytics.Warehouse.Snapshots;
using DuckDB.NET.Data;

namespace Analytics.Web.Serving;

/// <summary>One request's hold on the warehouse: the snapshot lease and a read-only connection to it.</summary>
public sealed class WarehouseSession(SnapshotLease lease, DuckDBConnection connection) : IDisposable
{
    public string SnapshotId => lease.SnapshotId;

    public DuckDBConnection Connection => connection;

    public void Dispose()
    {
        connection.Dispose();
        lease.Dispose();
    }
}
