using Analytics.Web.Charts;
using ScottPlot;
using SkiaSharp;

namespace Analytics.Tests.Web.Charts;

public sealed class ChartFontTests
{
    private const string ReportText = "低保标准特困供养养老机构护理型床位殡葬";

    public ChartFontTests() => ChartFonts.EnsureRegistered();

    [Fact]
    public void Chinese_chart_text_renders_as_distinct_glyphs_not_empty_boxes()
    {
        Assert.False(GlyphProbe.LooksLikeTofu("低保标准"));
        Assert.All("低保标准", c => Assert.True(GlyphProbe.Ink(GlyphProbe.Render(c)) > 40, $"{c} drew almost nothing"));
    }

    [Fact]
    public void Exported_chart_png_draws_different_chinese_titles_differently()
    {
        // End to end through the real export: with tofu, both titles would be the same four boxes.
        byte[] Render(string title) => ChartExport.Png(
            ReportCharts.Distribution(ChartSamples.Distribution() with { Text = ChartSamples.DistributionText with { Title = title } }),
            ChartResolution.Screen);

        var first = Render("低保标准");
        Assert.False(first.AsSpan().SequenceEqual(Render("养老服务")));
        Assert.False(first.AsSpan().SequenceEqual(Render(GlyphProbe.Unassigned + GlyphProbe.Unassigned)));
    }

    [Fact]
    public void Tofu_check_catches_characters_the_font_lacks()
    {
        // The negative control: if this passed for missing glyphs, the test above would prove nothing.
        Assert.True(GlyphProbe.LooksLikeTofu(GlyphProbe.Unassigned));
    }

    [Fact]
    public void Tofu_check_catches_a_latin_only_font()
    {
        var latin = SKFontManager.Default.GetFontFamilies()
            .Select(f => SKTypeface.FromFamilyName(f))
            .FirstOrDefault(t => t is not null && t.ContainsGlyphs("A") && !t.ContainsGlyphs("低"));
        if (latin is null)
        {
            Assert.SkipWhen(Environment.GetEnvironmentVariable("CI") is null, "no Latin-only font installed to compare with");
            Assert.Fail("CI: no Latin-only font (fonts-dejavu-core comes with fontconfig from scripts/setup.sh)");
        }

        Assert.True(GlyphProbe.LooksLikeTofu("低保标准", latin));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Chart_font_is_the_simplified_chinese_face_of_the_collection(bool bold)
    {
        var face = Fonts.GetTypeface(ChartFonts.Family, bold ? FontWeight.Bold : FontWeight.Normal, FontSlant.Upright, FontSpacing.Normal);
        Assert.Equal("Noto Sans CJK SC", face.FamilyName);
        Assert.True(face.ContainsGlyphs(ReportText));
    }

    [Fact]
    public void Face_zero_of_the_collection_is_not_the_chinese_one()
    {
        // Why the resolver picks the face by name: ScottPlot's AddFontFile would open face 0.
        using var first = SKTypeface.FromFile(ChartFonts.RegisteredPath, 0);
        Assert.NotEqual(ChartFonts.Family, first.FamilyName);
        Assert.NotNull(CjkFontResolver.FaceIndex(ChartFonts.RegisteredPath));
    }

    [Fact]
    public void Missing_font_is_reported_with_the_font_package_and_setup_script()
    {
        var error = Assert.Throws<FileNotFoundException>(() => ChartFonts.Locate(null, ["/nonexistent/NotoSansCJK-Regular.ttc"]));
        Assert.Contains("Noto Sans CJK SC", error.Message, StringComparison.Ordinal);
        Assert.Contains("fonts-noto-cjk", error.Message, StringComparison.Ordinal);
        Assert.Contains("scripts/setup.sh", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_font_path_that_does_not_exist_is_an_error_not_a_silent_fallback()
    {
        var error = Assert.Throws<FileNotFoundException>(() => ChartFonts.Locate("/nonexistent/font.ttc", ChartFonts.RegularCandidates));
        Assert.Contains(ChartFonts.PathVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registration_is_idempotent()
    {
        ChartFonts.EnsureRegistered();
        ChartFonts.EnsureRegistered();
        Assert.Single(Fonts.FontResolvers, r => r is CjkFontResolver);
    }
}
