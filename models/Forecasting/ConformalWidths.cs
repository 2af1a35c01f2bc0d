namespace Analytics.Models.Forecasting;

/// <summary>
/// Conformal half-widths of one family and model from the backtest residuals it is given, per
/// indicator and horizon. Indicators of a family behave differently (elderly-care beds accelerate,
/// institutions barely move), so one pooled width over-covers the calm ones and under-covers the
/// volatile ones; an indicator with fewer than <see cref="MinIndicatorResiduals"/> residuals at a
/// horizon falls back to the family's pooled width, flagged <see cref="IntervalWidth.Pooled"/>.
/// The caller decides which residuals count: the backtest passes only those whose target year had
/// passed at the origin being evaluated, so no interval is calibrated on its own future.
/// </summary>
public sealed class ConformalWidths
{
    /// <summary>
    /// The fewest residuals an indicator's own width needs. With n residuals the coverage of a
    /// split-conformal interval is Beta(k, n + 1 − k) with k = ⌈(n+1)·level⌉: at n = 50 and 80 %
    /// its standard deviation is 5.5 points (at 20 it would be 8.5), and the 95 % width is the
    /// 49th of 50 rather than the largest residual.
    /// </summary>
    public const int MinIndicatorResiduals = 50;

    private readonly Dictionary<(string Indicator, int Horizon), double[]> own = [];
    private readonly Dictionary<int, double[]> pooled = [];
    private readonly Dictionary<(string Indicator, int Horizon, double Level), IntervalWidth?> cache = [];
    private readonly IntervalCalibration calibration;
    private readonly int minPooled;

    /// <param name="residuals">backtest points of one family and model whose outcome is known</param>
    /// <param name="calibration">per indicator, or pooled over the family</param>
    /// <param name="minPooled">the fewest residuals a pooled width needs (0: whatever the level allows)</param>
    public ConformalWidths(IEnumerable<BacktestPoint> residuals, IntervalCalibration calibration, int minPooled)
    {
        this.calibration = calibration;
        this.minPooled = minPooled;
        var points = residuals.ToList();
        foreach (var g in points.GroupBy(p => (p.Indicator, p.Horizon)))
        {
            own[g.Key] = [.. g.Select(p => p.Score)];
        }

        foreach (var g in points.GroupBy(p => p.Horizon))
        {
            pooled[g.Key] = [.. g.Select(p => p.Score)];
        }
    }

    /// <summary>The half-width for an indicator at a horizon and level, or null when there are too few residuals for any.</summary>
    public IntervalWidth? For(string indicator, int horizon, double level)
    {
        if (!cache.TryGetValue((indicator, horizon, level), out var width))
        {
            width = Compute(indicator, horizon, level);
            cache[(indicator, horizon, level)] = width;
        }

        return width;
    }

    private IntervalWidth? Compute(string indicator, int horizon, double level)
    {
        if (calibration == IntervalCalibration.PerIndicator
            && own.TryGetValue((indicator, horizon), out var scores)
            && scores.Length >= MinIndicatorResiduals
            && Conformal.Quantile(scores, level) is { } q)
        {
            return new IntervalWidth(q, scores.Length, Pooled: false);
        }

        return pooled.TryGetValue(horizon, out var all) && all.Length >= minPooled && Conformal.Quantile(all, level) is { } p
            ? new IntervalWidth(p, all.Length, Pooled: true)
            : null;
    }
}
