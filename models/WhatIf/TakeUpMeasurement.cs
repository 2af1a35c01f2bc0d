using DuckDB.NET.Data;

namespace Analytics.Models.WhatIf;

/// <summary>
/// A base-year take-up measured on a household file by the microsimulation: enrolled eligible
/// persons ÷ eligible persons (per-capita income below the standard in force on
/// <paramref name="AsOf"/>) over the region's counties on file.
/// </summary>
/// <param name="Source">The household file's name (not its path).</param>
/// <param name="Synthetic">The household file is synthetic (generated), so the rate is too.</param>
public sealed record TakeUpMeasurement(
    double TakeUp, string Source, DateOnly AsOf, double EligiblePersons, double EnrolledPersons, int Counties, bool Synthetic)
{
    /// <summary>
    /// Measures the take-up of <paramref name="regionCode"/> (a county, or the current counties of a
    /// city or province, as in <see cref="WhatIfBaseline.FromWarehouse"/>) on an open household file;
    /// null when the file holds no eligible person there, so nothing can be measured.
    /// </summary>
    public static TakeUpMeasurement? Measure(
        DuckDBConnection warehouse, DuckDBConnection households, string source, bool synthetic, DateOnly asOf, string regionCode, int year, CancellationToken ct)
    {
        var counties = BaselineQuery.CountyCodes(warehouse, regionCode, year);
        var simulated = new Microsimulation.Microsimulation(households).Run(asOf, [], null, ct)
            .Where(r => counties.Contains(r.RegionCode))
            .ToList();
        var eligible = simulated.Sum(r => r.Baseline.EligiblePersons);
        if (eligible <= 0)
        {
            return null;
        }

        // Without a take-up override the baseline's enrolled figures are the file's own enrolled eligible.
        var enrolled = simulated.Sum(r => r.Baseline.EnrolledPersons);
        return new TakeUpMeasurement(enrolled / eligible, source, asOf, eligible, enrolled, simulated.Count, synthetic);
    }
}
