using Analytics.Models.Forecasting;

namespace Analytics.Tests.Models.Forecasting;

public sealed class GlobalModelTests
{
    [Fact]
    public void Learns_steady_growth_across_regions()
    {
        var panel = Panels.Growing();
        var fitted = new GlobalGrowthModel().Fit(panel, TestContext.Current.CancellationToken);
        Assert.NotNull(fitted);
        var s = panel.Series[3];
        var forecast = fitted.Forecast(s, 3)!;
        // The region grows at 2% + 1% × (3 mod 5) = 5% a year.
        for (var h = 1; h <= 3; h++)
        {
            Assert.InRange(forecast[h - 1] / (s.Last * Math.Pow(1.05, h)), 0.97, 1.03);
        }
    }

    [Fact]
    public void Same_data_gives_the_same_model()
    {
        var panel = Panels.Growing();
        var a = new GlobalGrowthModel(trees: 30).Fit(panel, TestContext.Current.CancellationToken)!.Forecast(panel.Series[0], 5);
        var b = new GlobalGrowthModel(trees: 30).Fit(panel, TestContext.Current.CancellationToken)!.Forecast(panel.Series[0], 5);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Too_little_data_fits_nothing() =>
        Assert.Null(new GlobalGrowthModel().Fit(Panels.Of(Panels.Series("990101", 1, 2, 3, 4, 5)), TestContext.Current.CancellationToken));
}
