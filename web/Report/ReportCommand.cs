using Analytics.Terminal;
using System.CommandLine;
using Analytics.Web.Pages;
using Analytics.Web.Serving;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Analytics.Web.Report;

/// <summary>
/// <c>analytics-web report --snapshots DIR --province 330000 [--year 2024] [--lang en] --out DIR</c>:
/// the Word report of every county-level division of a province with data that year (the others are
/// named), and the province's own, from one
/// snapshot (held for the whole run, so every file reads the same data), with a progress bar. Each
/// file is written under a temporary name and renamed, so a folder never holds half a report.
/// </summary>
public static class ReportCommand
{
    public static async Task<int> Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var snapshots = new Option<string>("--snapshots") { Description = "the published snapshot folder (data/snapshots)", Required = true };
        var province = new Option<string>("--province") { Description = "6-digit province code, e.g. 330000", Required = true };
        var year = new Option<int?>("--year") { Description = "assessment year (default: the province's latest scored year)" };
        var english = new Option<bool>("--english") { Description = "write the reports in English" };
        var output = new Option<string>("--out") { Description = "folder to write the .docx files into", Required = true };
        var command = new RootCommand("Write the Word report of every district of a province") { snapshots, province, year, english, output };
        command.SetAction((parse, ct) => Task.FromResult(Write(
            parse.GetValue(snapshots)!, parse.GetValue(province)!, parse.GetValue(year), parse.GetValue(english), parse.GetValue(output)!, stdout, stderr, ct)));
        return await command.Parse(args).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static int Write(string snapshots, string province, int? year, bool english, string output, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (!RegionCodes.IsProvince(province))
        {
            stderr.WriteLine($"error: --province '{province}' is no province code (6 digits ending in 0000)");
            return 2;
        }

        if (!Directory.Exists(snapshots))
        {
            stderr.WriteLine($"error: --snapshots '{snapshots}' is no folder");
            return 2;
        }

        using var memo = new SnapshotMemo(SnapshotMemo.DefaultEntries);
        using var database = new ScorecardDatabase(Options.Create(new WarehouseOptions { Snapshots = snapshots }), memo);
        if (database.CurrentSnapshotId is null)
        {
            stderr.WriteLine($"error: no snapshot has been published in '{snapshots}'");
            return 1;
        }

        var http = new DefaultHttpContext();
        var query = new List<KeyValuePair<string, string?>>();
        if (year is { } asked)
        {
            query.Add(new("year", asked.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (english)
        {
            query.Add(new("lang", "en"));
        }

        // The pages read their year and language from the request: the command hands them one of its own.
        http.Request.QueryString = QueryString.Create(query);
        ScorecardContext ctx;
        try
        {
            ctx = ScorecardContext.Open(database, http.Request, ct, province);
        }
        catch (BadParameterException e)
        {
            stderr.WriteLine(e.Parameter == "year"
                ? $"error: --year {year}: {province} has no data that year ({e.Text(english: true)})"
                : $"error: --province {province} is not in the gazetteer ({e.Text(english: true)})");
            return 2;
        }

        using var _ = ctx;
        if (ctx.Province != province)
        {
            stderr.WriteLine($"error: --province {province} is not in the gazetteer");
            return 2;
        }

        if (year is { } y && !ctx.Years.Contains(y))
        {
            stderr.WriteLine($"error: --year {y}: {province} has no data that year ({(ctx.Years.Count > 0 ? $"{ctx.Years.Min()}–{ctx.Years.Max()}" : "none")})");
            return 2;
        }

        Directory.CreateDirectory(output);
        // As on the overview, a district with no data for the year is named, not given a report of blanks.
        var board = ctx.Scoreboard(province, ctx.Year).Districts;
        var districts = board.Where(d => d.Score.Coverage > 0).Select(d => d.Region).ToList();
        var empty = board.Where(d => d.Score.Coverage == 0).Select(d => ctx.Lang.Region(d.Region)).ToList();
        var written = 0;
        Consoles.For(stdout, Consoles.TableWidth).Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask(Markup.Escape(ctx.Lang.T($"{ctx.ProvinceName} {ctx.Year}年报告", $"{ctx.ProvinceName} {ctx.Year} reports")), maxValue: districts.Count + 1);
                Save(output, ReportFiles.Name(province, ctx.Year, ctx.Lang), ProvinceReport.Build(ctx));
                task.Increment(1);
                foreach (var district in districts)
                {
                    ct.ThrowIfCancellationRequested();
                    if (DistrictReport.Build(ctx, district.Code) is { } docx)
                    {
                        Save(output, ReportFiles.Name(district.Code, ctx.Year, ctx.Lang), docx);
                        written++;
                    }

                    task.Increment(1);
                }
            });
        stdout.WriteLine($"wrote {written} district reports and the province's to {Path.GetFullPath(output)} (snapshot {ctx.Session.SnapshotId})");
        if (empty.Count > 0)
        {
            stdout.WriteLine($"no data in {ctx.Year}, no report: {string.Join(", ", empty)}");
        }
        return 0;
    }

    private static void Save(string folder, string name, byte[] bytes)
    {
        var temp = Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, Path.Combine(folder, name), overwrite: true);
    }
}
