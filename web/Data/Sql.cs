using System.Data.Common;
using DuckDB.NET.Data;

namespace Analytics.Web.Data;

/// <summary>Runs a parameterised query on a request's connection and maps each row; cancellation interrupts DuckDB.</summary>
internal static class Sql
{
    public static List<T> Rows<T>(
        DuckDBConnection connection, string sql, Func<DbDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        }

        using var _ = ct.Register(cmd.Cancel);
        using var reader = cmd.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            ct.ThrowIfCancellationRequested();
            rows.Add(map(reader));
        }

        return rows;
    }

    public static string? Text(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static int? Int(this DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt32(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);

    public static long? Long(this DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt64(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);

    public static decimal? Dec(this DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToDecimal(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);

    public static bool Bool(this DbDataReader r, int i) => !r.IsDBNull(i) && r.GetBoolean(i);
}
