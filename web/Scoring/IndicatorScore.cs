namespace Analytics.Web.Scoring;

/// <summary>
/// A district on one target. <see cref="Value"/> is the warehouse value in the indicator's unit;
/// <see cref="Measured"/> is that value on the target's basis (per 10,000 residents, ÷ another
/// indicator, as a share of an economic base, …), which is what the threshold is compared with, and
/// <see cref="Against"/> what it was divided by for the relative bases. <see cref="Attainment"/> is
/// uncapped (it decides the status); <see cref="Credit"/> is capped (it enters the scores). Gap is
/// positive when ahead of the target (for a range: above its low end only when above the range).
/// </summary>
public sealed record IndicatorScore(
    ScoreTarget Target,
    decimal? Value,
    decimal? Measured,
    decimal? Attainment,
    decimal? Credit,
    decimal? Gap,
    TargetStatus Status,
    MissingReason? MissingReason,
    Reference? Against = null);
