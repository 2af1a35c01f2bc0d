namespace Analytics.Models.Forecasting;

/// <summary>
/// An interval a backtest forecast had, calibrated only on residuals known at its origin;
/// <see cref="Pooled"/> when the indicator had too few of its own and the family's pool was used.
/// </summary>
public sealed record BacktestInterval(double Level, double Lower, double Upper, bool Pooled)
{
    /// <summary>Whether the actual fell inside (with a tolerance for rounding at the edges).</summary>
    public bool Holds(double actual) => actual >= Lower - 1e-9 && actual <= Upper + 1e-9;
}
