using ScottPlot;
using SkiaSharp;

namespace Analytics.Web.Charts;

/// <summary>
/// Corrects where ScottPlot places CJK text. ScottPlot puts the baseline at the label box's bottom
/// minus the font's bounding-box descent (SKFontMetrics.Bottom); for Noto Sans CJK that is 1.05 em
/// against a real descent of 0.29 em, so every label is drawn about 0.76 em too high: axis titles
/// and legend rows were cut off and tick labels ran into tick marks. Each label is shifted back
/// down, along its own rotation, by (Bottom − Descent).
/// </summary>
internal static class TextBaseline
{
    /// <summary>
    /// Applies the shift (once: it adds to the labels' own offsets) to every label of a finished
    /// plot; legend items become manual items so they keep it.
    /// </summary>
    public static void Apply(Plot plot)
    {
        Fix(plot.Axes.Title.Label);
        foreach (var axis in plot.Axes.GetAxes())
        {
            Fix(axis.Label);
            Fix(axis.TickLabelStyle);
        }

        foreach (var plottable in plot.GetPlottables())
        {
            switch (plottable)
            {
                case ScottPlot.Plottables.Text text:
                    Fix(text.LabelStyle);
                    break;
                case ScottPlot.Plottables.Annotation annotation:
                    Fix(annotation.LabelStyle);
                    break;
                case ScottPlot.Plottables.BarPlot bars:
                    Fix(bars.ValueLabelStyle);
                    break;
                default:
                    break;
            }
        }

        foreach (var panel in plot.Axes.GetPanels().OfType<NotePanel>())
        {
            Fix(panel.Label);
        }

        // Plottables hand out new legend items on every render; pin them so the shift sticks.
        var items = plot.Legend.GetItems();
        plot.Legend.DisplayPlottableLegendItems = false;
        plot.Legend.ManualItems.Clear();
        foreach (var item in items)
        {
            Fix(item.LabelStyle);
            plot.Legend.ManualItems.Add(item);
        }
    }

    public static void Fix(LabelStyle label)
    {
        var shift = Shift(label.FontName, label.Bold, label.FontSize);
        var radians = label.Rotation * Math.PI / 180;
        label.OffsetX += (float)(-shift * Math.Sin(radians));
        label.OffsetY += (float)(shift * Math.Cos(radians));
    }

    /// <summary>Pixels by which ScottPlot draws this font's baseline too high at this size (0 for other fonts).</summary>
    internal static float Shift(string fontName, bool bold, float size)
    {
        if (!string.Equals(fontName, ChartFonts.Family, StringComparison.Ordinal))
        {
            return 0;
        }

        using var font = new SKFont(ChartFonts.Typeface(bold), size);
        var metrics = font.Metrics;
        return Math.Max(0, metrics.Bottom - metrics.Descent);
    }
}
