using Analytics.Web.Charts;
using ScottPlot;
using ScottPlot.Plottables;
using SkiaSharp;

namespace Analytics.Tests.Web.Charts;

/// <summary>Every chart kind renders (PNG and SVG, kept as artifacts) on typical, missing, single and empty data.</summary>
public sealed class ReportChartsTests
{
    public static TheoryData<string> Cases() =>
    [
        "trend", "trend-past", "trend-long", "trend-single", "trend-forecast-only", "trend-empty", "trend-all-missing",
        "ranking", "ranking-many", "ranking-negative", "ranking-single", "ranking-all-missing", "ranking-empty",
        "distribution", "distribution-single", "distribution-empty",
        "whatif", "whatif-negative", "whatif-single", "whatif-empty",
        "en-trend", "en-trend-long", "en-trend-empty", "en-ranking", "en-ranking-all-missing", "en-distribution", "en-whatif", "en-whatif-negative",
    ];

    internal static Plot Build(string name) => name switch
    {
        "trend" => ReportCharts.Trend(ChartSamples.Trend()),
        "trend-past" => ReportCharts.Trend(ChartSamples.TrendWithPast()),
        "trend-long" => ReportCharts.Trend(ChartSamples.TrendLong()),
        "trend-single" => ReportCharts.Trend(ChartSamples.TrendSinglePoint()),
        "trend-forecast-only" => ReportCharts.Trend(ChartSamples.TrendForecastOnly()),
        "trend-empty" => ReportCharts.Trend(ChartSamples.TrendEmpty()),
        "trend-all-missing" => ReportCharts.Trend(ChartSamples.TrendAllMissing()),
        "ranking" => ReportCharts.Ranking(ChartSamples.Ranking()),
        "ranking-many" => ReportCharts.Ranking(ChartSamples.RankingMany()),
        "ranking-negative" => ReportCharts.Ranking(ChartSamples.RankingNegative()),
        "ranking-single" => ReportCharts.Ranking(ChartSamples.RankingSingle()),
        "ranking-all-missing" => ReportCharts.Ranking(ChartSamples.RankingAllMissing()),
        "ranking-empty" => ReportCharts.Ranking(ChartSamples.RankingEmpty()),
        "distribution" => ReportCharts.Distribution(ChartSamples.Distribution()),
        "distribution-single" => ReportCharts.Distribution(ChartSamples.DistributionSingle()),
        "distribution-empty" => ReportCharts.Distribution(ChartSamples.DistributionEmpty()),
        "whatif" => ReportCharts.WhatIf(ChartSamples.WhatIf()),
        "whatif-negative" => ReportCharts.WhatIf(ChartSamples.WhatIfNegative()),
        "whatif-single" => ReportCharts.WhatIf(ChartSamples.WhatIfSingle()),
        "whatif-empty" => ReportCharts.WhatIf(ChartSamples.WhatIfEmpty()),
        "en-trend" => ReportCharts.Trend(ChartSamples.English(ChartSamples.Trend())),
        "en-trend-long" => ReportCharts.Trend(ChartSamples.English(ChartSamples.TrendLong())),
        "en-trend-empty" => ReportCharts.Trend(ChartSamples.English(ChartSamples.TrendEmpty())),
        "en-ranking" => ReportCharts.Ranking(ChartSamples.English(ChartSamples.Ranking())),
        "en-ranking-all-missing" => ReportCharts.Ranking(ChartSamples.English(ChartSamples.RankingAllMissing())),
        "en-distribution" => ReportCharts.Distribution(ChartSamples.English(ChartSamples.Distribution())),
        "en-whatif" => ReportCharts.WhatIf(ChartSamples.English(ChartSamples.WhatIf())),
        "en-whatif-negative" => ReportCharts.WhatIf(ChartSamples.English(ChartSamples.WhatIfNegative())),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Chart_renders_to_png_and_svg(string name)
    {
        var plot = Build(name);
        var (png, svg) = ChartArtifacts.Write(name, plot);

        using var bitmap = SKBitmap.Decode(png);
        var size = ReportCharts.Size(plot);
        Assert.Equal(size.Width, bitmap.Width);
        Assert.Equal(size.Height, bitmap.Height);
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains(plot.Axes.Title.Label.Text[..4], svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("trend-empty")]
    [InlineData("trend-all-missing")]
    [InlineData("ranking-empty")]
    [InlineData("distribution-empty")]
    [InlineData("whatif-empty")]
    [InlineData("en-trend-empty")]
    public void Empty_data_gives_a_no_data_chart_that_keeps_its_title(string name)
    {
        var plot = Build(name);
        var message = Assert.Single(plot.GetPlottables<Annotation>());
        Assert.Equal(name.StartsWith("en-", StringComparison.Ordinal) ? "No data" : "无数据", message.Text);
        Assert.False(string.IsNullOrWhiteSpace(plot.Axes.Title.Label.Text));
    }

    [Fact]
    public void Trend_leaves_a_gap_for_a_missing_year_instead_of_a_zero()
    {
        var plot = ReportCharts.Trend(ChartSamples.Trend());
        var history = plot.GetPlottables<Scatter>().Single(s => s.LegendText == Labels.Zh.Actual);
        var points = history.Data.GetScatterPoints();
        var missing = points.Single(p => p.X == 2020);
        Assert.True(double.IsNaN(missing.Y));
        Assert.DoesNotContain(points, p => p.Y == 0);
    }

    [Fact]
    public void Trend_marks_synthetic_years_and_names_the_interval_level_in_the_legend()
    {
        var plot = ReportCharts.Trend(ChartSamples.Trend());
        var legend = plot.Legend.GetItems().Select(i => i.LabelText).ToList();
        Assert.Contains(Labels.Zh.Synthetic, legend);
        Assert.Contains("80% 预测区间", legend);
        Assert.Contains(legend, l => l.StartsWith(Labels.Zh.Target, StringComparison.Ordinal));
        var synthetic = plot.GetPlottables<Scatter>().Single(s => s.LegendText == Labels.Zh.Synthetic);
        Assert.Equal(2019, Assert.Single(synthetic.Data.GetScatterPoints()).X);
    }

    [Fact]
    public void Trend_draws_last_years_forecast_beside_this_years_actual_only_where_the_actual_exists()
    {
        var plot = ReportCharts.Trend(ChartSamples.TrendWithPast());
        var past = plot.GetPlottables<Scatter>().Single(s => s.LegendText == "2022年对2023年的预测");
        var point = Assert.Single(past.Data.GetScatterPoints());
        Assert.Equal(1080, point.Y);
        Assert.InRange(point.X, 2023, 2023.5);
        Assert.Single(plot.GetPlottables<ErrorBar>());
        Assert.Contains("2023 as forecast in 2022", ReportCharts.Trend(ChartSamples.English(ChartSamples.TrendWithPast())).Legend.GetItems().Select(i => i.LabelText));

        // A year without an actual (2020 is missing) has nothing to stand against: no marker.
        var gap = ReportCharts.Trend(ChartSamples.Trend() with { Past = new PastForecast(2019, 900m, 850m, 950m) });
        Assert.DoesNotContain(gap.GetPlottables<Scatter>(), s => s.LegendText.Contains("预测", StringComparison.Ordinal) && s.LegendText != Labels.Zh.Forecast);
    }

    [Fact]
    public void A_title_wider_than_the_chart_is_shrunk_to_fit()
    {
        var plot = ReportCharts.Trend(ChartSamples.TrendLong());
        var title = plot.Axes.Title.Label;
        using var paint = Paint.NewDisposablePaint();
        Assert.True(title.FontSize < 18);
        Assert.Contains("\n", title.Text, StringComparison.Ordinal);
        Assert.True(title.Measure(title.Text, paint).LineWidths.Max() <= ReportCharts.Size(plot).Width * 0.68);
    }

    [Fact]
    public void Ranking_sorts_bars_and_shows_missing_as_a_labelled_row_not_a_bar()
    {
        var plot = ReportCharts.Ranking(ChartSamples.Ranking());
        var bars = plot.GetPlottables<BarPlot>().Single().Bars;
        Assert.Equal(6, bars.Count); // 平湖市 has no value and no bar
        var fromTop = bars.OrderByDescending(b => b.Position).Select(b => b.Value).ToList();
        Assert.Equal(fromTop.OrderByDescending(v => v), fromTop);

        var missing = Assert.Single(plot.GetPlottables<Text>(), t => t.LabelText == Labels.Zh.Missing);
        Assert.Equal(Labels.Zh.Missing, missing.LabelText);
        Assert.Equal(0, missing.Location.Y); // the bottom row

        var values = plot.GetPlottables<Text>().Select(t => t.LabelText).ToList();
        Assert.Contains("1,098", values); // every bar carries its value

        var highlighted = bars.Single(b => b.Value == 1098);
        Assert.NotEqual(bars.First(b => b.Value != 1098).FillColor, highlighted.FillColor);
    }

    [Fact]
    public void Ranking_can_put_the_smallest_value_first()
    {
        var plot = ReportCharts.Ranking(ChartSamples.Ranking(), descending: false);
        var top = plot.GetPlottables<BarPlot>().Single().Bars.MaxBy(b => b.Position)!;
        Assert.Equal(1060, top.Value);
    }

    [Fact]
    public void Ranking_grows_taller_with_its_rows()
    {
        var many = Enumerable.Range(1, 60).Select(i => new RankedBar($"地区{i}", i)).ToList();
        var size = ReportCharts.Size(ReportCharts.Ranking(new RankingChartData(ChartSamples.RankingText, "元/月", many, null)));
        Assert.True(size.Height >= 60 * 20, $"60 rows in {size.Height} px");
    }

    [Fact]
    public void What_if_labels_each_bar_with_its_real_value_and_change()
    {
        var plot = ReportCharts.WhatIf(ChartSamples.WhatIf());
        var labels = plot.GetPlottables<BarPlot>().SelectMany(p => p.Bars).Select(b => b.Label).ToList();
        Assert.Contains("12,850", labels);
        Assert.Contains("13,420（+4.4%）", labels);
        Assert.Contains("35（+35）", labels); // a zero baseline shows the absolute change
    }

    [Fact]
    public void Distribution_marks_the_target_and_counts_every_value()
    {
        var data = ChartSamples.Distribution();
        var plot = ReportCharts.Distribution(data);
        Assert.Equal(data.Values.Count, plot.GetPlottables<BarPlot>().Single().Bars.Sum(b => (int)b.Value));
        Assert.Equal(60, Assert.Single(plot.GetPlottables<VerticalLine>()).X);
    }

    [Theory]
    [InlineData("综合得分", "%", "综合得分（%）")]
    [InlineData("Composite score", "%", "Composite score (%)")]
    [InlineData("Minimum living allowance (dibao) standard", "yuan per month", "Minimum living allowance (dibao) standard (yuan per month)")]
    [InlineData("低保标准（元/月）", "元/月", "低保标准（元/月）")]
    [InlineData("Value (%)", "%", "Value (%)")]
    [InlineData("", "张", "张")]
    public void Axis_units_take_brackets_of_the_label_language(string label, string unit, string expected) =>
        Assert.Equal(expected, ChartStyle.WithUnit(label, unit));

    [Theory]
    [InlineData(ChartLanguage.Chinese)]
    [InlineData(ChartLanguage.English)]
    public void What_if_value_labels_fit_beside_their_bars_however_long_the_row_names(ChartLanguage language)
    {
        // As on the English what-if page: long row names leave a narrow data area for "571,675.08 (+222.2%)".
        var name = language == ChartLanguage.English ? "Certified social workers needed to meet the target" : "达标所需持证社工";
        var data = new WhatIfChartData(
            ChartSamples.WhatIfText with { Language = language },
            [new(name, 177434.67m, 571675.08m, "persons"), new("Dibao payments", 71740200m, 75438015m, "10k yuan")]);
        var plot = ReportCharts.WhatIf(data);
        ChartExport.Png(plot, ChartResolution.Screen);
        var area = plot.RenderManager.LastRender.DataRect;

        using var paint = Paint.NewDisposablePaint();
        foreach (var bars in plot.GetPlottables<BarPlot>())
        {
            foreach (var bar in bars.Bars)
            {
                var end = plot.GetPixel(new Coordinates(bar.Value, bar.Position)).X;
                var width = bars.ValueLabelStyle.Measure(bar.Label, paint).Width;
                Assert.True(end + width + 4 <= area.Right, $"{bar.Label} ends at {end + width} past {area.Right}");
            }
        }
    }
}
