namespace Analytics.Models.Forecasting;

/// <summary>Which residuals a conformal interval is calibrated on.</summary>
public enum IntervalCalibration
{
    /// <summary>All indicators of the family at the horizon together (the earlier behaviour, kept for comparison).</summary>
    Pooled,

    /// <summary>The indicator's own residuals at the horizon, or the family pool when it has too few (flagged).</summary>
    PerIndicator,
}
