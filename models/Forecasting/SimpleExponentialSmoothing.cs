namespace Analytics.Models.Forecasting;

/// <summary>
/// Simple exponential smoothing with the level started at the first value and α chosen on the
/// grid 0.05, 0.10, …, 1.00 by the smallest sum of squared one-step errors (ties: smaller α).
/// </summary>
internal static class SimpleExponentialSmoothing
{
    public static (double Alpha, double Level) Fit(IReadOnlyList<double> y)
    {
        var best = (Alpha: 1.0, Level: y[^1], Sse: double.PositiveInfinity);
        for (var step = 1; step <= 20; step++)
        {
            var alpha = step / 20.0;
            var level = y[0];
            var sse = 0.0;
            for (var t = 1; t < y.Count; t++)
            {
                var error = y[t] - level;
                sse += error * error;
                level += alpha * error;
            }

            if (sse < best.Sse - 1e-12)
            {
                best = (alpha, level, sse);
            }
        }

        return (best.Alpha, best.Level);
    }
}
