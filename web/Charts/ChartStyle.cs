using System.Globalization;
using System.Runtime.CompilerServices;
using ScottPlot;

namespace Analytics.Web.Charts;

/// <summary>
/// The one report style: white background, a restrained palette, CJK font on every text, sizes
/// readable when Word scales an 800-pixel-wide chart to A4 text width (about 75%).
/// </summary>
internal static class ChartStyle
{
    public static readonly Color Ink = Color.FromHex("#1F2933");
    public static readonly Color Muted = Color.FromHex("#616E7C");
    public static readonly Color Grid = Color.FromHex("#E4E7EB");
    public static readonly Color Primary = Color.FromHex("#2F5F98");
    public static readonly Color Secondary = Color.FromHex("#9AA5B1");
    public static readonly Color Highlight = Color.FromHex("#D9822B");
    public static readonly Color Target = Color.FromHex("#B83232");
    public static readonly Color Band = Color.FromHex("#2F5F98").WithAlpha(0.18);

    // The pages' status colours (site.css --met, --near, --missed, --missing), so a map reads like the tables beside it.
    public const string MetFill = "#D8F0DC";
    public const string NearFill = "#FDF0C8";
    public const string MissedFill = "#F9D9D6";
    public const string MissingFill = "#ECEEF2";
    public const string NoTargetFill = "#E4E7EB"; // a map of an indicator without a target: one neutral class

    // The composite's bands on a map, darkest for the best: ≥ 100%, 90–100%, 80–90%, below 80%.
    public static readonly string[] ScoreFills = ["#2F5F98", "#6A8FBF", "#A4BDDB", "#D6E2F0"];

    public const float TitleSize = 18;
    public const float LabelSize = 15;
    public const float TickSize = 13;
    public const float LegendSize = 13;
    public const float ValueSize = 12;

    private static readonly ConditionalWeakTable<Plot, ChartLayout> Layouts = [];

    private sealed record ChartLayout(ChartSize Size, ChartLanguage Language);

    /// <summary>A new plot in the report style with the given texts; the caller adds the data.</summary>
    public static Plot NewPlot(ChartText text, ChartSize size, string? unit = null)
    {
        ChartFonts.EnsureRegistered();
        var plot = new Plot();
        Layouts.AddOrUpdate(plot, new ChartLayout(size, text.Language));

        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Axes.Color(Ink);
        plot.Axes.FrameColor(Secondary);
        plot.Grid.MajorLineColor = Grid;
        plot.Grid.MinorLineColor = Colors.Transparent;

        plot.Title(text.Title);
        plot.Axes.Title.FullFigureCenter = true;
        plot.XLabel(text.XLabel);
        plot.YLabel(WithUnit(text.YLabel, unit));
        ApplyFonts(plot);

        plot.Legend.FontName = ChartFonts.Family;
        plot.Legend.FontSize = LegendSize;
        plot.Legend.FontColor = Ink;
        plot.Legend.OutlineColor = Colors.Transparent;
        plot.Legend.BackgroundColor = Colors.White;
        plot.Legend.SetBestFontOnEachRender = false;
        plot.Legend.ShadowColor = Colors.Transparent;

        if (!string.IsNullOrWhiteSpace(text.Note))
        {
            plot.Axes.AddPanel(new NotePanel(text.Note));
        }

        return plot;
    }

    /// <summary>
    /// The legend in its own panel right of the data, so it never covers a line or bar. (A bottom
    /// legend panel measures one row but wraps into two at 800 px and gets cut.)
    /// </summary>
    public static void ShowLegend(Plot plot)
    {
        plot.Legend.Orientation = Orientation.Vertical;
        var panel = plot.ShowLegend(Edge.Right);
        panel.Alignment = Alignment.UpperCenter; // next to the top rows of a tall ranking, not lost in its middle
    }

    /// <summary>
    /// Fits a long title: smaller (down to 14 px), then split over two lines at the break nearest
    /// the middle, rather than letting it run off the edges. The title is centred between the
    /// figure's left edge and the data area's right edge, so a legend panel takes its width away.
    /// </summary>
    public static void FitTitle(Plot plot)
    {
        var label = plot.Axes.Title.Label;
        var width = SizeOf(plot).Width;
        var hasLegend = plot.Axes.GetPanels().OfType<ScottPlot.Panels.LegendPanel>().Any();
        var room = hasLegend ? width * 0.68f : width - 40f;
        using var paint = Paint.NewDisposablePaint();
        float Widest() => label.Measure(label.Text, paint).LineWidths.DefaultIfEmpty(0).Max();

        var measured = Widest();
        if (measured <= room)
        {
            return;
        }

        label.FontSize = Math.Max(14, (float)Math.Floor(label.FontSize * room / measured));
        if (Widest() > room)
        {
            label.Text = SplitInTwo(label.Text);
            label.FontSize = Math.Max(12, Math.Min(label.FontSize, (float)Math.Floor(label.FontSize * room / Widest())));
        }
    }

    /// <summary>Breaks after the space, comma, 、 or closing bracket nearest the middle (or at the middle).</summary>
    internal static string SplitInTwo(string title)
    {
        var middle = title.Length / 2;
        var best = -1;
        for (var i = 1; i < title.Length - 1; i++)
        {
            if (title[i] is ' ' or '，' or '、' or '：' or '）' or ')' or '—' && (best < 0 || Math.Abs(i - middle) < Math.Abs(best - middle)))
            {
                best = i;
            }
        }

        var cut = best < 0 || Math.Abs(best - middle) > title.Length / 4 ? middle : best + 1;
        return title[..cut].TrimEnd() + "\n" + title[cut..].TrimStart();
    }

    public static ChartSize SizeOf(Plot plot) => Layouts.TryGetValue(plot, out var layout) ? layout.Size : ChartSize.Standard;

    /// <summary>The language the plot was built in (Chinese for a plot not built here).</summary>
    public static ChartLanguage LanguageOf(Plot plot) => Layouts.TryGetValue(plot, out var layout) ? layout.Language : ChartLanguage.Chinese;

    public static Labels LabelsOf(Plot plot) => Labels.For(LanguageOf(plot));

    /// <summary>Sets the CJK family on title, axis labels and ticks of every axis (including added ones).</summary>
    public static void ApplyFonts(Plot plot)
    {
        Style(plot.Axes.Title.Label, TitleSize, bold: true);
        foreach (var axis in plot.Axes.GetAxes())
        {
            Style(axis.Label, LabelSize, bold: false);
            Style(axis.TickLabelStyle, TickSize, bold: false);
        }
    }

    public static void Style(LabelStyle label, float size, bool bold, Color? color = null)
    {
        label.FontName = ChartFonts.Family;
        label.FontSize = size;
        label.Bold = bold;
        label.ForeColor = color ?? Ink;
    }

    /// <summary>
    /// "低保标准" + "元/月" → "低保标准（元/月）", and a label without Chinese gets ASCII brackets: "Composite score (%)";
    /// unchanged when the label already ends with the unit in brackets.
    /// </summary>
    public static string WithUnit(string label, string? unit) =>
        string.IsNullOrWhiteSpace(unit)
        || label.EndsWith($"（{unit}）", StringComparison.Ordinal)
        || label.EndsWith($"({unit})", StringComparison.Ordinal)
            ? label
            : string.IsNullOrWhiteSpace(label) ? unit
            : !HasCjk(label) ? $"{label} ({unit})"
            : $"{label}（{unit}）";

    /// <summary>True when the text holds a Han character or CJK punctuation (full-width brackets, 、, ：).</summary>
    public static bool HasCjk(string text) => text.Any(c =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF');

    /// <summary>Value labels on a white ground, so a target line crossing them never strikes them through.</summary>
    public static void StyleValueLabels(LabelStyle label)
    {
        Style(label, ValueSize, bold: false);
        label.BackgroundColor = Colors.White;
        label.Padding = 3; // wide enough that a dashed target line passing behind never nicks the digits
        label.BorderColor = Colors.Transparent;
        label.ShadowColor = Colors.Transparent;
    }

    /// <summary>Thousands separators and at most two decimals: 12,345.6 — the same in Chinese reports.</summary>
    public static string Number(decimal value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);

    /// <summary>Replaces the plot's content with a clear "无数据" (or "No data") message under the title.</summary>
    public static Plot NoData(Plot plot)
    {
        plot.Clear();
        plot.Legend.IsVisible = false;
        plot.Axes.Frameless();
        plot.HideGrid();
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.IsVisible = false;
        }

        plot.Axes.Title.IsVisible = true;
        var message = plot.Add.Annotation(LabelsOf(plot).NoData, Alignment.MiddleCenter);
        Style(message.LabelStyle, 22, bold: false, Muted);
        message.LabelStyle.BackgroundColor = Colors.Transparent;
        message.LabelStyle.BorderColor = Colors.Transparent;
        message.LabelStyle.ShadowColor = Colors.Transparent;
        return plot;
    }
}

