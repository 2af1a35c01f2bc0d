namespace Analytics.Web.Charts;

// The data behind every scorecard chart: plain records with no warehouse types, so pages build
// them from queries and the chart builders (ReportCharts) and exports (ChartExport) stay testable
// on hand-made data. Texts are already localised by the caller, one language per chart: a Chinese
// annual report takes Chinese-only charts, an English one English-only.

/// <summary>
/// Titles and axis labels of one chart, in <paramref name="Language"/>; the texts the builders add
/// themselves (legends, markers, CSV headers, the SVG's font note) follow it too (<see cref="Labels"/>).
/// </summary>
public sealed record ChartText(string Title, string XLabel, string YLabel, string? Note = null, ChartLanguage Language = ChartLanguage.Chinese);

/// <summary>The one language a chart is written in (the page's: Chinese unless <c>lang=en</c>).</summary>
public enum ChartLanguage
{
    Chinese,
    English,
}

/// <summary>One year of a history line; <paramref name="Value"/> null means missing (a gap, never zero).</summary>
public sealed record YearValue(int Year, decimal? Value, bool Synthetic = false);

/// <summary>One forecast year with its prediction interval at <see cref="TrendChartData.IntervalLevel"/>.</summary>
public sealed record ForecastPoint(int Year, decimal Value, decimal Lower, decimal Upper);

/// <summary>
/// The one-year-ahead forecast the chosen model made at the end of <paramref name="Origin"/> for the
/// next year, in the backtest (from data through the origin only), with its interval when it had one.
/// </summary>
public sealed record PastForecast(int Origin, decimal Value, decimal? Lower, decimal? Upper)
{
    public int Year => Origin + 1;
}

/// <summary>
/// An indicator's history for one region, its target line and forecast band. <paramref name="TargetLabel"/>
/// names the target's kind in the legend and CSV ("官方目标", "示例目标"); null for a plain "目标".
/// <paramref name="Past"/>: last year's forecast of a year that has an actual, drawn against it.
/// </summary>
public sealed record TrendChartData(
    ChartText Text,
    string Unit,
    IReadOnlyList<YearValue> History,
    IReadOnlyList<ForecastPoint> Forecast,
    decimal? Target,
    double IntervalLevel = 0.8,
    string? TargetLabel = null,
    PastForecast? Past = null);

/// <summary>One bar of a ranking: a region and its value or score; null value means missing.</summary>
public sealed record RankedBar(string Label, decimal? Value, bool Highlight = false);

/// <summary>Regions ranked on one indicator or on the composite score, with an optional target line (its kind in <paramref name="TargetLabel"/>).</summary>
public sealed record RankingChartData(ChartText Text, string Unit, IReadOnlyList<RankedBar> Bars, decimal? Target, string? TargetLabel = null);

/// <summary>The distribution of one indicator across regions (a histogram), regions with no value left out.</summary>
public sealed record DistributionChartData(ChartText Text, string Unit, IReadOnlyList<decimal> Values, decimal? Target, string? TargetLabel = null);

/// <summary>One what-if output: its baseline and scenario values.</summary>
public sealed record ScenarioBar(string Label, decimal Baseline, decimal Scenario, string Unit);

/// <summary>Baseline against scenario for the what-if outputs.</summary>
public sealed record WhatIfChartData(ChartText Text, IReadOnlyList<ScenarioBar> Bars);

/// <summary>A legend class of a map: its label and fill colour (#RRGGBB).</summary>
public sealed record MapClass(string Label, string Color);

/// <summary>
/// One division of a map: how it is drawn (or why not), its city's label in the map's language, its
/// legend class (an index into <see cref="ProvinceMapData.Classes"/>), the value behind it, and the
/// names of the shapes it is drawn from in the map's language (the data's own names when null).
/// </summary>
public sealed record MapArea(DivisionShape Shape, string? CityLabel, int Class, decimal? Value, IReadOnlyList<string>? ShapeLabels = null);

/// <summary>
/// A province's (or one city's) county-level divisions coloured by class, with the shapes of former
/// divisions no current one is drawn from (<paramref name="Former"/>: grey, unlabelled) and the value's
/// name and unit for the CSV. Divisions that cannot be drawn are listed under the map.
/// </summary>
public sealed record ProvinceMapData(
    ChartText Text,
    IReadOnlyList<MapArea> Areas,
    IReadOnlyList<BoundaryFeature> Former,
    IReadOnlyList<MapClass> Classes,
    string ValueLabel,
    string Unit,
    bool Synthetic);

// The builder and export API that pages call (implemented in ReportCharts.cs / ChartExport.cs):
//   ScottPlot.Plot ReportCharts.Trend(TrendChartData), .Ranking(RankingChartData),
//                  .Distribution(DistributionChartData), .WhatIf(WhatIfChartData), .Map(ProvinceMapData)
//   byte[] ChartExport.Png(ScottPlot.Plot plot, ChartResolution resolution)   // Screen or Print (300 DPI)
//   string ChartExport.Svg(ScottPlot.Plot plot)                                // names the CJK font with fallbacks
//   byte[] ChartExport.Csv(TrendChartData | RankingChartData | DistributionChartData | WhatIfChartData | ProvinceMapData)
//                                                                               // UTF-8 with BOM, the data behind the chart
//   void ChartFonts.EnsureRegistered()                                         // idempotent; throws naming the missing font

/// <summary>Screen (96 DPI) for pages, Print (300 DPI, the download default) for Word/WPS reports.</summary>
public enum ChartResolution
{
    Print,
    Screen,
}
