using ScottPlot;
using SkiaSharp;

namespace Analytics.Web.Charts;

/// <summary>
/// Resolves <see cref="ChartFonts.Family"/> to the Simplified Chinese face inside a font collection.
/// ScottPlot's own FileFontResolver opens face 0 of a file, which in NotoSansCJK-*.ttc is JP.
/// </summary>
internal sealed class CjkFontResolver : IFontResolver
{
    private readonly int regularIndex;
    private readonly int boldIndex;

    private CjkFontResolver(string regularPath, int regularIndex, string? boldPath, int boldIndex)
    {
        RegularPath = regularPath;
        this.regularIndex = regularIndex;
        BoldPath = boldPath;
        this.boldIndex = boldIndex;
    }

    public string RegularPath { get; }

    public string? BoldPath { get; }

    public static CjkFontResolver Load(string regularPath, string? boldPath)
    {
        var regular = FaceIndex(regularPath)
            ?? throw new InvalidDataException(
                $"'{regularPath}' holds no {ChartFonts.Family} face; install Debian's fonts-noto-cjk (scripts/setup.sh).");
        var bold = boldPath is null ? null : FaceIndex(boldPath);
        return new CjkFontResolver(regularPath, regular, bold is null ? null : boldPath, bold ?? 0);
    }

    /// <summary>The index of the SC face in a collection (or 0 for a single-face file of that family).</summary>
    internal static int? FaceIndex(string path)
    {
        // A .ttc has a handful of faces (10 in fonts-noto-cjk); FromFile returns null past the last.
        for (var index = 0; index < 64; index++)
        {
            using var face = SKTypeface.FromFile(path, index);
            if (face is null)
            {
                return null;
            }

            if (string.Equals(face.FamilyName, ChartFonts.Family, StringComparison.Ordinal))
            {
                return index;
            }
        }

        return null;
    }

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width)
    {
        if (!string.Equals(fontName, ChartFonts.Family, StringComparison.Ordinal))
        {
            return null;
        }

        // ScottPlot caches what a resolver returns, so each call opens a fresh typeface.
        return weight >= FontWeight.SemiBold && BoldPath is not null
            ? SKTypeface.FromFile(BoldPath, boldIndex)
            : SKTypeface.FromFile(RegularPath, regularIndex);
    }

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        CreateTypeface(fontName, bold ? FontWeight.Bold : FontWeight.Normal, italic ? FontSlant.Italic : FontSlant.Upright, FontSpacing.Normal);
}
