using ScottPlot;

namespace Analytics.Web.Charts;

/// <summary>PNG (screen or 300 DPI print), SVG (font named, not embedded) and CSV of the data behind a chart.</summary>
public static class ChartExport
{
    public const double ScreenDpi = 96;
    public const double PrintDpi = 300;

    /// <summary>
    /// Screen: the chart's own size at 96 DPI. Print: the same physical size at 300 DPI (the render
    /// scaled by 300/96, so text and lines keep their proportions), with a pHYs chunk saying so.
    /// </summary>
    public static byte[] Png(Plot plot, ChartResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ChartFonts.EnsureRegistered();
        var size = ChartStyle.SizeOf(plot);
        var dpi = resolution == ChartResolution.Print ? PrintDpi : ScreenDpi;
        var scale = dpi / ScreenDpi;
        byte[] png;
        lock (plot.Sync)
        {
            var previous = plot.ScaleFactor;
            plot.ScaleFactor = scale;
            try
            {
                png = plot.GetImageBytes((int)Math.Round(size.Width * scale), (int)Math.Round(size.Height * scale), ImageFormat.Png);
            }
            finally
            {
                plot.ScaleFactor = previous;
            }
        }

        return PngDensity.WithDpi(png, dpi);
    }

    /// <summary>SVG at the chart's screen size whose text names the CJK font stack (see <see cref="ChartFonts.SvgFontStack"/>).</summary>
    public static string Svg(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ChartFonts.EnsureRegistered();
        var size = ChartStyle.SizeOf(plot);
        string svg;
        lock (plot.Sync)
        {
            svg = plot.GetSvgXml(size.Width, size.Height);
        }

        return SvgFonts.NameFonts(svg, plot.Axes.Title.Label.Text, ChartStyle.LanguageOf(plot));
    }

    public static byte[] Csv(TrendChartData data) => ChartCsv.Trend(data);

    public static byte[] Csv(RankingChartData data) => ChartCsv.Ranking(data);

    /// <summary>The ranking CSV in the order of <see cref="ReportCharts.Ranking(RankingChartData, bool)"/>.</summary>
    public static byte[] Csv(RankingChartData data, bool descending) => ChartCsv.Ranking(data, descending);

    public static byte[] Csv(DistributionChartData data) => ChartCsv.Distribution(data);

    public static byte[] Csv(WhatIfChartData data) => ChartCsv.WhatIf(data);

    /// <summary>One row per division of the map, drawn or listed, with its class and how its shape was found.</summary>
    public static byte[] Csv(ProvinceMapData data) => ChartCsv.Map(data);
}
