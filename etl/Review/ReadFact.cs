namespace Analytics.Etl.Review;

/// <summary>
/// What the warehouse holds for one fact key: the reading a review sheet's row must restate
/// unchanged, and everything a correction carries over from it.
/// </summary>
public sealed record ReadFact(
    long FactId,
    string? RegionCode,
    string? RegionName,
    string Indicator,
    int? Year,
    int? PeriodStart,
    decimal? Value,
    string Unit,
    Qualifier Qualifier,
    FactStatus Status,
    Segment? Segment,
    bool Synthetic);
