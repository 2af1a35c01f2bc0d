using Analytics.Models.Forecasting;

namespace Analytics.Tests.Models.Forecasting;

public sealed class LocalModelTests
{
    [Fact]
    public void Naive_repeats_the_last_value() =>
        Assert.Equal([7, 7, 7], new NaiveModel().Forecast([2, 4, 7], 3));

    [Fact]
    public void Drift_extends_the_average_change()
    {
        // (7 − 2) / 2 = 2.5 a year.
        Assert.Equal([9.5, 12], new DriftModel().Forecast([2, 4, 7], 2));
    }

    [Fact]
    public void Theta_on_a_straight_line_is_the_last_value_plus_half_the_slope_per_year()
    {
        // L = y exactly, so the θ=2 line is y, SES picks α = 1 (level 9), and ½(9 + 2h) + ½·9 = 9 + h.
        var f = new ThetaModel().Forecast([1, 3, 5, 7, 9], 3);
        Assert.Equal([10, 11, 12], f.Select(v => Math.Round(v, 9)));
    }

    [Fact]
    public void Theta_on_a_flat_series_is_flat() =>
        Assert.All(new ThetaModel().Forecast([5, 5, 5, 5], 4), v => Assert.Equal(5, v, 9));

    [Fact]
    public void Damped_trend_on_a_straight_line_damps_the_slope_by_phi()
    {
        // α = β = 1 and the largest φ on the grid (0.98) give the smallest one-step errors on a line:
        // ŷ(h) = 9 + 2(0.98 + … + 0.98ʰ).
        var f = new DampedTrendModel().Forecast([1, 3, 5, 7, 9], 2);
        Assert.Equal(9 + (2 * 0.98), f[0], 9);
        Assert.Equal(9 + (2 * (0.98 + (0.98 * 0.98))), f[1], 9);
    }

    [Fact]
    public void Local_models_refuse_too_short_histories()
    {
        var one = Panels.Series("990101", 5);
        Assert.NotNull(new NaiveModel().Forecast(one, 1));
        Assert.Null(new DriftModel().Forecast(one, 1));
        Assert.Null(new ThetaModel().Forecast(Panels.Series("990101", 5, 6), 1));
    }
}
