using Analytics.Models.Forecasting;

namespace Analytics.Tests.Models.Forecasting;

public sealed class ForecastRunTests
{
    [Fact]
    public void Every_series_gets_each_horizon_from_the_chosen_model_with_nested_intervals()
    {
        var panel = Panels.Growing();
        IForecastModel[] models = [new NaiveModel(), new DriftModel(), new GlobalGrowthModel(trees: 20)];
        var report = Backtester.Run(panel, models, new BacktestOptions(), TestContext.Current.CancellationToken);
        var run = ForecastRun.Create(panel, report, models, 5, TestContext.Current.CancellationToken);

        var chosen = report.ChoiceFor("social_assistance")!.Model;
        Assert.Equal(12 * 5, run.Values.Count);
        Assert.All(run.Values, v => Assert.Equal(chosen, v.Model));
        Assert.Equal(Enumerable.Range(2025, 5), run.Values.Where(v => v.Area == "990000").Select(v => v.Year));
        Assert.Contains("social_assistance", run.GlobalModels.Keys);
        foreach (var v in run.Values.Where(v => v.Intervals.Count == 2))
        {
            var (narrow, wide) = (v.Intervals[0], v.Intervals[1]);
            Assert.True(wide.Lower <= narrow.Lower && narrow.Lower <= v.Value && v.Value <= narrow.Upper && narrow.Upper <= wide.Upper);
        }

        Assert.Contains(run.Values, v => v.Intervals.Count == 2);
        // Intervals widen with the horizon.
        var one = run.Values.First(v => v.Horizon == 1 && v.Intervals.Count > 0);
        var five = run.Values.Single(v => v.Area == one.Area && v.Horizon == 5);
        Assert.True(five.Intervals.Count == 0 || (five.Intervals[0].Upper / five.Value) > (one.Intervals[0].Upper / one.Value));
    }

    [Fact]
    public void Percentages_never_exceed_one_hundred()
    {
        var series = new YearlySeries("990101", "eco_burial_rate", "burial", "percent", 2014, [80, 84, 88, 92, 95, 97, 99], false);
        var panel = Panels.Of(series);
        var report = Backtester.Run(panel, [new DriftModel()], new BacktestOptions(), TestContext.Current.CancellationToken);
        var run = ForecastRun.Create(panel, report, [new DriftModel()], 5, TestContext.Current.CancellationToken);
        Assert.All(run.Values, v => Assert.InRange(v.Value, 0, 100));
        Assert.Equal(100, run.Values[^1].Value);
    }
}
