using Analytics.Models.Forecasting;

namespace Analytics.Tests.Models.Forecasting;

/// <summary>
/// Conformal intervals per indicator: a family with a calm indicator and a volatile one, each a
/// random walk in log space over 60 regions, 2000–2019, forecast by the naive model.
/// </summary>
public sealed class IndicatorIntervalTests
{
    private static readonly IForecastModel[] Naive = [new NaiveModel()];

    // Yearly log steps: sd 0.02 for institutions, 0.20 for beds. Naive's one-year errors are the steps.
    private static SeriesPanel TwoVolatilities(int calmRegions = 60, int volatileRegions = 60)
    {
        var random = new Random(11);
        var series = new List<YearlySeries>();
        foreach (var (indicator, sd, regions) in new[] { ("elderly_institutions", 0.02, calmRegions), ("elderly_beds", 0.20, volatileRegions) })
        {
            for (var r = 0; r < regions; r++)
            {
                var level = Math.Log(1_000 * (1 + r));
                var values = new double[20];
                for (var t = 0; t < values.Length; t++)
                {
                    values[t] = Math.Round(Math.Exp(level));
                    level += sd * Normal(random);
                }

                series.Add(new YearlySeries($"99{r:D4}", indicator, "elderly_care", "count", 2000, values, true));
            }
        }

        return Panels.Of([.. series]);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static IntervalCoverage Measured(IntervalCalibration calibration, string indicator)
    {
        var options = new BacktestOptions(MaxHorizon: 1) { Calibration = calibration, Levels = [0.8] };
        var report = Backtester.Run(TwoVolatilities(), Naive, options, TestContext.Current.CancellationToken);
        return report.IndicatorCoverage.Single(c => c.Indicator == indicator);
    }

    [Fact]
    public void Pooled_widths_under_cover_the_volatile_indicator_and_over_cover_the_calm_one()
    {
        // The pooled 80 % width is about the 60th percentile of the volatile errors: the defect this fixes.
        Assert.InRange(Measured(IntervalCalibration.Pooled, "elderly_beds").Coverage, 0, 0.70);
        Assert.InRange(Measured(IntervalCalibration.Pooled, "elderly_institutions").Coverage, 0.95, 1);
    }

    [Theory]
    [InlineData("elderly_beds")]
    [InlineData("elderly_institutions")]
    public void Per_indicator_widths_cover_each_indicator_near_its_level(string indicator)
    {
        var coverage = Measured(IntervalCalibration.PerIndicator, indicator);
        Assert.Equal(0, coverage.Pooled);
        Assert.InRange(coverage.Coverage, 0.74, 0.86);
    }

    [Fact]
    public void An_indicator_with_too_few_residuals_takes_the_pooled_width_and_says_so()
    {
        // Three regions give 3 residuals per origin: under the minimum of 50 for an own width.
        var panel = TwoVolatilities(volatileRegions: 3);
        var report = Backtester.Run(panel, Naive, new BacktestOptions(MaxHorizon: 2), TestContext.Current.CancellationToken);
        var run = ForecastRun.Create(panel, report, Naive, 2, TestContext.Current.CancellationToken);

        Assert.All(run.Values.Where(v => v.Indicator == "elderly_beds"), v => Assert.True(v.PooledIntervals));
        Assert.All(run.Values.Where(v => v.Indicator == "elderly_institutions"), v => Assert.False(v.PooledIntervals));
        Assert.All(run.Values, v => Assert.Equal(2, v.Intervals.Count));
        var csv = ForecastCsv.ToText(run.Values, report.Options.Levels).Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",interval_calibration", csv[0], StringComparison.Ordinal);
        Assert.Contains(csv, line => line.Contains("elderly_beds", StringComparison.Ordinal) && line.EndsWith(",pooled", StringComparison.Ordinal));
        Assert.Contains(csv, line => line.Contains("elderly_institutions", StringComparison.Ordinal) && line.EndsWith(",indicator", StringComparison.Ordinal));
    }

    [Fact]
    public void A_width_uses_only_the_residuals_it_is_given()
    {
        BacktestPoint Point(string indicator, double error) =>
            new("f", "naive", "990000", indicator, 2010, 1, 100 * Math.Exp(error), 100, 1);
        var own = Enumerable.Range(1, 60).Select(i => Point("a", i / 100.0));
        var few = Enumerable.Range(1, 10).Select(i => Point("b", 1 + (i / 10.0)));
        var widths = new ConformalWidths([.. own, .. few], IntervalCalibration.PerIndicator, minPooled: 0);

        // a: 60 scores 0.01..0.60 (log1p of ~100 shifts them a little); ⌈61 · 0.8⌉ = 49th.
        var a = widths.For("a", 1, 0.8)!;
        Assert.False(a.Pooled);
        Assert.Equal(60, a.Residuals);
        Assert.InRange(a.HalfWidth, 0.48, 0.50);
        // b has 10 < 50: the pool of 70, whose ⌈71 · 0.8⌉ = 57th smallest is a's 0.57, far below b's own 1.1..2.0.
        var b = widths.For("b", 1, 0.8)!;
        Assert.True(b.Pooled);
        Assert.Equal(70, b.Residuals);
        Assert.InRange(b.HalfWidth, 0.55, 0.58);
        Assert.Null(widths.For("a", 2, 0.8));
    }
}
