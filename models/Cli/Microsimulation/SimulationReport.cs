using Analytics.Terminal;
using System.Globalization;
using Analytics.Models.Households;
using Analytics.Warehouse;
using Spectre.Console;

namespace Analytics.Models.Microsimulation;

/// <summary>Prints a what-if: one row per county and a total, reform against baseline, with the calibration verdict.</summary>
public static class SimulationReport
{
    public static void Write(TextWriter writer, IReadOnlyList<RegionSimulation> results, DateOnly asOf, bool synthetic, TimeSpan elapsed)
    {
        var console = Consoles.For(writer);
        var table = new Table().Title(string.Create(CultureInfo.InvariantCulture, $"低保测算 dibao what-if, standards of {asOf:yyyy-MM-dd}{(synthetic ? " — 合成数据 SYNTHETIC" : "")}"))
            .AddColumns("县区 county", "标准 standard", "符合条件户 eligible hh", "人 persons", "在册户 enrolled hh", "年支出 cost (万元)", "take-up", "校准 calibration", "可信 trusted");
        foreach (var r in results)
        {
            table.AddRow(
                r.RegionCode,
                Pair(r.Baseline.Standard, r.Reform.Standard, "0"),
                Pair(r.Baseline.EligibleHouseholds, r.Reform.EligibleHouseholds, "N0"),
                Pair(r.Baseline.EligiblePersons, r.Reform.EligiblePersons, "N0"),
                Pair(r.Baseline.EnrolledHouseholds, r.Reform.EnrolledHouseholds, "N0"),
                Pair(r.Baseline.EnrolledCost / 10_000, r.Reform.EnrolledCost / 10_000, "N1"),
                r.TakeUp.ToString("0%", CultureInfo.InvariantCulture),
                Markup.Escape(r.Calibration.Status + ": " + r.Calibration.Note),
                r.Trustworthy ? "是 yes" : "否 no");
        }

        console.Write(table);
        var trusted = results.Where(r => r.Trustworthy).ToList();
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"total: eligible {Sum(results, o => o.EligibleHouseholds, false):N0} → {Sum(results, o => o.EligibleHouseholds, true):N0} households; enrolled {Sum(results, o => o.EnrolledHouseholds, false):N0} → {Sum(results, o => o.EnrolledHouseholds, true):N0}; cost {Sum(results, o => o.EnrolledCost, false) / 10_000:N1} → {Sum(results, o => o.EnrolledCost, true) / 10_000:N1} 万元/year"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"trustworthy (baseline within tolerance of the reported 在册 count): {trusted.Count} of {results.Count} counties; simulated in {elapsed.TotalMilliseconds:N0} ms"));
    }

    private static double Sum(IReadOnlyList<RegionSimulation> results, Func<SimulationOutcome, double> value, bool reform) =>
        results.Sum(r => value(reform ? r.Reform : r.Baseline));

    private static string Pair(double before, double after, string format) =>
        before.ToString(format, CultureInfo.InvariantCulture) + " → " + after.ToString(format, CultureInfo.InvariantCulture);

    private static string Pair(decimal before, decimal after, string format) =>
        before.ToString(format, CultureInfo.InvariantCulture) + " → " + after.ToString(format, CultureInfo.InvariantCulture);
}
