using Analytics.Terminal;
using System.CommandLine;
using System.Globalization;
using Analytics.Etl.Extraction;
using Analytics.Etl.Input;
using Analytics.Warehouse;
using Spectre.Console;

namespace Analytics.Etl.Commands;

/// <summary>
/// <c>extract FILE_OR_DIR... --format jsonl|table</c>: facts on stdout, one JSON object per line
/// (shared/spec/extract-format.md) or a table for people; messages on stderr. A file that cannot
/// be read, every file a folder holds that is no report, and a file the extractor fails on are reported by
/// name with the reason and the batch goes on; a closing line counts both. The exit code is 1 when any file
/// was not read.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = $"report files ({FileKinds.ReportList}) or folders", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "jsonl (the contract) or table", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "table");
        var command = new Command("extract", "Extract every statistic from work reports, with its source sentence") { paths, format };
        command.SetAction(parse => Run(parse.GetValue(paths) ?? [], parse.GetValue(format) ?? "jsonl", stdout, stderr));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string format, TextWriter stdout, TextWriter stderr) =>
        Run(paths, format, stdout, stderr, FactExtractor.CreateDefault().Extract);

    /// <summary>The command with another extractor (document name, text → facts), as tests give it.</summary>
    internal static int Run(
        IReadOnlyList<string> paths, string format, TextWriter stdout, TextWriter stderr, Func<string, string, IReadOnlyList<ExtractedFact>> extract)
    {
        var (read, failed) = (0, 0);
        var all = new List<ExtractedFact>();
        foreach (var (path, named) in FileKinds.Expand(paths))
        {
            if (!named && FileKinds.NotRead(path, tables: false) is { } reason)
            {
                stderr.WriteLine($"not read: {path}: {reason}");
                failed++;
                continue;
            }

            IReadOnlyList<ExtractedFact> facts;
            try
            {
                var document = Read(path, stderr);
                facts = document.Mark(extract(document.Name, document.Text));
            }
            catch (DocumentReadException e)
            {
                stderr.WriteLine($"error: {e.Message}");
                failed++;
                continue;
            }
            catch (ExtractionException e)
            {
                stderr.WriteLine($"error: {path}: {e.Reason}");
                failed++;
                continue;
            }

            read++;
            stderr.WriteLine($"{Path.GetFileName(path)}: {facts.Count} facts");
            if (format == "jsonl")
            {
                FactJson.Write(stdout, facts);
            }
            else
            {
                all.AddRange(facts);
            }
        }

        if (format == "table")
        {
            WriteTable(stdout, all);
        }

        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"已读 {read} 个文件，未读 {failed} 个 / {read} files read, {failed} not read"));
        return failed == 0 ? 0 : 1;
    }

    // PDFs and scans are read page by page (OCR takes seconds a page): a progress bar on stderr.
    private static DecodedDocument Read(string path, TextWriter stderr)
    {
        if (!FileKinds.IsImage(path) && !FileKinds.IsPdf(path))
        {
            return DocumentReader.Read(path);
        }

        return Consoles.For(stderr).Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(Path.GetFileName(path)), maxValue: 1);
                return DocumentReader.Read(path, (done, total) =>
                {
                    task.MaxValue = Math.Max(1, total);
                    task.Value = done;
                });
            });
    }

    private static void WriteTable(TextWriter stdout, IReadOnlyList<ExtractedFact> facts)
    {
        // A pipe has no width: do not squeeze evidence into 80 columns.
        var console = Consoles.For(stdout, minWidth: Console.IsOutputRedirected ? 200 : 0);

        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "文件 document", "地区 region", "指标 indicator", "数值 value", "单位 unit", "年 year", "状态 status", "依据 evidence" })
        {
            table.AddColumn(column);
        }

        foreach (var f in facts)
        {
            var value = f.Redacted ? "**" : f.Value?.ToString(CultureInfo.InvariantCulture) ?? "";
            if (f.Qualifier != Qualifier.Exact)
            {
                value += " (" + f.Qualifier.ToSql() + ")";
            }

            table.AddRow(
                Markup.Escape(f.Document), Markup.Escape(f.Region ?? "?"), Markup.Escape(f.Indicator + (f.Segment is { } seg ? "/" + seg.ToSql() : "")),
                Markup.Escape(value), Markup.Escape(f.Unit), f.Year?.ToString(CultureInfo.InvariantCulture) ?? "?", f.Status.ToSql(),
                Markup.Escape(f.Evidence.Length > 40 ? f.Evidence[..40] + "…" : f.Evidence));
        }

        console.Write(table);
    }
}
