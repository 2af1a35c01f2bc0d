using ScottPlot;

namespace Analytics.Web.Charts;

/// <summary>
/// Horizontal bars, best first from the top, value at the end of each bar; the highlighted region
/// in a distinct colour; regions without a value as a labelled "无数据" ("no data") row at the bottom, never a zero bar.
/// </summary>
internal static class RankingChart
{
    private const int RowHeight = 24;
    private const int Chrome = 150; // title, axis, legend and margins at screen size

    public static Plot Build(RankingChartData data, bool descending)
    {
        var rows = Order(data.Bars, descending);
        var size = new ChartSize(ChartSize.Standard.Width, Math.Max(ChartSize.Standard.Height, Chrome + (rows.Count * RowHeight)));
        var plot = ChartStyle.NewPlot(data.Text, size, data.Unit);
        var labels = Labels.For(data.Text.Language);

        // The category axis is the left one; the value label belongs under the bars.
        plot.XLabel(ChartStyle.WithUnit(data.Text.YLabel, data.Unit));
        plot.YLabel(data.Text.XLabel);
        ChartStyle.ApplyFonts(plot);
        if (rows.Count == 0)
        {
            return ChartStyle.NoData(plot);
        }

        var values = rows.Where(r => r.Value.HasValue).Select(r => (double)r.Value!.Value).ToList(); // filtered
        if (data.Target is { } t)
        {
            values.Add((double)t);
        }

        var span = values.Count == 0 ? 1 : Math.Max(values.Max(), 0) - Math.Min(values.Min(), 0);
        if (span <= 0)
        {
            span = 1;
        }

        var bars = new List<Bar>();
        var positions = new double[rows.Count];
        var names = new string[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var position = rows.Count - 1 - i; // first row at the top
            positions[i] = position;
            names[i] = row.Label;
            if (row.Value is { } v)
            {
                bars.Add(new Bar
                {
                    Position = position,
                    Value = (double)v,
                    Size = 0.7,
                    FillColor = row.Highlight ? ChartStyle.Highlight : ChartStyle.Primary,
                    LineWidth = 0,
                });
            }
            else
            {
                var missing = plot.Add.Text(labels.Missing, span * 0.01, position);
                ChartStyle.Style(missing.LabelStyle, ChartStyle.ValueSize, bold: false, ChartStyle.Muted);
                missing.LabelStyle.Alignment = Alignment.MiddleLeft;
            }
        }

        if (bars.Count > 0)
        {
            var plottable = plot.Add.Bars(bars);
            plottable.Horizontal = true;
        }

        // The line over the bars, so readers see who passes the target; the value labels over the
        // line (ScottPlot draws in the order added), on white, so it never strikes them through.
        AddTarget(plot, data);
        foreach (var bar in bars)
        {
            var label = plot.Add.Text(ChartStyle.Number(bar.Value), bar.Value, bar.Position);
            ChartStyle.StyleValueLabels(label.LabelStyle);
            label.LabelStyle.Alignment = bar.Value < 0 ? Alignment.MiddleRight : Alignment.MiddleLeft;
            label.LabelStyle.OffsetX = bar.Value < 0 ? -4 : 4;
        }

        plot.Axes.Left.SetTicks(positions, names);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false;
        ChartStyle.ApplyFonts(plot);

        var low = Math.Min(values.DefaultIfEmpty(0).Min(), 0);
        var high = Math.Max(values.DefaultIfEmpty(0).Max(), 0);
        // Room on the right for the value labels, on the left for negative values' labels.
        plot.Axes.SetLimitsX(low < 0 ? low - (span * 0.14) : 0, high + (span * 0.14));
        plot.Axes.SetLimitsY(-0.6, rows.Count - 0.4);
        if (plot.Axes.Bottom.TickGenerator is ScottPlot.TickGenerators.NumericAutomatic auto)
        {
            auto.LabelFormatter = ChartStyle.Number;
        }

        AddLegend(plot, data, rows);
        return plot;
    }

    /// <summary>Sorted by value (stable for ties), missing values last in the caller's order.</summary>
    internal static List<RankedBar> Order(IReadOnlyList<RankedBar> bars, bool descending)
    {
        var known = bars.Where(b => b.Value.HasValue);
        var sorted = descending ? known.OrderByDescending(b => b.Value) : known.OrderBy(b => b.Value);
        return [.. sorted, .. bars.Where(b => !b.Value.HasValue)];
    }

    private static void AddTarget(Plot plot, RankingChartData data)
    {
        if (data.Target is { } target)
        {
            var line = plot.Add.VerticalLine((double)target, 2, ChartStyle.Target, LinePattern.Dashed);
            line.LegendText = Labels.For(data.Text.Language).TargetAt(target, data.TargetLabel);
        }
    }

    private static void AddLegend(Plot plot, RankingChartData data, List<RankedBar> rows)
    {
        if (rows.Any(r => r.Highlight && r.Value.HasValue))
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = Labels.For(data.Text.Language).Highlighted, FillColor = ChartStyle.Highlight });
        }

        if (data.Target is not null || plot.Legend.ManualItems.Count > 0)
        {
            ChartStyle.ShowLegend(plot);
        }
    }
}
