namespace Analytics.Models.Forecasting;

/// <summary>
/// Additive damped-trend exponential smoothing (Gardner and McKenzie 1985):
/// ℓₜ = αyₜ + (1−α)(ℓₜ₋₁ + φbₜ₋₁), bₜ = β(ℓₜ − ℓₜ₋₁) + (1−β)φbₜ₋₁, ŷₙ₊ₕ = ℓₙ + (φ + … + φʰ)bₙ.
/// α, β ≤ α and φ are chosen on a small grid by the smallest sum of squared one-step errors: a
/// grid is deterministic and, on series of ten or so points, no worse than a continuous optimiser.
/// </summary>
public sealed class DampedTrendModel : LocalModel
{
    private static readonly double[] Alphas = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0];
    private static readonly double[] Betas = [0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1.0];
    private static readonly double[] Phis = [0.8, 0.85, 0.9, 0.95, 0.98];

    public override string Name => "damped";

    protected override int MinimumLength => 3;

    public override double[] Forecast(IReadOnlyList<double> y, int horizon)
    {
        var best = (Sse: double.PositiveInfinity, Level: 0.0, Trend: 0.0, Phi: 0.0);
        foreach (var alpha in Alphas)
        {
            foreach (var beta in Betas.Where(b => b <= alpha))
            {
                foreach (var phi in Phis)
                {
                    var (sse, level, trend) = Run(y, alpha, beta, phi);
                    if (sse < best.Sse - 1e-12)
                    {
                        best = (sse, level, trend, phi);
                    }
                }
            }
        }

        var forecasts = new double[horizon];
        var damp = 0.0;
        for (var h = 1; h <= horizon; h++)
        {
            damp += Math.Pow(best.Phi, h);
            forecasts[h - 1] = best.Level + (damp * best.Trend);
        }

        return forecasts;
    }

    private static (double Sse, double Level, double Trend) Run(IReadOnlyList<double> y, double alpha, double beta, double phi)
    {
        var level = y[0];
        var trend = y[1] - y[0];
        var sse = 0.0;
        for (var t = 1; t < y.Count; t++)
        {
            var forecast = level + (phi * trend);
            var error = y[t] - forecast;
            sse += error * error;
            var previous = level;
            level = forecast + (alpha * error);
            trend = (beta * (level - previous)) + ((1 - beta) * phi * trend);
        }

        return (sse, level, trend);
    }
}
