namespace Analytics.Web.Scoring;

/// <summary>
/// A district on one target. <see cref="Value"/> is the warehouse value in the indicator's unit;
/// <see cref="Measured"/> is that value on the target's basis (per 10,000 residents, …), which is
/// what the threshold is compared with. <see cref="Attainment"/> is uncapped (it decides the status);
/// <see cref="Credit"/> is capped (it enters the scores). Gap is positive when ahead of the target.
/// </summary>
public sealed record IndicatorScore(
    ScoreTarget Target,
    decimal? Value,
    decimal? Measured,
    decimal? Attainment,
    decimal? Credit,
    decimal? Gap,
    TargetStatus Status,
    string? MissingReason);
