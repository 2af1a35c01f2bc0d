using System.Globalization;
using Analytics.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Models.Microsimulation;

/// <summary>
/// Scales a household file's counts to the resident population (warehouse <c>population</c>,
/// residents ÷ persons on file) and checks the baseline's simulated enrolled households against
/// the reported 在册 dibao households (<c>preferred_facts</c> dibao_households, actual, the as-of
/// year or the year before). A full roster is not scaled.
/// </summary>
public sealed class Calibrator(double tolerance, bool fullRoster)
{
    public IReadOnlyList<RegionSimulation> Apply(IReadOnlyList<RegionSimulation> regions, string warehouse, DateOnly asOf, CancellationToken ct)
    {
        using var connection = WarehouseConnection.OpenReadOnly(warehouse);
        var residents = Latest(connection, """
            SELECT region_code, arg_max(residents, year)::DOUBLE, max(year) FROM population
            WHERE residents IS NOT NULL AND year <= $year GROUP BY region_code
            """, asOf.Year, ct);
        var reported = Latest(connection, """
            SELECT region_code, arg_max(value, year)::DOUBLE, max(year) FROM preferred_facts
            WHERE indicator = 'dibao_households' AND status = 'actual' AND segment IS NULL AND value IS NOT NULL
              AND year IN ($year, $previous)
            GROUP BY region_code
            """, asOf.Year, ct);
        return [.. regions.Select(r => Check(r, Find(residents, r.RegionCode), Find(reported, r.RegionCode)))];
    }

    public RegionSimulation Check(RegionSimulation region, (double Value, int Year)? residents, (double Value, int Year)? reported)
    {
        double? scale = fullRoster ? 1 : residents is { } p && region.PersonsOnFile > 0 ? p.Value / region.PersonsOnFile : null;
        var scaled = region with
        {
            Scale = scale ?? 1,
            Baseline = Scaled(region.Baseline, scale ?? 1),
            Reform = Scaled(region.Reform, scale ?? 1),
        };
        if (reported is not { } r)
        {
            return scaled with { Calibration = new Calibration(CalibrationStatus.Unchecked, null, null, null, "no reported dibao households for the year") };
        }

        if (scale is null)
        {
            return scaled with { Calibration = new Calibration(CalibrationStatus.Unchecked, r.Value, r.Year, null, "no resident population to scale the file by") };
        }

        var error = r.Value > 0 ? (scaled.Baseline.EnrolledHouseholds - r.Value) / r.Value : double.PositiveInfinity;
        var within = Math.Abs(error) <= tolerance;
        var note = string.Create(CultureInfo.InvariantCulture,
            $"simulated {scaled.Baseline.EnrolledHouseholds:N0} against reported {r.Value:N0} ({error:+0.0%;-0.0%}, tolerance ±{tolerance:0%})");
        return scaled with { Calibration = new Calibration(within ? CalibrationStatus.Within : CalibrationStatus.Missed, r.Value, r.Year, error, note) };
    }

    private static (double, int)? Find(Dictionary<string, (double, int)> found, string region) =>
        found.TryGetValue(region, out var value) ? value : null;

    private static SimulationOutcome Scaled(SimulationOutcome o, double k) => o with
    {
        EligibleHouseholds = o.EligibleHouseholds * k,
        EligiblePersons = o.EligiblePersons * k,
        EligibleCost = o.EligibleCost * k,
        EnrolledHouseholds = o.EnrolledHouseholds * k,
        EnrolledPersons = o.EnrolledPersons * k,
        EnrolledCost = o.EnrolledCost * k,
    };

    private static Dictionary<string, (double, int)> Latest(DuckDBConnection connection, string sql, int year, CancellationToken ct)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new DuckDBParameter("year", year));
        if (sql.Contains("$previous", StringComparison.Ordinal))
        {
            command.Parameters.Add(new DuckDBParameter("previous", year - 1));
        }
        using var _ = ct.Register(command.Cancel);
        using var reader = command.ExecuteReader();
        var found = new Dictionary<string, (double, int)>(StringComparer.Ordinal);
        while (reader.Read())
        {
            found[reader.GetString(0)] = (reader.GetDouble(1), reader.GetInt32(2));
        }

        return found;
    }
}
