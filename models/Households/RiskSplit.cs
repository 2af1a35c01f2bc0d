namespace Analytics.Models.Households;

/// <summary>Where a household's visit outcome is used: fitting the trees, calibrating, or testing.</summary>
public enum RiskSplit
{
    Train,
    Calibration,
    Test,
}
