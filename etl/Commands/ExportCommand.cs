using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Analytics.Warehouse;
using Analytics.Warehouse.Export;

namespace Analytics.Etl.Commands;

/// <summary>
/// <c>export --table T --format parquet|arrow|csv --out PATH --db FILE</c>: one table or view out
/// for other engines; Parquet of region-year tables is partitioned by province and year.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var db = new Option<string>("--db") { Description = "a warehouse file or published snapshot", Required = true };
        var table = new Option<string>("--table") { Description = "table or view, e.g. facts, preferred_facts, population, economic_bases, targets", Required = true };
        var format = new Option<string>("--format") { Description = "parquet (hive-partitioned by province and year), arrow or csv", DefaultValueFactory = _ => "parquet" };
        format.AcceptOnlyFromAmong("parquet", "arrow", "csv");
        var output = new Option<string>("--out") { Description = "output file (a folder for partitioned Parquet)", Required = true };
        var command = new Command("export", "Export a warehouse table as Parquet, Arrow IPC or CSV") { db, table, format, output };
        command.SetAction((parse, ct) => Task.FromResult(Run(
            parse.GetValue(db)!, parse.GetValue(table)!, Enum.Parse<ExportFormat>(parse.GetValue(format)!, ignoreCase: true), parse.GetValue(output)!, stdout, stderr, ct)));
        return command;
    }

    public static int Run(string db, string table, ExportFormat format, string output, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        try
        {
            using var connection = WarehouseConnection.OpenReadOnly(db);
            var clock = Stopwatch.StartNew();
            var rows = new TableExporter(connection).Export(table, format, output, ct);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{table}: {rows:N0} rows → {output} ({format.ToString().ToLowerInvariant()}) in {clock.Elapsed.TotalSeconds:F2} s"));
            return 0;
        }
        catch (Exception e) when (e is IOException or ArgumentException or DuckDB.NET.Data.DuckDBException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}
