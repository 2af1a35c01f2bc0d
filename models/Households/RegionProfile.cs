namespace Analytics.Models.Households;

/// <summary>
/// What the generator assumes about one county: the median per-capita monthly income of its
/// households (yuan), its 低保边缘 multiplier (1.5–2× the standard), its synthetic townships and
/// its dated dibao standard history.
/// </summary>
public sealed record RegionProfile(
    string RegionCode,
    double MedianIncome,
    double EdgeMultiplier,
    IReadOnlyList<string> Townships,
    IReadOnlyList<StandardPeriod> Standards)
{
    /// <summary>The standard in force on <paramref name="date"/> (yuan per person per month).</summary>
    public decimal StandardOn(DateOnly date) =>
        Standards.Where(s => s.ValidFrom <= date).MaxBy(s => s.ValidFrom)?.YuanPerPersonMonth
        ?? throw new InvalidOperationException($"region {RegionCode} has no standard in force on {date:yyyy-MM-dd}");
}
