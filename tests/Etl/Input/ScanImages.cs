using Analytics.Web.Charts;
using SkiaSharp;

namespace Analytics.Tests.Etl.Input;

/// <summary>
/// Scans of the project's own text, made as a bureau's scanner would: lines of text drawn in the
/// Noto CJK font scripts/setup.sh installs, or a PDF page rendered by pdftoppm, then turned by a
/// fraction of a degree and sprinkled with specks (seeded, so every run gets the same image).
/// </summary>
internal static class ScanImages
{
    public static byte[] Text(IReadOnlyList<string> lines, float size = 40)
    {
        var path = ChartFonts.RegularCandidates.FirstOrDefault(File.Exists);
        Tools.Require(path ?? ChartFonts.RegularCandidates[0], "fonts-noto-cjk");
        using var typeface = SKTypeface.FromFile(path, CjkFontResolver.FaceIndex(path!) ?? 0);
        using var font = new SKFont(typeface, size);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        var width = (int)(lines.Max(l => font.MeasureText(l)) + 4 * size);
        var height = (int)((lines.Count + 2) * size * 1.6);
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(SKColors.White);
        for (var i = 0; i < lines.Count; i++)
        {
            surface.Canvas.DrawText(lines[i], 2 * size, (i + 1.5f) * size * 1.6f, font, paint);
        }

        using var image = surface.Snapshot();
        return Rough(image, 0.4f, 1);
    }

    /// <summary>A clean page image turned by <paramref name="degrees"/> with specks on it, as PNG.</summary>
    public static byte[] Rough(byte[] png, float degrees, int seed)
    {
        using var image = SKImage.FromEncodedData(png);
        return Rough(image, degrees, seed);
    }

    private static byte[] Rough(SKImage image, float degrees, int seed)
    {
        using var surface = SKSurface.Create(new SKImageInfo(image.Width, image.Height));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.RotateDegrees(degrees, image.Width / 2f, image.Height / 2f);
        canvas.DrawImage(image, 0, 0);
        canvas.ResetMatrix();
        var random = new Random(seed);
        using var speck = new SKPaint { Color = new SKColor(60, 60, 60), IsAntialias = true };
        for (var i = 0; i < image.Width * image.Height / 20000; i++)
        {
            canvas.DrawCircle(random.Next(image.Width), random.Next(image.Height), (float)(0.5 + random.NextDouble()), speck);
        }

        using var snapshot = surface.Snapshot();
        using var data = snapshot.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
