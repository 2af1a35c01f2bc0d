using System.Globalization;
using Analytics.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Tests.Warehouse;

/// <summary>Small query helpers for assertions against real warehouse files.</summary>
internal static class Db
{
    public static readonly string[] Tables =
        ["regions", "indicators", "years", "load_runs", "sources", "facts", "population", "economic_bases", "targets", "quarantine", "reviews"];

    public static T Scalar<T>(string path, string sql)
    {
        using var conn = WarehouseConnection.OpenReadOnly(path);
        return Scalar<T>(conn, sql);
    }

    public static T Scalar<T>(DuckDBConnection conn, string sql)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture); // tests select non-null values
    }

    public static List<object?[]> Rows(string path, string sql)
    {
        using var conn = WarehouseConnection.OpenReadOnly(path);
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Row count and an order-independent hash of every row of every table: equal means unchanged.</summary>
    public static string Fingerprint(string path)
    {
        using var conn = WarehouseConnection.OpenReadOnly(path);
        return string.Join("; ", Tables.Select(t =>
            t + "=" + Scalar<string>(conn, $"SELECT count(*) || ':' || coalesce(sum(hash(x)), 0) FROM {t} x")));
    }
}
