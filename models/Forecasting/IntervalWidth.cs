namespace Analytics.Models.Forecasting;

/// <summary>
/// A conformal half-width in log1p space, how many residuals it came from, and whether it is the
/// family's pooled width (the indicator had too few residuals of its own at that horizon).
/// </summary>
public sealed record IntervalWidth(double HalfWidth, int Residuals, bool Pooled);
