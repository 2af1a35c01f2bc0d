using DuckDB.NET.Data;

namespace Analytics.Models.WhatIf;

/// <summary>
/// What a region looked like in the base year: the warehouse's preferred actual values (no
/// urban/rural segment) and population, plus the province's targets. A null is a value the
/// warehouse does not hold; outputs that need it are reported unavailable, never guessed.
/// </summary>
/// <param name="DibaoStandard">Yuan per person per month.</param>
/// <param name="DibaoPayments">Ten-thousand yuan (万元) in the base year.</param>
/// <param name="BedsPer1000AgedTarget">Elderly-care beds per 1,000 residents aged 60+.</param>
/// <param name="SocialWorkersPer10kTarget">Certified social workers per 10,000 residents.</param>
/// <param name="Notes">Where aggregates and targets came from, for the reader.</param>
public sealed record WhatIfBaseline(
    string RegionCode,
    string RegionName,
    int BaseYear,
    double? Residents,
    double? Aged60Plus,
    double? DibaoPersons,
    double? DibaoHouseholds,
    double? DibaoStandard,
    double? DibaoPayments,
    double? ElderlyBeds,
    double? FuneralSubsidyPersons,
    double? CertifiedSocialWorkers,
    double? BedsPer1000AgedTarget,
    double? SocialWorkersPer10kTarget,
    bool Synthetic,
    IReadOnlyList<WhatIfNote> Notes)
{
    /// <summary>
    /// Reads a county, or a city or province (its own values, else the sum over its counties when
    /// every county has the value), for one base year.
    /// </summary>
    public static WhatIfBaseline FromWarehouse(DuckDBConnection readOnly, string regionCode, int year) =>
        BaselineQuery.Read(readOnly, regionCode, year);
}
