using Analytics.Terminal;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Analytics.Etl.Load;
using Analytics.Warehouse;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Demo;
using Analytics.Warehouse.Regions;
using DuckDB.NET.Data;
using Spectre.Console;

namespace Analytics.Etl.Commands;

/// <summary>
/// <c>demo --db FILE</c>: builds the demo warehouse from scratch. The generator's tables are
/// written as CSV in the load templates and go in through the ordinary load path together with
/// the team's sample reports and the shipped official targets, in one atomic run that publishes a
/// snapshot. Every generated row is synthetic; the official targets are not, and example targets
/// are generated only where no official one covers an indicator and year.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var defaults = new DemoOptions();
        var db = new Option<string>("--db") { Description = "the demo warehouse file to create", Required = true };
        var force = new Option<bool>("--force") { Description = "replace the file if it exists" };
        var seed = new Option<int>("--seed") { Description = "generator seed (same seed, same data)", DefaultValueFactory = _ => defaults.Seed };
        var first = new Option<int>("--first-year") { DefaultValueFactory = _ => defaults.FirstYear };
        var last = new Option<int>("--last-year") { DefaultValueFactory = _ => defaults.LastYear };
        var provinces = new Option<string[]>("--province") { Description = "province codes (repeat the option)", DefaultValueFactory = _ => [.. defaults.Provinces] };
        var reports = new Option<string>("--reports") { Description = "folder of sample reports to load too", DefaultValueFactory = _ => DemoSettings.ShippedReports };
        var noReports = new Option<bool>("--no-reports") { Description = "load only the generated tables" };
        var csv = new Option<string?>("--csv") { Description = "keep the generated CSV files in this folder" };
        var targets = new Option<string>("--targets") { Description = "official targets to score on (examples only where none covers an indicator and year)", DefaultValueFactory = _ => DemoSettings.ShippedTargets };
        var noTargets = new Option<bool>("--no-official-targets") { Description = "score on generated example targets only" };
        var command = new Command("demo", "Build a synthetic demo warehouse from scratch (generated statistics, population, targets and the sample reports)")
        {
            db, force, seed, first, last, provinces, reports, noReports, csv, targets, noTargets,
        };
        command.SetAction((parse, ct) => Task.FromResult(Run(
            new DemoSettings(
                parse.GetValue(db)!, parse.GetValue(force),
                defaults with { Seed = parse.GetValue(seed), FirstYear = parse.GetValue(first), LastYear = parse.GetValue(last), Provinces = parse.GetValue(provinces) ?? [] },
                parse.GetValue(noReports) ? null : parse.GetValue(reports), parse.GetValue(csv),
                parse.GetValue(noTargets) ? null : parse.GetValue(targets)),
            stdout, stderr, ct)));
        return command;
    }

    public static int Run(DemoSettings settings, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var db = Path.GetFullPath(settings.Db);
        if (File.Exists(db))
        {
            if (!settings.Force)
            {
                stderr.WriteLine($"error: {db} exists; the demo builds a warehouse from scratch (use --force to replace it)");
                return 1;
            }

            File.Delete(db);
            File.Delete(db + ".wal");
        }

        if (settings.Reports is { } folder && !Directory.Exists(folder))
        {
            stderr.WriteLine($"error: no report folder {folder}");
            return 1;
        }

        if (settings.OfficialTargets is { } official && !File.Exists(official))
        {
            stderr.WriteLine($"error: no targets file {official}");
            return 1;
        }

        var catalog = IndicatorCatalog.LoadDefault();
        var gazetteer = Gazetteer.LoadDefault();
        DemoData data;
        try
        {
            // Official targets first: the demo invents an example only where none covers an indicator and year.
            var published = settings.OfficialTargets is { } file
                ? PublishedTargets.Covered(file, catalog, gazetteer, settings.Options.Provinces)
                : [];
            data = new DemoGenerator(catalog, gazetteer).Generate(settings.Options with { Published = published });
        }
        catch (Exception e) when (e is ArgumentException or RejectedFileException or IOException or InvalidDataException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }

        var csvFolder = settings.CsvFolder ?? Directory.CreateTempSubdirectory("analytics-demo-").FullName;
        try
        {
            var files = data.WriteCsv(csvFolder).ToList();
            if (settings.OfficialTargets is { } officialTargets)
            {
                files.Add(officialTargets);
            }

            if (settings.Reports is { } reports)
            {
                files.AddRange(LoadJob.Expand([reports]));
            }

            var result = new LoadJob(catalog, gazetteer).Run(db, files, new LoadOptions(), ct);
            var console = Consoles.For(stdout);
            LoadCommand.WriteSummary(console, result);
            WriteCounts(console, db, data, clock.Elapsed);
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or DuckDBException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }
        finally
        {
            if (settings.CsvFolder is null)
            {
                Directory.Delete(csvFolder, recursive: true);
            }
        }
    }

    private static void WriteCounts(IAnsiConsole console, string db, DemoData data, TimeSpan elapsed)
    {
        using var connection = WarehouseConnection.OpenReadOnly(db);
        long Count(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        var table = new Table().Title("demo warehouse (synthetic but for the official targets)").AddColumns("what", "count");
        void Row(string what, long n) => table.AddRow(what, n.ToString("N0", CultureInfo.InvariantCulture));
        Row("facts", Count("SELECT count(*) FROM facts"));
        Row("  from generated statistics", Count("SELECT count(*) FROM facts JOIN sources USING (source_id) WHERE kind = 'statistics'"));
        Row("  from sample reports", Count("SELECT count(*) FROM facts JOIN sources USING (source_id) WHERE kind = 'report'"));
        Row("  not marked synthetic", Count("SELECT count(*) FROM facts WHERE NOT synthetic"));
        Row("preferred values", Count("SELECT count(*) FROM preferred_facts"));
        Row("  in conflict", Count("SELECT count(*) FROM preferred_facts WHERE conflict"));
        Row("gaps left in series", data.Gaps.Count);
        Row("counties", Count("SELECT count(DISTINCT region_code) FROM facts JOIN sources USING (source_id) WHERE kind = 'statistics'"));
        Row("population rows", Count("SELECT count(*) FROM population"));
        Row("target rows", Count("SELECT count(*) FROM targets"));
        Row("  official (sourced)", Count("SELECT count(*) FROM targets WHERE kind = 'official'"));
        Row("  example (synthetic)", Count("SELECT count(*) FROM targets WHERE kind = 'example'"));
        Row("economic base rows", Count("SELECT count(*) FROM economic_bases"));
        Row("quarantined", Count("SELECT count(*) FROM quarantine"));
        console.Write(table);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"demo built in [bold]{elapsed.TotalSeconds:F1} s[/] (seed {data.Options.Seed}, {data.Options.FirstYear}-{data.Options.LastYear}, data fingerprint {data.Fingerprint()[..12]})"));
    }
}
