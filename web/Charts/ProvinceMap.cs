using System.Text;
using ScottPlot;

namespace Analytics.Web.Charts;

/// <summary>
/// A map of county-level divisions, each filled with its class's colour, on an equirectangular
/// projection scaled by cos(latitude) at the map's middle and drawn with square units, so shapes
/// keep their proportions. Each city's name sits in its largest drawn piece. Former divisions'
/// shapes that no division of the year is drawn from are white with a grey edge (drawn ones have
/// white edges) and no name; divisions that cannot be drawn are named in the note under the map, never left out quietly.
/// </summary>
internal static class ProvinceMap
{
    private const int Width = 800;
    private const int LegendWidth = 230; // the legend panel and margins at screen size
    private const int Chrome = 70;       // title and margins
    private const int NoteLine = 19;

    private static readonly Color Edge = Colors.White;
    private static readonly Color FormerFill = Colors.White;
    private static readonly Color FormerEdge = Color.FromHex("#9AA5B1");

    public static Plot Build(ProvinceMapData data)
    {
        var english = data.Text.Language == ChartLanguage.English;
        var drawn = data.Areas.Where(a => a.Shape.Drawn).ToList();
        var rings = drawn.SelectMany(a => a.Shape.Features).Concat(data.Former).SelectMany(f => f.Rings).ToList();
        var listed = data.Areas.Where(a => !a.Shape.Drawn).ToList();
        var note = Note(data.Text.Note, listed, english);
        if (rings.Count == 0)
        {
            var empty = ChartStyle.NewPlot(data.Text with { Note = note }, ChartSize.Standard);
            return ChartStyle.NoData(empty);
        }

        var west = rings.Min(r => r.Points.Min(p => p.Lon));
        var east = rings.Max(r => r.Points.Max(p => p.Lon));
        var south = rings.Min(r => r.Points.Min(p => p.Lat));
        var north = rings.Max(r => r.Points.Max(p => p.Lat));
        var scale = Math.Cos((south + north) / 2 * Math.PI / 180);
        var spanX = (east - west) * scale;
        var spanY = north - south;
        var dataWidth = Width - LegendWidth;
        var dataHeight = (int)Math.Round(dataWidth * spanY / spanX);
        var noteLines = note is null ? 0 : note.Count(c => c == '\n') + 1;
        var size = new ChartSize(Width, Math.Clamp(dataHeight, 320, 760) + Chrome + (noteLines * NoteLine));

        var plot = ChartStyle.NewPlot(data.Text with { Note = note }, size);
        foreach (var feature in data.Former)
        {
            foreach (var ring in feature.Rings)
            {
                var polygon = plot.Add.Polygon(Project(ring, scale));
                polygon.FillColor = FormerFill;
                polygon.LineColor = FormerEdge;
                polygon.LineWidth = 0.8f; // solid: SVG export has no dash patterns
            }
        }

        foreach (var area in drawn)
        {
            var fill = Color.FromHex(data.Classes[area.Class].Color);
            foreach (var ring in area.Shape.Features.SelectMany(f => f.Rings))
            {
                var polygon = plot.Add.Polygon(Project(ring, scale));
                polygon.FillColor = fill;
                polygon.LineColor = Edge;
                polygon.LineWidth = 0.7f;
            }
        }

        AddCityNames(plot, drawn, scale);
        AddLegend(plot, data, english);

        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.IsVisible = false;
        }

        plot.Axes.Frameless();
        plot.HideGrid();
        plot.Axes.Title.IsVisible = true;
        var pad = Math.Max(spanX, spanY) * 0.02;
        plot.Axes.SetLimits((west * scale) - pad, (east * scale) + pad, south - pad, north + pad);
        plot.Axes.SquareUnits();
        return plot;
    }

    /// <summary>The chart's own note, then the divisions not drawn by name, a few to a line so the note never runs off the chart.</summary>
    internal static string? Note(string? lead, IReadOnlyList<MapArea> listed, bool english)
    {
        if (listed.Count == 0)
        {
            return lead;
        }

        var text = new StringBuilder(lead ?? "");
        if (text.Length > 0)
        {
            text.Append('\n');
        }

        text.Append(english ? $"Not drawn ({listed.Count}; boundary data cannot show them as they are): " : $"未绘出 {listed.Count} 个（边界数据画不出其现行范围）：");
        var line = text.Length - (text.ToString().LastIndexOf('\n') + 1);
        var separator = english ? ", " : "、";
        for (var i = 0; i < listed.Count; i++)
        {
            var name = listed[i].Shape.Division.Label;
            if (i > 0)
            {
                text.Append(separator);
                line += separator.Length;
            }

            // About 60 Latin or 40 Chinese characters fit on a line of the 800-pixel chart at the note's size.
            if (line + name.Length > (english ? 95 : 44))
            {
                text.Append('\n');
                line = 0;
            }

            text.Append(name);
            line += name.Length;
        }

        return text.ToString();
    }

    private static Coordinates[] Project(MapRing ring, double scale) =>
        [.. ring.Points.Select(p => new Coordinates(p.Lon * scale, p.Lat))];

    private static void AddCityNames(Plot plot, List<MapArea> drawn, double scale)
    {
        foreach (var city in drawn.Where(a => a.CityLabel is not null).GroupBy(a => a.CityLabel!, StringComparer.Ordinal))
        {
            // The middle of the city's largest drawn piece: a coast's islands never pull the name out to sea.
            var largest = city.SelectMany(a => a.Shape.Features).SelectMany(f => f.Rings).MaxBy(Area)!;
            var (x, y) = Centroid(largest);
            var label = plot.Add.Text(city.Key, x * scale, y);
            ChartStyle.Style(label.LabelStyle, ChartStyle.ValueSize, bold: true);
            label.LabelStyle.Alignment = Alignment.MiddleCenter;
            label.LabelStyle.BackgroundColor = Colors.White.WithAlpha(0.65);
            label.LabelStyle.Padding = 2;
            label.LabelStyle.BorderColor = Colors.Transparent;
            label.LabelStyle.ShadowColor = Colors.Transparent;
        }
    }

    private static void AddLegend(Plot plot, ProvinceMapData data, bool english)
    {
        foreach (var c in data.Classes)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = c.Label, FillColor = Color.FromHex(c.Color), OutlineColor = ChartStyle.Secondary, OutlineWidth = 1 });
        }

        if (data.Former.Count > 0)
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = english ? "former division\n(boundaries changed)" : "原区划边界\n（已调整，非现行区划）",
                FillColor = FormerFill,
                OutlineColor = FormerEdge,
                OutlineWidth = 1,
            });
        }

        ChartStyle.ShowLegend(plot);
    }

    internal static double Area(MapRing ring)
    {
        var sum = 0.0;
        var p = ring.Points;
        for (var i = 0; i + 1 < p.Count; i++)
        {
            sum += (p[i].Lon * p[i + 1].Lat) - (p[i + 1].Lon * p[i].Lat);
        }

        return Math.Abs(sum) / 2;
    }

    private static (double Lon, double Lat) Centroid(MapRing ring)
    {
        double cx = 0, cy = 0, a = 0;
        var p = ring.Points;
        for (var i = 0; i + 1 < p.Count; i++)
        {
            var cross = (p[i].Lon * p[i + 1].Lat) - (p[i + 1].Lon * p[i].Lat);
            a += cross;
            cx += (p[i].Lon + p[i + 1].Lon) * cross;
            cy += (p[i].Lat + p[i + 1].Lat) * cross;
        }

        return a == 0 ? (p[0].Lon, p[0].Lat) : (cx / (3 * a), cy / (3 * a));
    }
}
