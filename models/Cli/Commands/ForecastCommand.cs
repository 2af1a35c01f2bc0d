using Analytics.Terminal;
using System.CommandLine;
using System.Globalization;
using Analytics.Models.Forecasting;
using Analytics.Models.Store;
using Analytics.Warehouse;
using Analytics.Warehouse.Snapshots;
using Spectre.Console;

namespace Analytics.Models.Commands;

/// <summary>
/// <c>forecast --db FILE [--horizon 5] [--out CSV]</c>: backtests, forecasts every series with its
/// family's chosen model and conformal intervals, writes them into the warehouse as forecast facts
/// with the record of how they were made (replacing earlier ones, one transaction, then a snapshot)
/// and saves the models with their sidecar in <c>&lt;warehouse folder&gt;/models</c>. With
/// <c>--input</c> or <c>--demo</c> it writes the CSV only.
/// </summary>
internal static class ForecastCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new PanelInput();
        var horizon = new Option<int>("--horizon") { Description = "years ahead, 1–5", DefaultValueFactory = _ => 5 };
        var output = new Option<string?>("--out") { Description = "also write the forecasts to this CSV" };
        var noPublish = new Option<bool>("--no-publish") { Description = "commit without publishing a snapshot for readers" };
        var command = new Command("forecast", "Forecast every series with its family's best backtested model, with conformal intervals") { horizon, output, noPublish };
        input.AddTo(command);
        command.SetAction((parse, ct) => Task.FromResult(Run(
            parse, input, parse.GetValue(horizon), parse.GetValue(output), !parse.GetValue(noPublish), stdout, stderr, ct)));
        return command;
    }

    private static int Run(ParseResult parse, PanelInput input, int horizon, string? output, bool publish, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var db = parse.GetValue(input.Db);
        if (horizon is < 1 or > GlobalGrowthModel.MaxHorizon)
        {
            stderr.WriteLine($"error: --horizon must be between 1 and {GlobalGrowthModel.MaxHorizon}");
            return 1;
        }

        if (db is null && output is null)
        {
            stderr.WriteLine("error: without --db there is nowhere to write: give --out FILE");
            return 1;
        }

        var console = Consoles.For(stdout, Consoles.TableWidth);
        try
        {
            var (panel, snapshot) = input.Read(parse, ct);
            var models = ForecastModels.All();
            var report = Backtester.Run(panel, models, new BacktestOptions(MaxHorizon: GlobalGrowthModel.MaxHorizon), ct);
            var run = ForecastRun.Create(panel, report, models, horizon, ct);
            BacktestCommand.Print(console, report);
            if (output is not null)
            {
                using var writer = new StreamWriter(output);
                ForecastCsv.Write(writer, run.Values, report.Options.Levels);
                console.WriteLine($"wrote {run.Values.Count:N0} forecasts to {output}");
            }

            if (db is not null)
            {
                var written = ForecastWriter.Write(db, run.Values, ForecastRecord.Of(panel, report, horizon, snapshot), panel.Synthetic, new PublishOptions(Publish: publish), ct);
                var store = ModelStore.ForWarehouse(db);
                store.Save(Info(panel, report, run, horizon, snapshot, written), run.GlobalModels);
                console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {written.RunId}: {written.Facts:N0} forecast facts, {written.Intervals:N0} intervals (replaced {written.Replaced:N0}); snapshot {written.SnapshotId ?? "not published"}; models in {store.Directory}"));
            }

            foreach (var skip in run.Skipped.Take(10))
            {
                stderr.WriteLine("skipped: " + skip);
            }

            if (run.Skipped.Count > 10)
            {
                stderr.WriteLine($"skipped: … {run.Skipped.Count - 10} more");
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or DuckDB.NET.Data.DuckDBException or CsvHelper.CsvHelperException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }

        return 0;
    }

    internal static ForecastModelInfo Info(
        SeriesPanel panel, BacktestReport report, ForecastRun run, int horizon, string? dataSnapshot, ForecastWriteResult? written) => new(
        DateTime.UtcNow, dataSnapshot, written?.SnapshotId, written?.RunId, panel.Synthetic, horizon, report.Options.Levels,
        [.. GrowthExample.NumericFeatures, "Indicator (one-hot)"],
        panel.Series.Count, run.Values.Count,
        report.Choices.Select(c => new FamilyModelInfo(
            c.Family, c.Model, c.Mase, c.Smape, c.NaiveMase,
            run.GlobalModels.ContainsKey(c.Family) ? ModelStore.ModelFileName(c.Family) : null,
            run.GlobalModels.TryGetValue(c.Family, out var g) ? g.TrainingRows : null)).ToList(),
        report.Scores, report.Coverage, report.IndicatorCoverage);
}
