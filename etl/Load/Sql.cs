using DuckDB.NET.Data;

namespace Analytics.Etl.Load;

/// <summary>Small helpers for statements the load runs once per run or per file.</summary>
internal static class Sql
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
