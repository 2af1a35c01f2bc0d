using Analytics.Warehouse.Targets;

namespace Analytics.Web.Scoring;

/// <summary>
/// One target as the scorer needs it: the indicator and its family, how the district's measured value
/// must compare (at least, at most, equal, inside <see cref="Threshold"/>…<see cref="ThresholdHigh"/>)
/// on which basis (as it is, per head, or relative to <see cref="Of"/> — another indicator, or an
/// economic base <see cref="Lag"/> years back), and its weight in the composite.
/// </summary>
public sealed record ScoreTarget(
    string Indicator,
    string Family,
    TargetComparator Comparator,
    decimal Threshold,
    TargetBasis Basis,
    decimal Weight,
    decimal? ThresholdHigh = null,
    string? Of = null,
    int Lag = 0);
