using Analytics.Terminal;
using System.CommandLine;
using System.Globalization;
using Analytics.Warehouse;
using Analytics.Warehouse.Queries;
using Analytics.Warehouse.Schema;
using Spectre.Console;

namespace Analytics.Etl.Commands;

/// <summary>
/// <c>check --db FILE</c>: the data-quality report (unit mismatches, year-over-year jumps,
/// missing years, conflicts, facts without a region), counts per check and the first findings.
/// Opens the warehouse read-only; exit code 0 whatever it finds.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var db = new Option<string>("--db") { Description = "a warehouse file or published snapshot", Required = true };
        var jump = new Option<double>("--jump") { Description = "flag year-over-year changes beyond this ratio (0.5 = ±50%)", DefaultValueFactory = _ => 0.5 };
        var show = new Option<int>("--show") { Description = "findings to list per check", DefaultValueFactory = _ => 10 };
        var command = new Command("check", "Data-quality report over the warehouse") { db, jump, show };
        command.SetAction((parse, ct) => Task.FromResult(Run(parse.GetValue(db)!, parse.GetValue(jump), parse.GetValue(show), stdout, stderr, ct)));
        return command;
    }

    public static int Run(string db, double jump, int show, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        IReadOnlyList<QualityIssue> issues;
        try
        {
            using var connection = WarehouseConnection.OpenReadOnly(db);
            if (WarehouseSchema.VersionOf(connection) is var version && version < WarehouseSchema.Version)
            {
                stderr.WriteLine($"error: {db} has warehouse schema {version}, older than {WarehouseSchema.Version}: any load upgrades it (analytics-etl load ... --db {db})");
                return 1;
            }

            issues = new QualityChecks(connection).Run(jump, ct);
        }
        catch (Exception e) when (e is IOException or DuckDB.NET.Data.DuckDBException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }

        var console = Consoles.For(stdout);
        var summary = new Table().AddColumns("check", "findings");
        foreach (var name in QualityChecks.Names)
        {
            summary.AddRow(name, issues.Count(i => i.Check == name).ToString("N0", CultureInfo.InvariantCulture));
        }

        console.Write(summary);
        foreach (var group in issues.GroupBy(i => i.Check))
        {
            var table = new Table().Title(group.Key).AddColumns("region", "indicator", "year", "detail");
            foreach (var i in group.Take(show))
            {
                table.AddRow(i.RegionCode ?? "—", i.Indicator, i.Year?.ToString(CultureInfo.InvariantCulture) ?? "—", Markup.Escape(i.Detail));
            }

            console.Write(table);
        }

        return 0;
    }
}
