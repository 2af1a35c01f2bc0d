using Analytics.Models.Forecasting;

namespace Analytics.Tests.Models.Forecasting;

public sealed class ConformalTests
{
    [Fact]
    public void Quantile_is_the_ceiling_rank_of_n_plus_one()
    {
        double[] scores = [0.5, 0.1, 0.4, 0.2, 0.3, 0.9, 0.8, 0.7, 0.6, 1.0];
        // n = 10, level 0.8: ⌈11 · 0.8⌉ = 9 → the 9th smallest.
        Assert.Equal(0.9, Conformal.Quantile(scores, 0.8));
        // level 0.95: ⌈10.45⌉ = 11 > 10: no finite interval.
        Assert.Null(Conformal.Quantile(scores, 0.95));
    }

    [Fact]
    public void Interval_is_multiplicative_in_log1p_space_and_never_negative()
    {
        var (lo, hi) = Conformal.Interval(99, Math.Log(2));
        Assert.Equal(49, lo, 9);
        Assert.Equal(199, hi, 9);
        Assert.Equal(0, Conformal.Interval(1, 5).Lower);
    }

    [Fact]
    public void Intervals_cover_about_their_level_on_exchangeable_errors()
    {
        // Deterministic pseudo-random errors: coverage of fresh points is close to nominal.
        var random = new Random(7);
        var calibration = Enumerable.Range(0, 400).Select(_ => Math.Abs(random.NextDouble() - 0.5)).ToList();
        var q = Conformal.Quantile(calibration, 0.8)!.Value;
        var fresh = Enumerable.Range(0, 4000).Select(_ => Math.Abs(random.NextDouble() - 0.5)).ToList();
        Assert.InRange(fresh.Count(s => s <= q) / 4000.0, 0.77, 0.85);
    }
}
