using DuckDB.NET.Data;

namespace Analytics.Warehouse;

/// <summary>
/// Small helpers for one-off parameterised statements (run bookkeeping, publishing): shared by
/// the loads in etl and the model writers in models, which may not reference each other.
/// </summary>
public static class Sql
{
    public static void Execute(DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(name, value));
        }

        command.ExecuteNonQuery();
    }

    public static T Scalar<T>(DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(name, value));
        }

        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture); // every caller selects a non-null aggregate
    }
}
