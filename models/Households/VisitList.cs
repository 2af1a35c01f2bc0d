using System.Globalization;
using Analytics.Warehouse.Export;
using DuckDB.NET.Data;

namespace Analytics.Models.Households;

/// <summary>
/// A township's visit list: its K highest-risk households from the last score run, each under a
/// keyed pseudonym with its risk and top three reasons. Households already on dibao have a case
/// worker and are left out unless asked for. No internal id, name or ID number is written.
/// </summary>
public static class VisitList
{
    public sealed record Visit(string Pseudonym, string TownshipCode, double Risk, IReadOnlyList<string> Reasons);

    public static IReadOnlyList<Visit> Build(
        DuckDBConnection households, RiskModel model, Pseudonymiser pseudonymiser, string township, int top, bool includeEnrolled, CancellationToken ct)
    {
        var asOf = HouseholdFile.AsOf(households);
        var risk = new Dictionary<long, double>();
        using (var command = households.CreateCommand())
        {
            command.CommandText = $"""
                SELECT s.household_id, s.risk FROM risk_scores s JOIN households h USING (household_id)
                WHERE h.township_code = $township {(includeEnrolled ? "" : "AND h.assistance <> 'dibao'")}
                ORDER BY s.risk DESC, s.household_id LIMIT $top
                """;
            command.Parameters.Add(new DuckDBParameter("township", township));
            command.Parameters.Add(new DuckDBParameter("top", top));
            using var _ = ct.Register(command.Cancel);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                risk[reader.GetInt64(0)] = reader.GetDouble(1);
            }
        }

        var chosen = HouseholdReader.Read(households, asOf, township, ct).Where(h => risk.ContainsKey(h.Household.Id))
            .OrderByDescending(h => risk[h.Household.Id]).ThenBy(h => h.Household.Id).ToList();
        var reasons = model.Reasons(chosen);
        return [.. chosen.Select((h, i) => new Visit(
            pseudonymiser.Of(h.Household.Id), h.Household.TownshipCode, risk[h.Household.Id], [.. reasons[i].Select(RiskFeatures.Describe)]))];
    }

    public static void WriteCsv(TextWriter writer, IReadOnlyList<Visit> visits, bool synthetic)
    {
        using var csv = new CsvFile(writer, newLine: "\n", leaveOpen: true);
        csv.Row(["pseudonym", "township_code", "risk", "reason_1", "reason_2", "reason_3", "synthetic"]);
        foreach (var v in visits)
        {
            csv.Cell(v.Pseudonym);
            csv.Cell(v.TownshipCode);
            csv.Value(v.Risk.ToString("0.0000", CultureInfo.InvariantCulture));
            for (var i = 0; i < 3; i++)
            {
                csv.Cell(i < v.Reasons.Count ? v.Reasons[i] : null);
            }

            csv.Value(synthetic ? "true" : "false");
            csv.EndRow();
        }
    }
}
