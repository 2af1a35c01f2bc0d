namespace Analytics.Web.Scoring;

/// <summary>
/// A district's scores for one year: the composite and family sub-scores (weighted means of capped
/// attainment over targets with data, 0–<see cref="Scorer.Cap"/>), the share of target weight that
/// had data, and whether that share is enough to rank.
/// </summary>
public sealed record DistrictScore(
    string RegionCode,
    IReadOnlyList<IndicatorScore> Indicators,
    decimal? Composite,
    decimal Coverage,
    IReadOnlyDictionary<string, decimal?> Families)
{
    /// <summary>Ranked only with a composite and at least <see cref="Scorer.MinCoverage"/> of the target weight covered.</summary>
    public bool Rankable => Composite is not null && Coverage >= Scorer.MinCoverage;
}
