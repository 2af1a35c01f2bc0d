namespace Analytics.Models.Forecasting;

/// <summary>
/// Split-conformal intervals on absolute log1p errors: with n calibration scores the half-width is
/// the ⌈(n+1)·level⌉-th smallest, which covers a new exchangeable error with probability ≥ level.
/// In log space the interval is multiplicative, so one width serves regions of any size.
/// </summary>
public static class Conformal
{
    /// <summary>The conformal quantile, or null when n is too small for the level (⌈(n+1)·level⌉ &gt; n).</summary>
    public static double? Quantile(IReadOnlyList<double> scores, double level)
    {
        var n = scores.Count;
        var k = (int)Math.Ceiling((n + 1) * level - 1e-9);
        if (n == 0 || k > n)
        {
            return null;
        }

        return scores.Order().ElementAt(k - 1);
    }

    /// <summary>The interval around a forecast for a half-width in log1p space, never below 0.</summary>
    public static (double Lower, double Upper) Interval(double forecast, double halfWidth)
    {
        var log = Math.Log(1 + Math.Max(0, forecast));
        return (Math.Max(0, Math.Exp(log - halfWidth) - 1), Math.Exp(log + halfWidth) - 1);
    }
}
