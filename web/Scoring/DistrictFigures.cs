namespace Analytics.Web.Scoring;

/// <summary>
/// What one district is scored on for one year: its preferred values by indicator (null = masked),
/// its population, and the economic bases that reach it (its own, else its city's or province's),
/// by base and year.
/// </summary>
public sealed record DistrictFigures(
    int Year,
    IReadOnlyDictionary<string, decimal?> Values,
    Residents? Residents,
    IReadOnlyDictionary<(string Base, int Year), Reference> Bases)
{
    public static readonly IReadOnlyDictionary<(string Base, int Year), Reference> NoBases =
        new Dictionary<(string Base, int Year), Reference>();

    /// <summary>Values and population only, no economic bases.</summary>
    public static DistrictFigures Of(int year, IReadOnlyDictionary<string, decimal?> values, Residents? residents) =>
        new(year, values, residents, NoBases);
}

/// <summary>
/// The figure a relative target divides by: the other indicator's value (ratio, share), or the economic
/// base with the region and year it is the figure of (a city's consumption expenditure, last year).
/// </summary>
public sealed record Reference(decimal Value, string? RegionCode = null, int? Year = null);
