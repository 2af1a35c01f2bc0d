namespace Analytics.Etl.Review;

/// <summary>
/// Which readings a review export lists: those of one region (a county, or every county of a city
/// or province), one year, and whether readings already reviewed come too (<see cref="All"/>).
/// </summary>
public sealed record ReviewFilter(string? RegionCode = null, int? Year = null, bool All = false);
