namespace Analytics.Models.Forecasting;

/// <summary>
/// The classic Theta method (Assimakopoulos and Nikolopoulos 2000) for yearly, non-seasonal
/// series: the average of the extrapolated linear-regression line (θ = 0) and simple exponential
/// smoothing of the θ = 2 line 2y − L. That is SES plus half the linear trend.
/// </summary>
public sealed class ThetaModel : LocalModel
{
    public override string Name => "theta";

    protected override int MinimumLength => 3;

    public override double[] Forecast(IReadOnlyList<double> y, int horizon)
    {
        var n = y.Count;
        // OLS of y on t = 1..n.
        var tMean = (n + 1) / 2.0;
        var yMean = y.Average();
        var sxy = 0.0;
        var sxx = 0.0;
        for (var t = 1; t <= n; t++)
        {
            sxy += (t - tMean) * (y[t - 1] - yMean);
            sxx += (t - tMean) * (t - tMean);
        }

        var b = sxy / sxx;
        var a = yMean - (b * tMean);
        var theta2 = y.Select((v, i) => (2 * v) - (a + (b * (i + 1)))).ToArray();
        var level = SimpleExponentialSmoothing.Fit(theta2).Level;
        return Enumerable.Range(1, horizon).Select(h => (0.5 * (a + (b * (n + h)))) + (0.5 * level)).ToArray();
    }
}
