using Analytics.Web.Charts;
using ScottPlot;
using SkiaSharp;

namespace Analytics.Tests.Web.Charts;

/// <summary>
/// Renders single characters the way chart labels are drawn (ScottPlot's LabelStyle in the chart
/// family) and compares the pixels. A missing glyph draws the font's .notdef box ("tofu"): every
/// missing character then looks the same, and the same as a code point no font has.
/// </summary>
internal static class GlyphProbe
{
    /// <summary>U+0378 and U+0379 are unassigned in Unicode, so no font maps them: they render as .notdef.</summary>
    public const string Unassigned = "\u0378\u0379";

    public static byte[] Render(char character, SKTypeface? typeface = null)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(64, 64, SKColorType.Gray8, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        var label = new LabelStyle
        {
            Text = character.ToString(),
            FontName = ChartFonts.Family,
            FontSize = 40,
            ForeColor = Colors.Black,
            Alignment = Alignment.MiddleCenter,
        };
        if (typeface is not null)
        {
            label.Font = typeface;
        }

        using var paint = Paint.NewDisposablePaint();
        label.Render(canvas, new Pixel(32, 32), paint);
        return bitmap.Bytes;
    }

    public static int Ink(byte[] pixels) => pixels.Count(p => p < 128);

    /// <summary>True when the characters render as identical boxes, or as nothing at all.</summary>
    public static bool LooksLikeTofu(string text, SKTypeface? typeface = null)
    {
        var renders = text.Select(c => Render(c, typeface)).ToList();
        var tofu = Render(Unassigned[0], typeface);
        var distinct = renders.Select(Convert.ToBase64String).Distinct(StringComparer.Ordinal).Count();
        return renders.Any(r => Ink(r) == 0)
            || distinct < renders.Count
            || renders.Any(r => r.AsSpan().SequenceEqual(tofu));
    }
}
