namespace Analytics.Models.Households;

/// <summary>A household with the standard and edge multiplier of its county on the as-of date.</summary>
public sealed record ScoredHousehold(Household Household, double Standard, double EdgeMultiplier)
{
    public float[] Features() => RiskFeatures.Of(Household, Standard, EdgeMultiplier);

    public double RuleScore() => RiskFeatures.RuleScore(Household, Standard, EdgeMultiplier);
}
