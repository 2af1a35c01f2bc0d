using ScottPlot;

namespace Analytics.Web.Charts;

/// <summary>
/// Builds every scorecard chart in the report style (<see cref="ChartStyle"/>). Each call returns a
/// new <see cref="Plot"/>; export it with <see cref="ChartExport"/>. Empty data gives a clear
/// "无数据" ("No data") chart, never an exception. Every text is in the language of the data's
/// <see cref="ChartText.Language"/>.
/// </summary>
public static class ReportCharts
{
    public static Plot Trend(TrendChartData data) => Finish(TrendChart.Build(data));

    /// <summary>Largest value at the top.</summary>
    public static Plot Ranking(RankingChartData data) => Finish(RankingChart.Build(data, descending: true));

    /// <summary>For indicators where less is better (e.g. a waiting time), pass <paramref name="descending"/> false.</summary>
    public static Plot Ranking(RankingChartData data, bool descending) => Finish(RankingChart.Build(data, descending));

    public static Plot Distribution(DistributionChartData data) => Finish(DistributionChart.Build(data));

    public static Plot WhatIf(WhatIfChartData data) => Finish(WhatIfChart.Build(data));

    /// <summary>The divisions coloured by class, shapes in proportion (cos-latitude scaling); those it cannot draw named in the note.</summary>
    public static Plot Map(ProvinceMapData data) => Finish(ProvinceMap.Build(data));

    /// <summary>The size the chart is laid out for at 96 DPI (rankings grow with their rows).</summary>
    public static ChartSize Size(Plot plot) => ChartStyle.SizeOf(plot);

    private static Plot Finish(Plot plot)
    {
        ChartStyle.FitTitle(plot);
        TextBaseline.Apply(plot);
        return plot;
    }
}
