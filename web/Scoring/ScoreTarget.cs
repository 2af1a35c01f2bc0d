namespace Analytics.Web.Scoring;

/// <summary>
/// One provincial target as the scorer needs it: the indicator, its family, how the district value
/// is compared (<c>&gt;=</c>, <c>&lt;=</c>, <c>=</c>) on which basis (absolute, per 10,000 residents,
/// per 1,000 residents aged 60+, percent), and its weight in the composite.
/// </summary>
public sealed record ScoreTarget(
    string Indicator,
    string Family,
    string Comparator,
    decimal Threshold,
    string Basis,
    decimal Weight);
