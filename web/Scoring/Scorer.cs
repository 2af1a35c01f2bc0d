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

    /// <summary>The value on the target's basis, or null (with the reason) when the population it needs is unknown.</summary>
    public static (decimal? Measured, string? Missing) Measure(decimal value, string basis, Residents? residents) => basis switch
    {
        "per_10k_residents" => residents?.All is > 0 and var all
            ? (value * 10_000m / all, null)
            : (null, "no_residents"),
        "per_1k_aged_60plus" => residents?.Aged60Plus is > 0 and var aged
            ? (value * 1_000m / aged, null)
            : (null, "no_aged_residents"),
        _ => (value, null),
    };

    /// <summary>
    /// Uncapped attainment: value/threshold for ≥ targets, threshold/value for ≤ targets, and
    /// min/max for = targets. A zero threshold (≥) or zero value (≤) admits no ratio: met counts as
    /// the cap and missed as zero.
    /// </summary>
    public static decimal Attainment(string comparator, decimal measured, decimal threshold) => comparator switch
    {
        ">=" => threshold > 0 ? Math.Max(0m, measured) / threshold : measured >= threshold ? Cap : 0m,
        "<=" => measured > 0 ? Math.Max(0m, threshold) / measured : measured <= threshold ? Cap : 0m,
        "=" => measured == threshold ? 1m
            : measured > 0 && threshold > 0 ? Math.Min(measured, threshold) / Math.Max(measured, threshold)
            : 0m,
        _ => throw new ArgumentOutOfRangeException(nameof(comparator), comparator, "comparator must be >=, <= or ="),
    };

    /// <summary>Distance to the threshold, positive when ahead of it (for = targets: minus the distance).</summary>
    public static decimal Gap(string comparator, decimal measured, decimal threshold) => comparator switch
    {
        ">=" => measured - threshold,
        "<=" => threshold - measured,
        _ => -Math.Abs(measured - threshold),
    };

    public static TargetStatus StatusOf(decimal attainment) =>
        attainment >= 1m ? TargetStatus.Met : attainment >= NearFrom ? TargetStatus.Near : TargetStatus.Missed;

    /// <summary>One target for one district; <paramref name="value"/> null means missing (or masked).</summary>
    public static IndicatorScore ScoreOne(ScoreTarget target, decimal? value, Residents? residents)
    {
        if (value is not { } v)
        {
            return new IndicatorScore(target, null, null, null, null, null, TargetStatus.Missing, "no_value");
        }

        var (measured, missing) = Measure(v, target.Basis, residents);
        if (measured is not { } m)
        {
            return new IndicatorScore(target, v, null, null, null, null, TargetStatus.Missing, missing);
        }

        var attainment = Attainment(target.Comparator, m, target.Threshold);
        return new IndicatorScore(
            target, v, m, attainment, Math.Min(attainment, Cap), Gap(target.Comparator, m, target.Threshold), StatusOf(attainment), null);
    }

    /// <summary>Every target for one district, then the family sub-scores, the composite and the coverage.</summary>
    public static DistrictScore Score(
        string regionCode, IReadOnlyList<ScoreTarget> targets, IReadOnlyDictionary<string, decimal?> values, Residents? residents)
    {
        var scores = targets
            .Select(t => ScoreOne(t, values.TryGetValue(t.Indicator, out var v) ? v : null, residents))
            .ToList();
        var totalWeight = targets.Sum(t => t.Weight);
        var coveredWeight = scores.Where(s => s.Credit is not null).Sum(s => s.Target.Weight);
        var families = Families.All.ToDictionary(f => f, f => WeightedMean(scores.Where(s => s.Target.Family == f)), StringComparer.Ordinal);
        return new DistrictScore(
            regionCode, scores, WeightedMean(scores), totalWeight > 0 ? coveredWeight / totalWeight : 0m, families);
    }

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
