using Analytics.Terminal;
using System.CommandLine;
using System.Globalization;
using Analytics.Models.Forecasting;
using Analytics.Warehouse;
using Spectre.Console;

namespace Analytics.Models.Commands;

/// <summary>
/// <c>backtest [--input FILE | --db FILE | --demo]</c>: rolling-origin backtest of every model; per
/// family a table of sMAPE and MASE per model and horizon, the chosen model, and the measured
/// coverage of its conformal intervals over the family and per indicator. <c>--calibration pooled</c>
/// measures the earlier family-pooled widths, for comparison.
/// </summary>
internal static class BacktestCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new PanelInput();
        var horizon = new Option<int>("--horizon") { Description = "years ahead, 1–5", DefaultValueFactory = _ => 5 };
        var calibration = new Option<IntervalCalibration>("--calibration")
        {
            Description = "intervals per indicator (PerIndicator, the default) or pooled over the family (Pooled)",
            DefaultValueFactory = _ => IntervalCalibration.PerIndicator,
        };
        var command = new Command("backtest", "Rolling-origin backtest: sMAPE and MASE per model and horizon, chosen model per family, interval coverage") { horizon, calibration };
        input.AddTo(command);
        command.SetAction((parse, ct) => Task.FromResult(Run(parse, input, parse.GetValue(horizon), parse.GetValue(calibration), stdout, stderr, ct)));
        return command;
    }

    private static int Run(ParseResult parse, PanelInput input, int horizon, IntervalCalibration calibration, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (horizon is < 1 or > GlobalGrowthModel.MaxHorizon)
        {
            stderr.WriteLine($"error: --horizon must be between 1 and {GlobalGrowthModel.MaxHorizon}");
            return 1;
        }

        BacktestReport report;
        try
        {
            var (panel, _) = input.Read(parse, ct);
            report = Backtester.Run(panel, ForecastModels.All(), new BacktestOptions(MaxHorizon: horizon) { Calibration = calibration }, ct);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or DuckDB.NET.Data.DuckDBException or CsvHelper.CsvHelperException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }

        Print(Consoles.For(stdout, Consoles.TableWidth), report);
        return report.Choices.Count == 0 ? 1 : 0;
    }

    internal static void Print(IAnsiConsole console, BacktestReport report)
    {
        if (report.Choices.Count == 0)
        {
            console.WriteLine($"回测无结果：序列需至少 {report.Options.MinTrainLength + 1} 年 (no backtest: series need at least {report.Options.MinTrainLength + 1} years)");
        }

        foreach (var choice in report.Choices)
        {
            var scores = report.Scores.Where(s => s.Family == choice.Family).ToList();
            var horizons = scores.Select(s => s.Horizon).Distinct().Order().ToList();
            var table = new Table().Title(Markup.Escape($"{choice.Family} — sMAPE % / MASE ({scores.Where(s => s.Comparable).Max(s => s.Points):N0} common points at h=1)"))
                .AddColumn("model");
            foreach (var h in horizons)
            {
                table.AddColumn(new TableColumn("h=" + h.ToString(CultureInfo.InvariantCulture)).RightAligned());
            }

            table.AddColumn(new TableColumn("mean MASE").RightAligned());
            foreach (var model in scores.Select(s => s.Model).Distinct())
            {
                var own = scores.Any(s => s.Model == model && !s.Comparable) ? " (own points, too few to compare)" : "";
                var cells = new List<string> { (model == choice.Model ? $"[bold]{model}[/] ✓" : model) + own };
                cells.AddRange(horizons.Select(h => scores.FirstOrDefault(s => s.Model == model && s.Horizon == h) is { } s
                    ? string.Create(CultureInfo.InvariantCulture, $"{s.Smape:F1}/{s.Mase:F2}") : "—"));
                cells.Add(scores.Where(s => s.Model == model).Average(s => s.Mase).ToString("F3", CultureInfo.InvariantCulture));
                table.AddRow(cells.ToArray());
            }

            console.Write(table);
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"选用 chosen: {choice.Model}, MASE {choice.Mase:F3} (naive {choice.NaiveMase:F3})"));
            var coverage = report.Coverage.Where(c => c.Family == choice.Family && c.Model == choice.Model).OrderBy(c => c.Level).ThenBy(c => c.Horizon).ToList();
            if (coverage.Count > 0)
            {
                console.WriteLine("区间实测覆盖率 measured interval coverage: " + string.Join("; ", coverage.Select(c =>
                    string.Create(CultureInfo.InvariantCulture, $"{c.Level:P0} h={c.Horizon}: {c.Coverage:P1} (n={c.Points})"))));
            }

            foreach (var indicator in report.IndicatorCoverage.Where(c => c.Family == choice.Family && c.Model == choice.Model).GroupBy(c => c.Indicator))
            {
                console.WriteLine($"  {indicator.Key}: " + string.Join("; ", indicator.OrderBy(c => c.Level).ThenBy(c => c.Horizon).Select(c =>
                    string.Create(CultureInfo.InvariantCulture, $"{c.Level:P0} h={c.Horizon}: {c.Coverage:P1} (n={c.Points}{(c.Pooled > 0 && report.Options.Calibration == IntervalCalibration.PerIndicator ? $", pooled {c.Pooled}" : "")})"))));
            }

            console.WriteLine();
        }
    }
}
