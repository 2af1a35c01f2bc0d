using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

namespace Analytics.Models.Microsimulation;

/// <summary>
/// The dibao what-if over a household file, in DuckDB SQL: for the standard in force on the as-of
/// date (from the file's dated <c>standards</c> history) and a reformed one per county, the eligible
/// households and persons, the gap-filling cost, and the expected enrolled figures under take-up.
/// One pass over the households answers every county.
/// </summary>
public sealed class Microsimulation(DuckDBConnection households)
{
    /// <summary>The standard each county had on <paramref name="asOf"/> (yuan per person per month).</summary>
    public IReadOnlyDictionary<string, decimal> StandardsOn(DateOnly asOf, CancellationToken ct)
    {
        using var command = households.CreateCommand();
        command.CommandText = """
            SELECT region_code, arg_max(standard_yuan_per_person_month, valid_from)
            FROM standards WHERE valid_from <= $as_of GROUP BY region_code
            """;
        command.Parameters.Add(new DuckDBParameter("as_of", asOf.ToDateTime(TimeOnly.MinValue)));
        using var _ = ct.Register(command.Cancel);
        using var reader = command.ExecuteReader();
        var standards = new Dictionary<string, decimal>(StringComparer.Ordinal);
        while (reader.Read())
        {
            standards[reader.GetString(0)] = reader.GetDecimal(1);
        }

        return standards;
    }

    /// <summary>
    /// Baseline against reform for every county with a standard on <paramref name="asOf"/>.
    /// Take-up per county is the file's own (enrolled eligible ÷ eligible at baseline) unless
    /// <paramref name="takeUp"/> overrides it. Under the reform, enrolled households that stay eligible
    /// stay enrolled and the newly eligible enrol at the take-up rate; an explicit take-up instead
    /// applies one flat rate to every eligible household, baseline and reform alike. Counts are raw (scale 1):
    /// <see cref="Calibrator"/> scales them to the population.
    /// </summary>
    public IReadOnlyList<RegionSimulation> Run(DateOnly asOf, IReadOnlyList<StandardChange> changes, double? takeUp, CancellationToken ct)
    {
        var baseline = StandardsOn(asOf, ct);
        if (baseline.Count == 0)
        {
            return [];
        }

        var values = new StringBuilder();
        var reform = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (region, standard) in baseline.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var changed = changes.Where(c => c.AppliesTo(region)).Aggregate(standard, (s, c) => c.Apply(s));
            reform[region] = changed;
            values.Append(values.Length == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture,
                $"({reform.Count}, '{Digits(region)}', {standard.ToString(CultureInfo.InvariantCulture)}, {changed.ToString(CultureInfo.InvariantCulture)})");
        }

        using var command = households.CreateCommand();
        // Only households under the higher of the two lines add to anything but the totals: a
        // filter against the highest standard anywhere is pushed into the scan, so the join and the
        // aggregates see a few percent of the rows; grouping by a small integer (not the code
        // string) lets DuckDB use its perfect-hash aggregate.
        var ceiling = baseline.Keys.Max(r => Math.Max(baseline[r], reform[r]));
        command.CommandText = $"""
            WITH params(idx, region_code, base_std, reform_std) AS (VALUES {values}),
            totals AS (SELECT region_code, count(*) AS households, sum(members)::DOUBLE AS persons FROM households GROUP BY region_code),
            h AS (
                SELECT p.idx, hh.members::DOUBLE AS members, hh.assistance = 'dibao' AS enrolled,
                       p.base_std::DOUBLE * hh.members - hh.monthly_income AS base_gap,
                       p.reform_std::DOUBLE * hh.members - hh.monthly_income AS reform_gap
                FROM households hh JOIN params p USING (region_code)
                WHERE hh.monthly_income < {ceiling.ToString(CultureInfo.InvariantCulture)} * hh.members
                  AND hh.monthly_income < greatest(p.base_std, p.reform_std)::DOUBLE * hh.members),
            flags AS (
                SELECT idx, members, base_gap, reform_gap,
                       (base_gap > 0)::DOUBLE AS b, (enrolled AND base_gap > 0)::DOUBLE AS be,
                       (reform_gap > 0)::DOUBLE AS r, (enrolled AND reform_gap > 0)::DOUBLE AS re,
                       (NOT enrolled AND base_gap <= 0 AND reform_gap > 0)::DOUBLE AS n
                FROM h),
            poor AS (
                SELECT idx,
                    sum(b) AS c1, sum(b * members) AS c2, sum(b * base_gap) AS c3,
                    sum(be) AS c4, sum(be * members) AS c5, sum(be * base_gap) AS c6,
                    sum(r) AS c7, sum(r * members) AS c8, sum(r * reform_gap) AS c9,
                    sum(re) AS c10, sum(re * members) AS c11, sum(re * reform_gap) AS c12,
                    sum(n) AS c13, sum(n * members) AS c14, sum(n * reform_gap) AS c15
                FROM flags GROUP BY idx)
            SELECT region_code, t.households, t.persons,
                coalesce(c1, 0), coalesce(c2, 0), coalesce(c3, 0), coalesce(c4, 0), coalesce(c5, 0), coalesce(c6, 0), coalesce(c7, 0),
                coalesce(c8, 0), coalesce(c9, 0), coalesce(c10, 0), coalesce(c11, 0), coalesce(c12, 0), coalesce(c13, 0), coalesce(c14, 0), coalesce(c15, 0)
            FROM totals t JOIN params p USING (region_code) LEFT JOIN poor USING (idx)
            ORDER BY region_code
            """;
        using var _ = ct.Register(command.Cancel);
        using var reader = command.ExecuteReader();
        var results = new List<RegionSimulation>();
        while (reader.Read())
        {
            double D(int i) => Convert.ToDouble(reader.GetValue(i), CultureInfo.InvariantCulture);
            var region = reader.GetString(0);
            var rate = takeUp ?? (D(3) > 0 ? D(6) / D(3) : 0);
            var before = new SimulationOutcome(baseline[region], D(3), D(4), D(5) * 12,
                takeUp is null ? D(6) : rate * D(3), takeUp is null ? D(7) : rate * D(4), (takeUp is null ? D(8) : rate * D(5)) * 12);
            var after = takeUp is null
                ? new SimulationOutcome(reform[region], D(9), D(10), D(11) * 12, D(12) + (rate * D(15)), D(13) + (rate * D(16)), (D(14) + (rate * D(17))) * 12)
                : new SimulationOutcome(reform[region], D(9), D(10), D(11) * 12, rate * D(9), rate * D(10), rate * D(11) * 12);
            results.Add(new RegionSimulation(region, reader.GetInt64(1), D(2), rate, 1, before, after,
                new Calibration(CalibrationStatus.Unchecked, null, null, null, "not calibrated")));
        }

        return results;
    }

    private static string Digits(string code) =>
        code.All(char.IsAsciiDigit) ? code : throw new InvalidDataException($"region code '{code}' in the standards table is not numeric");
}
