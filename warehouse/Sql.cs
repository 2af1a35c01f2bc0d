using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;

namespace Analytics.Warehouse;

/// <summary>
/// The one helper for parameterised statements and for reading nullable columns: the loads in etl,
/// the model writers in models and the web's queries, which may not reference each other. A null
/// parameter value binds SQL NULL.
/// </summary>
public static class Sql
{
    public static void Execute(DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        command.ExecuteNonQuery();
    }

    public static T Scalar<T>(DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture); // every caller selects a non-null aggregate
    }

    /// <summary>Runs a query and maps each row; cancellation interrupts DuckDB.</summary>
    public static List<T> Rows<T>(
        DuckDBConnection connection, string sql, Func<DbDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        using var _ = ct.Register(command.Cancel);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            ct.ThrowIfCancellationRequested();
            rows.Add(map(reader));
        }

        return rows;
    }

    public static string? Text(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static int? Int(this DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);

    public static long? Long(this DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);

    public static decimal? Dec(this DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToDecimal(r.GetValue(i), CultureInfo.InvariantCulture);

    public static bool Bool(this DbDataReader r, int i) => !r.IsDBNull(i) && r.GetBoolean(i);

    private static DuckDBCommand Command(DuckDBConnection connection, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        }

        return command;
    }
}
