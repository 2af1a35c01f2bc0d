using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Analytics.Web.Charts;
using SkiaSharp;

namespace Analytics.Tests.Web.Charts;

public sealed class ChartExportTests
{
    [Fact]
    public void Screen_png_is_800_by_450_at_96_dpi()
    {
        var png = ChartExport.Png(ReportCharts.Trend(ChartSamples.Trend()), ChartResolution.Screen);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((800, 450), (bitmap.Width, bitmap.Height));
        Assert.Equal(96, PngDensity.ReadDpi(png)!.Value, precision: 1);
    }

    [Fact]
    public void Print_png_keeps_the_physical_size_at_300_dpi()
    {
        var png = ChartExport.Png(ReportCharts.Trend(ChartSamples.Trend()), ChartResolution.Print);
        File.WriteAllBytes(Path.Combine(ChartArtifacts.Folder, "trend-print.png"), png);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((2500, 1406), (bitmap.Width, bitmap.Height));
        var dpi = PngDensity.ReadDpi(png)!.Value;
        Assert.Equal(300, dpi, precision: 1);
        Assert.Equal(800 / 96.0, bitmap.Width / dpi, precision: 2); // inches, as Word inserts it
    }

    [Fact]
    public void Print_png_scales_the_drawing_instead_of_shrinking_text_on_a_bigger_canvas()
    {
        var plot = ReportCharts.Trend(ChartSamples.Trend());
        var screen = InkFraction(ChartExport.Png(plot, ChartResolution.Screen));
        var print = InkFraction(ChartExport.Png(plot, ChartResolution.Print));
        Assert.InRange(print / screen, 0.7, 1.4);
        Assert.Equal(1, plot.ScaleFactor); // the export leaves the plot as it found it
    }

    [Theory]
    [InlineData(ChartResolution.Screen)]
    [InlineData(ChartResolution.Print)]
    public void Png_has_one_phys_chunk_before_the_image_data_with_a_valid_crc(ChartResolution resolution)
    {
        var png = ChartExport.Png(ReportCharts.Ranking(ChartSamples.Ranking()), resolution);
        var chunks = Chunks(png);
        var names = chunks.Select(c => c.Type).ToList();
        Assert.Single(names, n => n == "pHYs");
        Assert.True(names.IndexOf("pHYs") < names.IndexOf("IDAT"));

        var phys = chunks.Single(c => c.Type == "pHYs");
        Assert.Equal(ZlibCrc32([.. "pHYs"u8, .. phys.Data]), phys.Crc);
    }

    [Fact]
    public void Png_density_replaces_an_existing_phys_chunk()
    {
        var once = PngDensity.WithDpi(ChartExport.Png(ReportCharts.WhatIf(ChartSamples.WhatIf()), ChartResolution.Screen), 150);
        Assert.Single(Chunks(once), c => c.Type == "pHYs");
        Assert.Equal(150, PngDensity.ReadDpi(once)!.Value, precision: 1);
    }

    [Fact]
    public void Svg_names_the_chinese_font_stack_and_says_which_font_it_needs()
    {
        var svg = ChartExport.Svg(ReportCharts.Trend(ChartSamples.Trend()));
        var doc = XDocument.Parse(svg);
        var families = doc.Descendants().Select(e => (string?)e.Attribute("font-family")).OfType<string>().Distinct().ToList();
        Assert.Equal([ChartFonts.SvgFontStack], families);
        Assert.Equal("'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','PingFang SC','SimHei',sans-serif", ChartFonts.SvgFontStack);

        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Contains("Noto Sans CJK SC", doc.Root!.Element(ns + "desc")!.Value, StringComparison.Ordinal);
        Assert.Contains(doc.Root!.Nodes().OfType<XComment>(), c => c.Value.Contains("fonts-noto-cjk", StringComparison.Ordinal));
        Assert.Equal("海宁市 低保标准", doc.Root!.Element(ns + "title")!.Value);
        // Text stays text (searchable, font-dependent), not outlines.
        Assert.Contains(doc.Descendants(ns + "text"), t => t.Value.Contains("低保标准", StringComparison.Ordinal));
    }

    [Fact]
    public void Svg_text_keeps_the_ideographs_that_share_a_glyph_with_a_radical()
    {
        // Skia writes 民 as ⺠ (U+2EA0) and 工 as ⼯ (U+2F2F) unless repaired.
        var text = ChartSamples.TrendText with { Title = "民政局工作 养老 目标 无数据 比例" };
        var svg = ChartExport.Svg(ReportCharts.Trend(ChartSamples.Trend() with { Text = text }));
        Assert.Contains("民政局工作 养老 目标 无数据 比例", svg, StringComparison.Ordinal);
        Assert.DoesNotContain(svg, c => c is >= '\u2E80' and <= '\u2FDF');
    }

    [Fact]
    public void Trend_csv_is_utf8_with_bom_chinese_header_and_empty_missing_values()
    {
        var lines = Lines(ChartExport.Csv(ChartSamples.Trend()));
        Assert.Equal("年份,类别,数值,预测下限,预测上限,区间水平,目标,单位,合成数据,目标类型", lines[0]);
        Assert.Equal(1 + 6 + 2, lines.Length);
        Assert.Equal("2019,实际值,870,,,,1100,元/月,是,", lines[2]);
        Assert.Equal("2020,实际值,,,,,1100,元/月,否,", lines[3]);
        Assert.Equal("2025,预测,1205,1140,1270,80%,1100,元/月,否,", lines[^1]);
    }

    [Fact]
    public void English_trend_csv_has_an_english_header_series_and_flags()
    {
        var lines = Lines(ChartExport.Csv(ChartSamples.English(ChartSamples.Trend())));
        Assert.Equal("Year,Series,Value,Lower,Upper,Interval level,Target,Unit,Synthetic,Target kind", lines[0]);
        Assert.Equal("2019,Actual,870,,,,1100,yuan/month,yes,", lines[2]);
        Assert.Equal("2025,Forecast,1205,1140,1270,80%,1100,yuan/month,no,", lines[^1]);
        Assert.DoesNotContain(string.Concat(lines), c => ChartStyle.HasCjk(c.ToString()));
    }

    [Fact]
    public void A_target_line_carries_its_kind_into_the_csv_and_the_legend()
    {
        var data = ChartSamples.Trend() with { TargetLabel = "官方目标" };
        var lines = Lines(ChartExport.Csv(data));
        Assert.Equal("2019,实际值,870,,,,1100,元/月,是,官方目标", lines[2]);
        Assert.Equal("官方目标 1,100", Labels.Zh.TargetAt(1100m, data.TargetLabel));
        Assert.Equal("目标 1,100", Labels.Zh.TargetAt(1100m));
    }

    [Fact]
    public void Csv_numbers_drop_trailing_zeros_and_keep_at_most_four_decimals()
    {
        var data = ChartSamples.Ranking() with { Bars = [new("甲区", 1941.000000m), new("乙区", 111.00102240997444577425854319m)] };
        var lines = Lines(ChartExport.Csv(data));
        Assert.Equal("1,甲区,1941,元/月,1100,否,", lines[1]);
        Assert.Equal("2,乙区,111.001,元/月,1100,否,", lines[2]);
    }

    [Fact]
    public void English_ranking_distribution_and_what_if_csv_headers_are_english_only()
    {
        Assert.Equal("Rank,Region,Value,Unit,Target,Selected,Target kind", Lines(ChartExport.Csv(ChartSamples.English(ChartSamples.Ranking())))[0]);
        Assert.Equal("Bin from,Bin to,Regions,Unit,Target,Target kind", Lines(ChartExport.Csv(ChartSamples.English(ChartSamples.Distribution())))[0]);
        Assert.Equal("Output,Baseline,Scenario,Change,Change %,Unit", Lines(ChartExport.Csv(ChartSamples.English(ChartSamples.WhatIf())))[0]);
    }

    [Fact]
    public void Ranking_csv_follows_the_chart_order_with_shared_ranks_and_no_rank_for_missing()
    {
        var data = ChartSamples.Ranking() with
        {
            Bars = [new("甲区", 5m), new("乙区", null), new("丙区", 7m), new("丁区", 5m), new("戊区", 3m)],
        };
        var lines = Lines(ChartExport.Csv(data));
        Assert.Equal("排名,地区,数值,单位,目标,本地区,目标类型", lines[0]);
        Assert.Equal(["1,丙区", "2,甲区", "2,丁区", "4,戊区", ",乙区"], lines[1..].Select(l => string.Join(',', l.Split(',')[..2])));
        Assert.Equal(",乙区,,元/月,1100,否,", lines[^1]);
    }

    [Fact]
    public void Distribution_csv_holds_the_bins_drawn_and_counts_every_region()
    {
        var data = ChartSamples.Distribution();
        var lines = Lines(ChartExport.Csv(data));
        Assert.Equal("区间下限,区间上限,地区数,单位,目标,目标类型", lines[0]);
        Assert.Equal(data.Values.Count, lines[1..].Sum(l => int.Parse(l.Split(',')[2], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("40,50,2,%,60,", lines[1]);
    }

    [Fact]
    public void What_if_csv_gives_change_and_leaves_the_rate_empty_for_a_zero_baseline()
    {
        var lines = Lines(ChartExport.Csv(ChartSamples.WhatIf()));
        Assert.Equal("指标,基线,情景,变化,变化率（%）,单位", lines[0]);
        Assert.Equal("低保对象人数,12850,13420,570,4.44,人", lines[1]);
        Assert.Equal("新增临时救助,0,35,35,,人次", lines[^1]);
    }

    [Fact]
    public void Csv_quotes_separators_and_defuses_formulas_in_labels()
    {
        var data = new WhatIfChartData(ChartSamples.WhatIfText, [new("=HYPERLINK(\"x\")", -1m, 2m, "人,次")]);
        var lines = Lines(ChartExport.Csv(data));
        Assert.Equal("\"'=HYPERLINK(\"\"x\"\")\",-1,2,3,300,\"人,次\"", lines[1]);
    }

    [Fact]
    public void Empty_data_gives_a_csv_with_only_the_header()
    {
        Assert.Single(Lines(ChartExport.Csv(ChartSamples.TrendEmpty())));
        Assert.Single(Lines(ChartExport.Csv(ChartSamples.RankingEmpty())));
        Assert.Single(Lines(ChartExport.Csv(ChartSamples.DistributionEmpty())));
        Assert.Single(Lines(ChartExport.Csv(ChartSamples.WhatIfEmpty())));
    }

    private static string[] Lines(byte[] csv)
    {
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(csv, 3, csv.Length - 3);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        return text[..^2].Split("\r\n");
    }

    private static double InkFraction(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var ink = 0;
        foreach (var pixel in bitmap.Pixels)
        {
            if (pixel.Red + pixel.Green + pixel.Blue < 600)
            {
                ink++;
            }
        }

        return (double)ink / bitmap.Pixels.Length;
    }

    private sealed record Chunk(string Type, byte[] Data, uint Crc);

    private static List<Chunk> Chunks(byte[] png)
    {
        var chunks = new List<Chunk>();
        for (var offset = 8; offset + 12 <= png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset));
            chunks.Add(new Chunk(
                Encoding.ASCII.GetString(png, offset + 4, 4),
                png[(offset + 8)..(offset + 8 + length)],
                BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length))));
            offset += 12 + length;
        }

        return chunks;
    }

    // An independent CRC-32 (zlib's, via the zip writer) to check the hand-written one in PngDensity.
    private static uint ZlibCrc32(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("chunk").Open();
            entry.Write(bytes);
        }

        buffer.Position = 0;
        using var read = new ZipArchive(buffer, ZipArchiveMode.Read);
        return read.Entries[0].Crc32;
    }
}
