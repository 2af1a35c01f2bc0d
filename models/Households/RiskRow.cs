using Microsoft.ML.Data;

namespace Analytics.Models.Households;

/// <summary>The ML.NET view of a household: the visit outcome and the feature vector.</summary>
internal sealed class RiskRow
{
    public bool Label { get; set; }

    [VectorType(RiskFeatures.Count)]
    public float[] Features { get; set; } = [];

    public static RiskRow Of(ScoredHousehold h) => new() { Label = h.Household.AtRisk, Features = h.Features() };
}
