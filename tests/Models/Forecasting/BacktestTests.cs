using Analytics.Models.Forecasting;

namespace Analytics.Tests.Models.Forecasting;

public sealed class BacktestTests
{
    private static readonly IForecastModel[] Locals = [new NaiveModel(), new DriftModel(), new ThetaModel(), new DampedTrendModel()];

    [Fact]
    public void Naive_errors_are_computed_by_hand()
    {
        // 2014..2020: 10, 12, 14, 16, 18, 20, 22. Origin 2018 (5 years known), naive = 18.
        var panel = Panels.Of(Panels.Series("990101", 10, 12, 14, 16, 18, 20, 22));
        var report = Backtester.Run(panel, [new NaiveModel()], new BacktestOptions(MaxHorizon: 2, LastOrigin: 2018), TestContext.Current.CancellationToken);
        var h1 = report.Points.Single(p => p.Horizon == 1);
        Assert.Equal((2018, 20d, 18d, 2d), (h1.Origin, h1.Actual, h1.Forecast, h1.Scale));
        Assert.Equal(1, h1.Mase, 12);                      // |18 − 20| / 2
        Assert.Equal(200.0 * 2 / 38, h1.Smape, 12);        // 200 · 2 / (20 + 18)
        var h2 = report.Points.Single(p => p.Horizon == 2);
        Assert.Equal(2, h2.Mase, 12);
        Assert.Equal("naive", report.ChoiceFor("social_assistance")!.Model);
    }

    [Fact]
    public void Backtest_never_uses_the_future()
    {
        var clean = Panels.Growing();
        const int origin = 2019;
        // Poison every value and covariate after the origin: forecasts made at the origin must not move.
        var poisoned = new SeriesPanel(
            clean.Series.Select(s => s with { Values = s.Values.Select((v, i) => s.FirstYear + i > origin ? v * 1000 + 7 : v).ToArray() }).ToList(),
            clean.Population.ToDictionary(p => p.Key, p => p.Key.Year > origin ? new PopulationPoint(1, 1) : p.Value));
        var options = new BacktestOptions(FirstOrigin: origin, LastOrigin: origin);
        IForecastModel[] models = [.. Locals, new GlobalGrowthModel(trees: 20)];
        var a = Backtester.Run(clean, models, options, TestContext.Current.CancellationToken);
        var b = Backtester.Run(poisoned, models, options, TestContext.Current.CancellationToken);
        Assert.NotEmpty(a.Points);
        Assert.Contains(a.Points, p => p.Model == "global");
        Assert.Equal(a.Points.Select(p => (p.Model, p.Area, p.Horizon, p.Forecast)), b.Points.Select(p => (p.Model, p.Area, p.Horizon, p.Forecast)));
        Assert.NotEqual(a.Points.Select(p => p.Actual), b.Points.Select(p => p.Actual));
    }

    [Fact]
    public void Scores_compare_models_on_the_same_points_and_choose_the_lowest_mase()
    {
        var report = Backtester.Run(Panels.Growing(), Locals, new BacktestOptions(), TestContext.Current.CancellationToken);
        var h1 = report.Scores.Where(s => s.Horizon == 1).ToList();
        Assert.Single(h1.Select(s => s.Points).Distinct());
        var choice = report.ChoiceFor("social_assistance")!;
        var means = Locals.Select(m => report.Scores.Where(s => s.Model == m.Name).Average(s => s.Mase)).ToList();
        Assert.Equal(means.Min(), choice.Mase, 12);
        // Steady growth: a trend model beats carrying the last value forward.
        Assert.NotEqual("naive", choice.Model);
        Assert.True(choice.Mase < choice.NaiveMase);
    }

    [Fact]
    public void Coverage_uses_only_residuals_known_at_the_origin()
    {
        var report = Backtester.Run(Panels.Growing(24), Locals, new BacktestOptions(MinCalibration: 20), TestContext.Current.CancellationToken);
        // The first origin is 2018; its residuals are known from 2019 on, so no interval exists before origin 2019.
        var firstMeasured = report.Coverage.Where(c => c.Model == "drift" && c.Horizon == 1 && c.Level == 0.8).Single();
        var eligible = report.Points.Count(p => p.Model == "drift" && p.Horizon == 1 && p.Origin >= 2019);
        Assert.Equal(eligible, firstMeasured.Points);
        Assert.InRange(firstMeasured.Coverage, 0, 1);
    }
}
