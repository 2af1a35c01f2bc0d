using System.Text.RegularExpressions;
using System.Xml.Linq;
using Analytics.Web.Charts;
using ScottPlot;

namespace Analytics.Tests.Web.Charts;

/// <summary>
/// A chart is in one language: an English report's chart holds no Chinese, a Chinese report's no
/// English legend words, and both keep the synthetic-data label in their own language.
/// </summary>
public sealed partial class ChartLanguageTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> Kinds() =>
    [
        "trend", "trend-long", "trend-empty", "ranking", "ranking-all-missing", "distribution", "whatif", "whatif-negative",
    ];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void English_chart_svg_holds_no_chinese(string kind)
    {
        var svg = ChartExport.Svg(ReportChartsTests.Build("en-" + kind));
        var doc = XDocument.Parse(svg);
        // Every text node, the title, the font note and the comment included.
        var texts = doc.DescendantNodes().Select(n => n switch { XText t => t.Value, XComment c => c.Value, _ => "" }).Where(t => t.Length > 0).ToList();
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.False(ChartStyle.HasCjk(t), $"Chinese in an English chart: {t}"));
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value.Length > 0 && t.Value.Any(char.IsAsciiLetter));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Chinese_chart_svg_holds_no_english_legend_words(string kind)
    {
        var doc = XDocument.Parse(ChartExport.Svg(ReportChartsTests.Build(kind)));
        // The drawn text and the title; the font note names fonts ("Noto Sans CJK SC") by necessity.
        var drawn = string.Join(" ", doc.Descendants(Svg + "text").Select(t => t.Value).Append(doc.Root!.Element(Svg + "title")!.Value));
        Assert.True(ChartStyle.HasCjk(drawn));
        Assert.Empty(EnglishWords().Matches(drawn).Select(m => m.Value));
    }

    [Fact]
    public void English_legends_name_every_series_in_english()
    {
        var trend = Legend(ReportCharts.Trend(ChartSamples.English(ChartSamples.Trend())));
        Assert.Equal(["Actual", "Synthetic data", "80% prediction interval", "Forecast", "Target 1,100"], trend);
        Assert.Equal(["Target 1,100", "Selected"], Legend(ReportCharts.Ranking(ChartSamples.English(ChartSamples.Ranking()))));
        Assert.Equal(["Baseline", "Scenario"], Legend(ReportCharts.WhatIf(ChartSamples.English(ChartSamples.WhatIf()))));
        var missing = Assert.Single(ReportCharts.Ranking(ChartSamples.English(ChartSamples.Ranking())).GetPlottables<ScottPlot.Plottables.Text>(), t => t.LabelText == Labels.En.Missing);
        Assert.Equal("no data", missing.LabelText);
    }

    [Fact]
    public void Chinese_legends_are_chinese_only()
    {
        Assert.Equal(["实际值", "合成数据", "80% 预测区间", "预测", "目标 1,100"], Legend(ReportCharts.Trend(ChartSamples.Trend())));
        Assert.Equal(["目标 1,100", "本地区"], Legend(ReportCharts.Ranking(ChartSamples.Ranking())));
        Assert.Equal(["基线", "情景"], Legend(ReportCharts.WhatIf(ChartSamples.WhatIf())));
    }

    [Fact]
    public void English_axis_units_and_what_if_changes_use_ascii_brackets()
    {
        var plot = ReportCharts.WhatIf(ChartSamples.English(ChartSamples.WhatIf()));
        var labels = plot.GetPlottables<ScottPlot.Plottables.BarPlot>().SelectMany(b => b.Bars).Select(b => b.Label).ToList();
        Assert.Contains("13,420 (+4.4%)", labels);
        Assert.Equal("Dibao standard (yuan/month)", ReportCharts.Trend(ChartSamples.English(ChartSamples.Trend())).Axes.Left.Label.Text);
        Assert.Contains("13,420（+4.4%）", ReportCharts.WhatIf(ChartSamples.WhatIf()).GetPlottables<ScottPlot.Plottables.BarPlot>().SelectMany(b => b.Bars).Select(b => b.Label));
    }

    [Fact]
    public void English_svg_font_note_is_english_and_chinese_note_is_chinese()
    {
        XElement Desc(Plot plot) => XDocument.Parse(ChartExport.Svg(plot)).Root!.Element(Svg + "desc")!;
        Assert.Equal(SvgFonts.RequirementEn, Desc(ReportCharts.Trend(ChartSamples.English(ChartSamples.Trend()))).Value);
        Assert.Equal(SvgFonts.RequirementZh, Desc(ReportCharts.Trend(ChartSamples.Trend())).Value);
    }

    private static List<string> Legend(Plot plot) => [.. plot.Legend.GetItems().Select(i => i.LabelText)];

    // Every word the chart builders write in English (Labels.En), as whole words.
    [GeneratedRegex(@"\b(actual|synthetic|target|forecast|baseline|scenario|selected|regions|interval|no data|yes|no)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWords();
}
