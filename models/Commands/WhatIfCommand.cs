using System.CommandLine;
using System.Globalization;
using Analytics.Models.WhatIf;
using Analytics.Warehouse;
using Spectre.Console;

namespace Analytics.Models.Commands;

/// <summary>
/// <c>whatif --db FILE --region CODE --year Y [--target-year T] [--aged-growth %] [--standard-growth %]
/// [--edge-multiplier k] [--take-up r]</c>: a planner's scenario against the status quo, each output
/// with the driver contributions that explain its change.
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
        var baseTakeUp = new Option<double>("--base-take-up") { Description = "assumed take-up in the base year", DefaultValueFactory = _ => WhatIfAssumptions.Default.BaseTakeUp };
        var income = new Option<double>("--income-growth") { Description = "assumed growth of incomes near the line, %/yr", DefaultValueFactory = _ => 0 };
        var command = new Command("whatif", "A planner's scenario against the status quo, every output explained by its drivers")
        {
            db, region, year, target, aged, standard, edge, takeUp, baseTakeUp, income,
        };
        command.SetAction((parse, ct) =>
        {
            var assumptions = WhatIfAssumptions.Default with { BaseTakeUp = parse.GetValue(baseTakeUp), IncomeGrowthPercent = parse.GetValue(income) };
            var baseYear = parse.GetValue(year);
            var drivers = new WhatIfDrivers(parse.GetValue(aged), parse.GetValue(standard), parse.GetValue(edge),
                parse.GetValue(takeUp) ?? assumptions.BaseTakeUp, parse.GetValue(target) ?? baseYear + 5);
            return Task.FromResult(Run(parse.GetValue(db)!, parse.GetValue(region)!, baseYear, drivers, assumptions, stdout, stderr));
        });
        return command;
    }

    public static int Run(string db, string region, int year, WhatIfDrivers drivers, WhatIfAssumptions assumptions, TextWriter stdout, TextWriter stderr)
    {
        WhatIfResult result;
        try
        {
            using var connection = WarehouseConnection.OpenReadOnly(db);
            result = WhatIfEngine.Run(WhatIfBaseline.FromWarehouse(connection, region, year), drivers, assumptions);
        }
        catch (Exception e) when (e is IOException or ArgumentException or DuckDB.NET.Data.DuckDBException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }

        var console = Consoles.For(stdout);
        var b = result.Baseline;
        console.WriteLine(Invariant($"{b.RegionName} ({b.RegionCode}) {b.BaseYear} → {drivers.TargetYear}{(b.Synthetic ? "  [合成数据 synthetic]" : "")}"));
        console.WriteLine(Invariant($"drivers: aged 60+ {drivers.AgedGrowthPercent:+0.##;-0.##;0}%/yr, standard {drivers.StandardGrowthPercent:+0.##;-0.##;0}%/yr, edge {drivers.EdgeMultiplier:0.##}×, take-up {drivers.TakeUpRate:0.##} (reference: status quo, take-up {result.Reference.TakeUpRate:0.##})"));
        var table = new Table().AddColumns("指标 output", "unit").AddColumn(new TableColumn(b.BaseYear.ToString(CultureInfo.InvariantCulture)).RightAligned())
            .AddColumn(new TableColumn("reference").RightAligned()).AddColumn(new TableColumn("scenario").RightAligned())
            .AddColumn(new TableColumn("change").RightAligned()).AddColumn("由何驱动 explained by");
        foreach (var o in result.Outputs)
        {
            var because = o.Contributions.Where(c => Math.Abs(c.Contribution) >= 0.005)
                .OrderByDescending(c => Math.Abs(c.Contribution))
                .Select(c => Invariant($"{c.NameZh} {c.NameEn} {c.Contribution:+#,##0.##;-#,##0.##}"));
            table.AddRow(Markup.Escape($"{o.Measure.NameZh} {o.Measure.NameEn}"), o.Measure.Unit, N(o.BaseYear), N(o.Reference), N(o.Scenario),
                Invariant($"{o.Change:+#,##0.##;-#,##0.##;0}"), Markup.Escape(string.Join("; ", because)));
        }

        console.Write(table);
        foreach (var u in result.Unavailable)
        {
            console.WriteLine($"不可用 unavailable: {u.Measure.NameZh} {u.Measure.NameEn} — {u.Reason}");
        }

        foreach (var note in b.Notes)
        {
            console.WriteLine("note: " + note);
        }

        return 0;
    }

    private static string N(double v) => v.ToString("#,##0.##", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
