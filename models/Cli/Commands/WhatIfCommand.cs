using Analytics.Terminal;
using System.CommandLine;
using System.Globalization;
using Analytics.Models.Households;
using Analytics.Models.WhatIf;
using Analytics.Warehouse;
using Spectre.Console;

namespace Analytics.Models.Commands;

/// <summary>
/// <c>whatif --db FILE --region CODE --year Y [--target-year T] [--aged-growth %] [--standard-growth %]
/// [--edge-multiplier k] [--take-up r] [--base-take-up r | --households FILE]</c>: a planner's scenario
/// against the status quo, each output with the driver contributions that explain its change. The base
/// take-up is assumed (0.8 or <c>--base-take-up</c>) unless measured on a household file.
/// </summary>
internal static class WhatIfCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var db = new Option<string>("--db") { Description = "a warehouse file or published snapshot", Required = true };
        var region = new Option<string>("--region") { Description = "GB/T 2260 code of a county, city or province", Required = true };
        var year = new Option<int>("--year") { Description = "base year", Required = true };
        var target = new Option<int?>("--target-year") { Description = "year the scenario reaches (default: base year + 5)" };
        var aged = new Option<double>("--aged-growth") { Description = "growth of residents aged 60+, %/yr", DefaultValueFactory = _ => 0 };
        var standard = new Option<double>("--standard-growth") { Description = "dibao standard growth, %/yr", DefaultValueFactory = _ => 0 };
        var edge = new Option<double>("--edge-multiplier") { Description = "edge households below k × the standard, 1.5–2", DefaultValueFactory = _ => 1.5 };
        var takeUp = new Option<double?>("--take-up") { Description = "take-up rate 0–1 (default: the assumed base take-up)" };
        var baseTakeUp = new Option<double?>("--base-take-up") { Description = "assumed take-up in the base year (default 0.8)" };
        var households = new Option<string?>("--households") { Description = "household file to measure the base take-up on (enrolled ÷ eligible persons)" };
        var income = new Option<double>("--income-growth") { Description = "assumed growth of incomes near the line, %/yr", DefaultValueFactory = _ => 0 };
        var command = new Command("whatif", "A planner's scenario against the status quo, every output explained by its drivers")
        {
            db, region, year, target, aged, standard, edge, takeUp, baseTakeUp, households, income,
        };
        command.SetAction((parse, ct) =>
        {
            var assumptions = WhatIfAssumptions.Default with { IncomeGrowthPercent = parse.GetValue(income) };
            if (parse.GetValue(baseTakeUp) is { } assumed)
            {
                if (parse.GetValue(households) is not null)
                {
                    stderr.WriteLine("error: --base-take-up 与 --households 只能选一 (the base take-up is either assumed or measured, not both)");
                    return Task.FromResult(1);
                }

                assumptions = assumptions with { BaseTakeUp = assumed };
            }

            var baseYear = parse.GetValue(year);
            return Task.FromResult(Run(parse.GetValue(db)!, parse.GetValue(region)!, baseYear, parse.GetValue(households), assumptions,
                a => new WhatIfDrivers(parse.GetValue(aged), parse.GetValue(standard), parse.GetValue(edge),
                    parse.GetValue(takeUp) ?? a.BaseTakeUp, parse.GetValue(target) ?? baseYear + 5),
                stdout, stderr, ct));
        });
        return command;
    }

    /// <summary>Runs one scenario; <paramref name="drivers"/> sees the final assumptions, so a default take-up follows a measured base.</summary>
    public static int Run(
        string db, string region, int year, string? households, WhatIfAssumptions assumptions, Func<WhatIfAssumptions, WhatIfDrivers> drivers,
        TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        WhatIfResult result;
        try
        {
            using var connection = WarehouseConnection.OpenReadOnly(db);
            if (households is not null)
            {
                using var file = HouseholdFile.Open(households, readOnly: true);
                var measured = TakeUpMeasurement.Measure(
                    connection, file, Path.GetFileName(households), HouseholdFile.IsSynthetic(file), HouseholdFile.AsOf(file), region, year, ct);
                if (measured is null)
                {
                    stderr.WriteLine($"warning: {households} 中本地区无符合条件人员，无法测算参保率 (no eligible person of {region} on file; the base take-up stays assumed)");
                }
                else
                {
                    assumptions = assumptions.WithMeasuredTakeUp(measured);
                }
            }

            result = WhatIfEngine.Run(WhatIfBaseline.FromWarehouse(connection, region, year), drivers(assumptions), assumptions);
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidDataException or DuckDB.NET.Data.DuckDBException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }

        var d = result.Drivers;

        var console = Consoles.For(stdout, Consoles.TableWidth);
        var b = result.Baseline;
        console.WriteLine(Invariant($"{b.RegionName} ({b.RegionCode}) {b.BaseYear} → {d.TargetYear}{(b.Synthetic ? "  [合成数据 synthetic]" : "")}"));
        console.WriteLine(Invariant($"drivers: aged 60+ {d.AgedGrowthPercent:+0.##;-0.##;0}%/yr, standard {d.StandardGrowthPercent:+0.##;-0.##;0}%/yr, edge {d.EdgeMultiplier:0.##}×, take-up {d.TakeUpRate:0.###} (reference: status quo, take-up {result.Reference.TakeUpRate:0.###})"));
        var table = new Table().AddColumns("指标 output", "unit").AddColumn(new TableColumn(b.BaseYear.ToString(CultureInfo.InvariantCulture)).RightAligned())
            .AddColumn(new TableColumn("reference").RightAligned()).AddColumn(new TableColumn("scenario").RightAligned())
            .AddColumn(new TableColumn("change").RightAligned()).AddColumn("由何驱动 explained by");
        foreach (var o in result.Outputs)
        {
            var because = o.Moved.Where(c => Math.Abs(c.Contribution) >= 0.005).Select(WhatIfWords.Contribution);
            table.AddRow(Markup.Escape($"{o.Measure.NameZh} {o.Measure.NameEn}"), o.Measure.Unit, N(o.BaseYear), N(o.Reference), N(o.Scenario),
                Invariant($"{o.Change:+#,##0.##;-#,##0.##;0}"), Markup.Escape(string.Join("; ", because)));
        }

        console.Write(table);
        foreach (var u in result.Unavailable)
        {
            console.WriteLine(WhatIfWords.Note(u));
        }

        foreach (var note in result.Notes)
        {
            console.WriteLine("note: " + WhatIfWords.Note(note));
        }

        return 0;
    }

    private static string N(double v) => v.ToString("#,##0.##", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
