using Analytics.Warehouse.Targets;

namespace Analytics.Web.Scoring;

/// <summary>
/// The scoring method of docs/scoring.md: attainment per target on its per-capita basis, capped at
/// <see cref="Cap"/>, weighted into family sub-scores and a composite over the targets with data.
/// Pure code over plain records so that every rule is tested on hand-computed cases.
/// </summary>
public static class Scorer
{
    /// <summary>Credit cap: 120%, so over-achievers still separate but one indicator cannot carry a district.</summary>
    public const decimal Cap = 1.2m;

    /// <summary>Attainment from which a missed target counts as near (90%).</summary>
    public const decimal NearFrom = 0.9m;

    /// <summary>Share of the target weight that must have data for a district to be ranked (60%).</summary>
    public const decimal MinCoverage = 0.6m;

    /// <summary>The value on a per-capita basis, or null (with the reason) when the population it needs is unknown.</summary>
    public static (decimal? Measured, MissingReason? Missing) Measure(decimal value, TargetBasis basis, Residents? residents) => basis switch
    {
        TargetBasis.Per10kResidents => residents?.All is > 0 and var all
            ? (value * 10_000m / all, null)
            : (null, MissingReason.NoResidents),
        TargetBasis.Per1kAged60Plus => residents?.Aged60Plus is > 0 and var aged
            ? (value * 1_000m / aged, null)
            : (null, MissingReason.NoAgedResidents),
        _ => (value, null),
    };

    /// <summary>
    /// The value on the target's basis with what it was divided by: per head (population), ÷ the other
    /// indicator (ratio), ÷ the other indicator × 100 (share), or twelve months of a monthly standard ÷
    /// the economic base of the year <see cref="ScoreTarget.Lag"/> before × 100 (base share). Null, with
    /// the reason, when the figure to divide by is missing or zero: not assessable, never zero.
    /// </summary>
    public static (decimal? Measured, MissingReason? Missing, Reference? Against) Measure(ScoreTarget target, decimal value, DistrictFigures figures)
    {
        switch (target.Basis)
        {
            case TargetBasis.Ratio or TargetBasis.Share:
                if (target.Of is null || !figures.Values.TryGetValue(target.Of, out var of) || of is not { } denominator)
                {
                    return (null, MissingReason.NoOfValue, null);
                }

                if (denominator <= 0)
                {
                    return (null, MissingReason.ZeroOfValue, new Reference(denominator));
                }

                return (target.Basis == TargetBasis.Ratio ? value / denominator : value * 100m / denominator, null, new Reference(denominator));
            case TargetBasis.BaseShare:
                var year = figures.Year - target.Lag;
                if (target.Of is null || !figures.Bases.TryGetValue((target.Of, year), out var economic))
                {
                    return (null, MissingReason.NoBase, null);
                }

                return (value * EconomicBases.MonthsPerYear * 100m / economic.Value, null, economic);
            default:
                var (measured, missing) = Measure(value, target.Basis, figures.Residents);
                return (measured, missing, null);
        }
    }

    /// <summary>
    /// Uncapped attainment: value/threshold for ≥ targets, threshold/value for ≤ targets, and
    /// min/max for = targets. A zero threshold (≥) or zero value (≤) admits no ratio: met counts as
    /// the cap and missed as zero. A range is met from its low end up (above it too: a plan's
    /// "35–40张" asks for at least 35, and more is not a failure); below, it is value/low.
    /// </summary>
    public static decimal Attainment(TargetComparator comparator, decimal measured, decimal threshold) => comparator switch
    {
        TargetComparator.AtLeast => threshold > 0 ? Math.Max(0m, measured) / threshold : measured >= threshold ? Cap : 0m,
        TargetComparator.AtMost => measured > 0 ? Math.Max(0m, threshold) / measured : measured <= threshold ? Cap : 0m,
        TargetComparator.Equal => measured == threshold ? 1m
            : measured > 0 && threshold > 0 ? Math.Min(measured, threshold) / Math.Max(measured, threshold)
            : 0m,
        TargetComparator.Range => measured >= threshold ? 1m : threshold > 0 ? Math.Max(0m, measured) / threshold : 0m,
        _ => throw new ArgumentOutOfRangeException(nameof(comparator), comparator, "unknown comparator"),
    };

    /// <summary>
    /// Distance to the threshold, positive when ahead of it (for = targets: minus the distance; for a
    /// range: below its low end negative, inside zero, above its high end the distance above).
    /// </summary>
    public static decimal Gap(TargetComparator comparator, decimal measured, decimal threshold, decimal? high = null) => comparator switch
    {
        TargetComparator.AtLeast => measured - threshold,
        TargetComparator.AtMost => threshold - measured,
        TargetComparator.Range => measured < threshold ? measured - threshold
            : measured > (high ?? threshold) ? measured - (high ?? threshold)
            : 0m,
        _ => -Math.Abs(measured - threshold),
    };

    public static TargetStatus StatusOf(decimal attainment) =>
        attainment >= 1m ? TargetStatus.Met : attainment >= NearFrom ? TargetStatus.Near : TargetStatus.Missed;

    /// <summary>One target for one district; a value missing from <paramref name="figures"/> (or masked) is missing.</summary>
    public static IndicatorScore ScoreOne(ScoreTarget target, DistrictFigures figures)
    {
        if (!figures.Values.TryGetValue(target.Indicator, out var value) || value is not { } v)
        {
            return new IndicatorScore(target, null, null, null, null, null, TargetStatus.Missing, MissingReason.NoValue);
        }

        var (measured, missing, against) = Measure(target, v, figures);
        if (measured is not { } m)
        {
            return new IndicatorScore(target, v, null, null, null, null, TargetStatus.Missing, missing, against);
        }

        var attainment = Attainment(target.Comparator, m, target.Threshold);
        return new IndicatorScore(
            target, v, m, attainment, Math.Min(attainment, Cap), Gap(target.Comparator, m, target.Threshold, target.ThresholdHigh),
            StatusOf(attainment), null, against);
    }

    /// <summary>One target for one district from a value and a population alone (no relative bases).</summary>
    public static IndicatorScore ScoreOne(ScoreTarget target, decimal? value, Residents? residents) =>
        ScoreOne(target, DistrictFigures.Of(0, new Dictionary<string, decimal?> { [target.Indicator] = value }, residents));

    /// <summary>Every target for one district, then the family sub-scores, the composite and the coverage.</summary>
    public static DistrictScore Score(string regionCode, IReadOnlyList<ScoreTarget> targets, DistrictFigures figures)
    {
        var scores = targets.Select(t => ScoreOne(t, figures)).ToList();
        var totalWeight = targets.Sum(t => t.Weight);
        var coveredWeight = scores.Where(s => s.Credit is not null).Sum(s => s.Target.Weight);
        var families = Families.All.ToDictionary(f => f, f => WeightedMean(scores.Where(s => s.Target.Family == f)), StringComparer.Ordinal);
        return new DistrictScore(
            regionCode, scores, WeightedMean(scores), totalWeight > 0 ? coveredWeight / totalWeight : 0m, families);
    }

    /// <summary>Every target for one district from values and a population (the targets need no other figure).</summary>
    public static DistrictScore Score(
        string regionCode, IReadOnlyList<ScoreTarget> targets, IReadOnlyDictionary<string, decimal?> values, Residents? residents) =>
        Score(regionCode, targets, DistrictFigures.Of(0, values, residents));

    /// <summary>
    /// Competition ranks ("1, 2, 2, 4") by composite, highest first, among rankable districts only;
    /// composites equal to 0.1 percentage point (as shown) tie. Unranked districts get null.
    /// </summary>
    public static IReadOnlyDictionary<string, int?> Rank(IEnumerable<DistrictScore> districts)
    {
        var all = districts.ToList();
        var ranked = all.Where(d => d.Rankable)
            .Select(d => (d.RegionCode, Key: Shown(d.Composite!.Value))) // Rankable implies a composite
            .OrderByDescending(d => d.Key)
            .ToList();
        var ranks = all.ToDictionary(d => d.RegionCode, _ => (int?)null, StringComparer.Ordinal);
        for (var i = 0; i < ranked.Count; i++)
        {
            ranks[ranked[i].RegionCode] = i > 0 && ranked[i].Key == ranked[i - 1].Key ? ranks[ranked[i - 1].RegionCode] : i + 1;
        }

        return ranks;
    }

    /// <summary>A score as the page shows it: a percentage with one decimal, i.e. rounded to 0.001.</summary>
    public static decimal Shown(decimal score) => Math.Round(score, 3, MidpointRounding.AwayFromZero);

    private static decimal? WeightedMean(IEnumerable<IndicatorScore> scores)
    {
        var withData = scores.Where(s => s.Credit is not null).ToList();
        var weight = withData.Sum(s => s.Target.Weight);
        return weight > 0 ? withData.Sum(s => s.Credit!.Value * s.Target.Weight) / weight : null; // Credit checked above
    }
}
