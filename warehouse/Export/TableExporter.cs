using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Export;

/// <summary>
/// Writes one warehouse table or view out for other engines. Parquet comes from DuckDB's own COPY;
/// Parquet of tables keyed by region and year is partitioned by province and year (hive layout), the
/// shape Spark, Trino and DuckDB read with partition pruning. Arrow IPC goes through Apache.Arrow.
/// CSV goes through <see cref="CsvFile"/>, so that a text a spreadsheet would run as a formula is
/// defused: each value as DuckDB writes it as text, rows ending in "\n", no byte-order mark, an empty
/// text as "" and a missing value as nothing, as DuckDB's COPY writes them.
/// </summary>
public sealed partial class TableExporter(DuckDBConnection connection)
{
    /// <summary>Tables and views of the warehouse schema, the only names accepted.</summary>
    public IReadOnlyList<string> Tables()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>Exports <paramref name="table"/> to <paramref name="output"/> (a folder for partitioned Parquet) and returns the row count.</summary>
    public long Export(string table, ExportFormat format, string output, CancellationToken ct)
    {
        if (!Tables().Contains(table, StringComparer.Ordinal))
        {
            throw new ArgumentException($"no table or view '{table}'; choose one of {string.Join(", ", Tables())}", nameof(table));
        }

        var columns = Columns(table).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var target = Quote(Path.GetFullPath(output));
        switch (format)
        {
            case ExportFormat.Csv:
                return Csv(table, output, ct);
            case ExportFormat.Parquet when columns.Contains("year") && (columns.Contains("region_code") || columns.Contains("province_code")):
                // Hive layout province=330000/year=2023/: Spark, Trino and DuckDB prune on both. The
                // partition columns stay inside the files too, so a single file still says where it
                // belongs; a null (no region resolved, no year) goes to __HIVE_DEFAULT_PARTITION__,
                // which those engines read back as null.
                var province = columns.Contains("province_code") ? "t.province_code" : "r.province_code";
                var join = columns.Contains("province_code") ? "" : "LEFT JOIN regions r ON r.code = t.region_code";
                Execute($"""
                    COPY (SELECT t.*, {province} AS province FROM "{table}" t {join})
                    TO {target} (FORMAT parquet, PARTITION_BY (province, year), WRITE_PARTITION_COLUMNS true, OVERWRITE_OR_IGNORE true)
                    """, ct);
                break;
            case ExportFormat.Parquet:
                Execute($"COPY (SELECT * FROM \"{table}\") TO {target} (FORMAT parquet)", ct);
                break;
            case ExportFormat.Arrow:
                using (var command = connection.CreateCommand())
                {
                    command.CommandText = $"SELECT * FROM \"{table}\"";
                    using var _ = ct.Register(command.Cancel);
                    using var reader = command.ExecuteReader();
                    return ArrowFile.Write(reader, output, ct);
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }

        using var count = connection.CreateCommand();
        count.CommandText = $"SELECT count(*) FROM \"{table}\"";
        return Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    // Types whose text is a number, a truth value or a time, never a formula: written as they are.
    [GeneratedRegex(@"^(U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)|FLOAT|REAL|DOUBLE|DECIMAL(\(\d+,\d+\))?|BOOLEAN|DATE|TIME.*|TIMESTAMP.*|INTERVAL)$")]
    private static partial Regex NotText();

    private long Csv(string table, string output, CancellationToken ct)
    {
        var columns = Columns(table);
        var text = columns.Select(c => !NotText().IsMatch(c.Type)).ToArray();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"CAST(\"{c.Name}\" AS VARCHAR)"))} FROM \"{table}\"";
        using var _ = ct.Register(command.Cancel);
        using var reader = command.ExecuteReader();
        using var writer = new StreamWriter(output, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        using var csv = new CsvFile(writer, newLine: "\n", quoteEmpty: true);
        csv.Row(columns.Select(c => c.Name));
        long rows = 0;
        while (reader.Read())
        {
            for (var i = 0; i < text.Length; i++)
            {
                var value = reader.Text(i);
                if (text[i])
                {
                    csv.Cell(value);
                }
                else
                {
                    csv.Value(value);
                }
            }

            csv.EndRow();
            rows++;
        }

        return rows;
    }

    private List<(string Name, string Type)> Columns(string table) =>
        Sql.Rows(
            connection,
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $t ORDER BY ordinal_position",
            r => (r.GetString(0), r.GetString(1)),
            CancellationToken.None,
            ("t", table));

    private void Execute(string sql, CancellationToken ct)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var _ = ct.Register(command.Cancel);
        command.ExecuteNonQuery();
    }

    private static string Quote(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";
}
