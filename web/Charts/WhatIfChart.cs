using ScottPlot;

namespace Analytics.Web.Charts;

/// <summary>
/// Baseline against scenario per what-if output. Outputs have different units (people, 万元, %),
/// so each row is scaled to its own larger value and the bars carry the real values and change as
/// labels; the value axis is hidden because no common scale exists.
/// </summary>
internal static class WhatIfChart
{
    private const int RowHeight = 70;
    private const int Chrome = 150;

    public static Plot Build(WhatIfChartData data)
    {
        var size = new ChartSize(ChartSize.Standard.Width, Math.Max(320, Chrome + (data.Bars.Count * RowHeight)));
        var plot = ChartStyle.NewPlot(data.Text, size);
        var labels = Labels.For(data.Text.Language);
        var english = data.Text.Language == ChartLanguage.English;
        if (data.Bars.Count == 0)
        {
            return ChartStyle.NoData(plot);
        }

        var baseline = new List<Bar>();
        var scenario = new List<Bar>();
        var positions = new double[data.Bars.Count];
        var names = new string[data.Bars.Count];
        var anyNegative = false;
        for (var i = 0; i < data.Bars.Count; i++)
        {
            var row = data.Bars[i];
            var position = data.Bars.Count - 1 - i;
            positions[i] = position;
            names[i] = ChartStyle.WithUnit(row.Label, row.Unit);
            var scale = Math.Max(Math.Abs(row.Baseline), Math.Abs(row.Scenario));
            double Scaled(decimal v) => scale == 0 ? 0 : (double)(v / scale);
            anyNegative |= row.Baseline < 0 || row.Scenario < 0;

            baseline.Add(new Bar
            {
                Position = position + 0.18,
                Value = Scaled(row.Baseline),
                Size = 0.34,
                FillColor = ChartStyle.Secondary,
                LineWidth = 0,
                Label = ChartStyle.Number(row.Baseline),
            });
            scenario.Add(new Bar
            {
                Position = position - 0.18,
                Value = Scaled(row.Scenario),
                Size = 0.34,
                FillColor = ChartStyle.Primary,
                LineWidth = 0,
                Label = english ? $"{ChartStyle.Number(row.Scenario)} ({Change(row.Baseline, row.Scenario)})" : $"{ChartStyle.Number(row.Scenario)}（{Change(row.Baseline, row.Scenario)}）",
            });
        }

        foreach (var (set, label, color) in new[] { (baseline, labels.Baseline, ChartStyle.Secondary), (scenario, labels.Scenario, ChartStyle.Primary) })
        {
            var plottable = plot.Add.Bars(set);
            plottable.Horizontal = true;
            ChartStyle.StyleValueLabels(plottable.ValueLabelStyle);
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = color });
        }

        plot.Axes.Left.SetTicks(positions, names);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        // No common value scale: an empty bottom axis keeps the margin, the frame stays only on the left.
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
        plot.Axes.Bottom.MinimumSize = 24;
        plot.Axes.Frame(false);
        plot.Axes.Left.FrameLineStyle.Width = 1;
        plot.Grid.IsVisible = false;
        plot.XLabel(string.Empty);
        plot.YLabel(data.Text.YLabel);
        ChartStyle.ApplyFonts(plot);
        // Room beyond the longest bar for its label, on both sides when some value is negative.
        var limit = LabelRoom(size, names, [.. baseline, .. scenario], anyNegative);
        plot.Axes.SetLimitsX(anyNegative ? -limit : 0, limit);
        plot.Axes.SetLimitsY(-0.6, data.Bars.Count - 0.4);
        ChartStyle.ShowLegend(plot);
        return plot;
    }

    /// <summary>
    /// How far the value axis must reach (the longest bar is 1) so the widest value label, such as
    /// "571,675.08 (+222.2%)", fits in the data area that the row names and the legend leave; long
    /// English row names leave less room than Chinese ones, so a fixed reach clipped them.
    /// </summary>
    private static double LabelRoom(ChartSize size, string[] names, List<Bar> bars, bool bothSides)
    {
        using var paint = Paint.NewDisposablePaint();
        var tick = new LabelStyle();
        ChartStyle.Style(tick, ChartStyle.TickSize, bold: false);
        var value = new LabelStyle();
        ChartStyle.StyleValueLabels(value);
        var namesWidth = names.Max(n => tick.Measure(n, paint).Width);
        const float AxisLabelAndMargins = 60;
        const float Legend = 130;
        var dataWidth = size.Width - namesWidth - AxisLabelAndMargins - Legend;
        var needed = bars.Max(b => value.Measure(b.Label, paint).Width) + 14;
        var side = bothSides ? dataWidth / 2 : dataWidth;
        var minimum = bothSides ? 2.4 : 1.6;
        return side - needed < 60 ? Math.Max(minimum, 4) : Math.Max(minimum, side / (side - needed));
    }

    /// <summary>"+5.2%" against the baseline, or the absolute change when the baseline is zero.</summary>
    internal static string Change(decimal baseline, decimal scenario)
    {
        var delta = scenario - baseline;
        var sign = delta > 0 ? "+" : string.Empty;
        return baseline == 0
            ? sign + ChartStyle.Number(delta)
            : sign + (delta / Math.Abs(baseline) * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
    }
}
