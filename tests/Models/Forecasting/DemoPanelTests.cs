using Analytics.Models.Forecasting;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Demo;
using Analytics.Warehouse.Regions;

namespace Analytics.Tests.Models.Forecasting;

/// <summary>The models on the synthetic demo panel: half of Zhejiang's counties, every social-assistance indicator, four origins.</summary>
public sealed class DemoPanelTests
{
    private static readonly Lazy<BacktestReport> Report = new(() =>
    {
        var catalog = IndicatorCatalog.LoadDefault();
        var demo = new DemoGenerator(catalog, Gazetteer.LoadDefault()).Generate(new DemoOptions { Provinces = ["330000"] });
        // Every other county keeps the test fast; every indicator of the family keeps it representative.
        var counties = demo.Population.Select(p => p.RegionCode).Distinct().Order(StringComparer.Ordinal).Where((_, i) => i % 2 == 0).ToHashSet();
        var all = SeriesReader.FromDemo(demo, catalog).Family("social_assistance");
        var panel = all with { Series = all.Series.Where(s => counties.Contains(s.Area)).ToList() };
        return Backtester.Run(panel, [new NaiveModel(), new DriftModel(), new GlobalGrowthModel(trees: 40)],
            new BacktestOptions(MaxHorizon: 3, FirstOrigin: 2018, LastOrigin: 2021, MinCalibration: 50));
    });

    [Fact]
    public void Global_model_beats_naive_on_the_demo_panel()
    {
        var scores = Report.Value.Scores;
        for (var h = 1; h <= 3; h++)
        {
            var global = scores.Single(s => s.Model == "global" && s.Horizon == h);
            var naive = scores.Single(s => s.Model == "naive" && s.Horizon == h);
            Assert.True(global.Mase < naive.Mase, $"h={h}: global MASE {global.Mase:F3} is not below naive {naive.Mase:F3}");
            Assert.True(global.Smape < naive.Smape, $"h={h}: global sMAPE {global.Smape:F2} is not below naive {naive.Smape:F2}");
        }
    }

    [Fact]
    public void Interval_coverage_is_within_ten_points_of_nominal()
    {
        var coverage = Report.Value.Coverage.Where(c => c.Model == "global").ToList();
        Assert.Contains(coverage, c => c.Level == 0.8);
        Assert.Contains(coverage, c => c.Level == 0.95);
        Assert.All(coverage, c => Assert.InRange(c.Coverage, c.Level - 0.10, Math.Min(1, c.Level + 0.10)));
    }
}
