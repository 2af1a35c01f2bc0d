using Analytics.Terminal;
using System.CommandLine;
using System.Globalization;
using Analytics.Etl.Input;
using Analytics.Etl.Load;
using Analytics.Warehouse;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Regions;
using Analytics.Warehouse.Snapshots;
using Spectre.Console;

namespace Analytics.Etl.Commands;

/// <summary>
/// <c>load PATH... --db FILE</c>: statistics, targets and population tables and reports (the kinds of
/// <see cref="FileKinds"/>) into the warehouse in one atomic run, then a snapshot for readers. Prints
/// progress while it runs and a summary table at the end; exit code 1 when the run was rolled back.
/// </summary>
internal static class LoadCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = $"tables ({FileKinds.TableList}), reports ({FileKinds.ReportList}) or folders", Arity = ArgumentArity.OneOrMore };
        var db = new Option<string>("--db") { Description = "the working warehouse file (created, with its folder, if missing); required unless --dry-run" };
        var noPublish = new Option<bool>("--no-publish") { Description = "commit without publishing a snapshot for readers" };
        var keep = new Option<int>("--keep-snapshots") { Description = "published snapshots to keep (older ones no reader holds are deleted)", DefaultValueFactory = _ => 3 };
        var dryRun = new Option<bool>("--dry-run") { Description = "print how each file, sheet, column and row would be read, and write nothing" };
        var command = new Command("load", "Load tables and reports into the warehouse: atomic, idempotent, then publish a snapshot") { paths, db, noPublish, keep, dryRun };
        command.SetAction((parse, ct) => Task.FromResult(parse.GetValue(dryRun)
            ? DryRun(parse.GetValue(paths) ?? [], stdout, stderr)
            : parse.GetValue(db) is not { } warehouse
            ? Fail(stderr, "error: --db is required (or give --dry-run to see how the files would be read)")
            : Run(parse.GetValue(paths) ?? [], warehouse, new LoadOptions(!parse.GetValue(noPublish), parse.GetValue(keep)), stdout, stderr, ct)));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string db, LoadOptions options, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var console = Consoles.For(stdout);
        var files = LoadJob.Expand(paths);
        if (files.Count == 0)
        {
            stderr.WriteLine("error: no tables or reports found in " + string.Join(", ", paths));
            return 1;
        }

        var job = new LoadJob(IndicatorCatalog.LoadDefault(), Gazetteer.LoadDefault());
        LoadResult result;
        try
        {
            result = console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var tasks = files.ToDictionary(f => Path.GetFileName(f), f => ctx.AddTask(Markup.Escape(Path.GetFileName(f)), maxValue: 1), StringComparer.Ordinal);
                    return job.Run(db, files, options with
                    {
                        Progress = p =>
                        {
                            if (tasks.TryGetValue(p.Source, out var task))
                            {
                                task.MaxValue = Math.Max(1, p.Total);
                                task.Value = p.Done;
                            }
                        },
                    }, ct);
                });
        }
        catch (Exception e) when (e is IOException or InvalidDataException or DuckDB.NET.Data.DuckDBException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {e.Message}");
            stderr.WriteLine("the run was rolled back; the warehouse is as it was before");
            return 1;
        }

        WriteSummary(console, result);
        return 0;
    }

    /// <summary><c>load --dry-run</c>: how each file would be read, from the files alone; no warehouse is opened.</summary>
    public static int DryRun(IReadOnlyList<string> paths, TextWriter stdout, TextWriter stderr)
    {
        var files = LoadJob.Expand(paths);
        if (files.Count == 0)
        {
            return Fail(stderr, "error: no tables or reports found in " + string.Join(", ", paths));
        }

        if (files.Where(f => !File.Exists(f)).ToList() is { Count: > 0 } missing)
        {
            return Fail(stderr, "error: no such file: " + string.Join(", ", missing));
        }

        var console = Consoles.For(stdout);
        var plan = new LoadPlan(IndicatorCatalog.LoadDefault(), Gazetteer.LoadDefault());
        foreach (var file in files)
        {
            DryRunReport.Write(console, plan.Of(file));
        }

        console.MarkupLine("试运行：未写入仓库 / dry run: nothing was written to the warehouse");
        return 0;
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine(message);
        return 1;
    }

    internal static void WriteSummary(IAnsiConsole console, LoadResult result)
    {
        var table = new Table().AddColumns("source", "kind", "outcome", "rows", "quarantined", "note");
        foreach (var s in result.Sources)
        {
            table.AddRow(
                Markup.Escape(s.Name), s.Kind, s.Outcome.Name(), s.Rows.ToString("N0", CultureInfo.InvariantCulture),
                s.Quarantined.ToString("N0", CultureInfo.InvariantCulture), Markup.Escape(s.Note ?? ""));
        }

        console.Write(table);
        console.MarkupLine(result.RunId is { } run
            ? string.Create(CultureInfo.InvariantCulture,
                $"run [bold]{run}[/]: {result.Rows:N0} rows loaded, {result.Quarantined:N0} quarantined (see the quarantine table); snapshot {Markup.Escape(result.SnapshotId ?? "not published")}")
            : "nothing new: every source was already loaded; the warehouse is unchanged");
    }
}
