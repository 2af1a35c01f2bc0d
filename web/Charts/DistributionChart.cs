using ScottPlot;

namespace Analytics.Web.Charts;

/// <summary>A histogram of regions per value range, the target marked as a dashed line.</summary>
internal static class DistributionChart
{
    public static Plot Build(DistributionChartData data)
    {
        var labels = Labels.For(data.Text.Language);
        var plot = ChartStyle.NewPlot(data.Text, ChartSize.Standard);
        plot.XLabel(ChartStyle.WithUnit(data.Text.XLabel, data.Unit));
        plot.YLabel(string.IsNullOrWhiteSpace(data.Text.YLabel) ? labels.Regions : data.Text.YLabel);
        ChartStyle.ApplyFonts(plot);
        var bins = HistogramBins.Of(data.Values);
        if (bins.Count == 0)
        {
            return ChartStyle.NoData(plot);
        }

        var bars = bins.Select(b => new Bar
        {
            Position = (double)((b.Lower + b.Upper) / 2),
            Value = b.Count,
            Size = (double)(b.Upper - b.Lower) * 0.94,
            FillColor = ChartStyle.Primary,
            LineWidth = 0,
            Label = b.Count > 0 ? b.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty,
        }).ToList();
        var plottable = plot.Add.Bars(bars);
        ChartStyle.Style(plottable.ValueLabelStyle, ChartStyle.ValueSize, bold: false);

        var left = (double)bins[0].Lower;
        var right = (double)bins[^1].Upper;
        if (data.Target is { } target)
        {
            var line = plot.Add.VerticalLine((double)target, 2, ChartStyle.Target, LinePattern.Dashed);
            line.LegendText = labels.TargetAt(target, data.TargetLabel);
            left = Math.Min(left, (double)target);
            right = Math.Max(right, (double)target);
            ChartStyle.ShowLegend(plot);
        }

        var pad = (right - left) * 0.04;
        plot.Axes.SetLimitsX(left - pad, right + pad);
        plot.Axes.SetLimitsY(0, bins.Max(b => b.Count) * 1.18);
        if (plot.Axes.Left.TickGenerator is ScottPlot.TickGenerators.NumericAutomatic counts)
        {
            counts.IntegerTicksOnly = true;
        }

        if (plot.Axes.Bottom.TickGenerator is ScottPlot.TickGenerators.NumericAutomatic values)
        {
            values.LabelFormatter = ChartStyle.Number;
        }

        return plot;
    }
}
