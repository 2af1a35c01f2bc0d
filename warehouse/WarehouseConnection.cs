using DuckDB.NET.Data;

namespace Analytics.Warehouse;

/// <summary>
/// Opens DuckDB warehouse files. DuckDB admits one read-write process or many read-only ones,
/// so only loads open read-write; everything that serves data opens a published snapshot read-only.
/// </summary>
public static class WarehouseConnection
{
    /// <summary>Opens (creating it, and its folder, if needed) a warehouse file for writing.</summary>
    public static DuckDBConnection OpenReadWrite(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!); // a full path always has a parent
        var connection = new DuckDBConnection($"DataSource={path}");
        connection.Open();
        return connection;
    }

    /// <summary>Opens an existing warehouse file read-only.</summary>
    public static DuckDBConnection OpenReadOnly(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("warehouse file not found", path);
        }

        var connection = new DuckDBConnection($"DataSource={path};ACCESS_MODE=READ_ONLY");
        connection.Open();
        return connection;
    }
}
