using ScottPlot;
using SkiaSharp;

namespace Analytics.Web.Charts;

/// <summary>
/// Registers the project's CJK font with ScottPlot. Automatic font detection finds no Chinese font
/// on a bare machine, so the face is loaded from its file; scripts/setup.sh installs it
/// (Debian's fonts-noto-cjk). The file is a .ttc collection whose first face is the Japanese one:
/// the Simplified Chinese face is looked up by family name, since JP glyph shapes differ for
/// characters such as 直, 骨 and differ in punctuation placement.
/// </summary>
public static class ChartFonts
{
    /// <summary>The family every chart names, in PNG (rendered) and SVG (named, with fallbacks).</summary>
    public const string Family = "Noto Sans CJK SC";

    /// <summary>Font stack written into SVG, so viewers without Noto fall back to a local Chinese face.</summary>
    public const string SvgFontStack = "'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','PingFang SC','SimHei',sans-serif";

    /// <summary>Set to a .ttc/.otf path to use another copy of the font (e.g. on a developer's Windows machine).</summary>
    public const string PathVariable = "ANALYTICS_CJK_FONT";

    internal static readonly string[] RegularCandidates =
    [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    ];

    internal static readonly string[] BoldCandidates =
    [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc",
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc",
    ];

    private static readonly Lock Gate = new();
    private static CjkFontResolver? resolver;

    /// <summary>
    /// Idempotent and thread-safe. Throws <see cref="FileNotFoundException"/> naming the font and the
    /// setup script when the font file is missing, so a chart never silently renders boxes.
    /// </summary>
    public static void EnsureRegistered()
    {
        if (Volatile.Read(ref resolver) is not null)
        {
            return;
        }

        lock (Gate)
        {
            if (resolver is not null)
            {
                return;
            }

            var created = CjkFontResolver.Load(FindRegular(), FindBold());
            Fonts.FontResolvers.Insert(0, created);
            Fonts.Default = Family;
            Fonts.Sans = Family;
            Volatile.Write(ref resolver, created);
        }
    }

    /// <summary>The registered face (regular or bold): the typeface ScottPlot draws chart text with.</summary>
    internal static SKTypeface Typeface(bool bold = false)
    {
        EnsureRegistered();
        return Fonts.GetTypeface(Family, bold ? FontWeight.Bold : FontWeight.Normal, FontSlant.Upright, FontSpacing.Normal);
    }

    /// <summary>Where the regular face was loaded from, for the data page and diagnostics.</summary>
    public static string RegisteredPath
    {
        get
        {
            EnsureRegistered();
            return resolver!.RegularPath; // set by EnsureRegistered or it threw
        }
    }

    private static string FindRegular() =>
        Locate(Environment.GetEnvironmentVariable(PathVariable), RegularCandidates);

    /// <summary>The configured path if set (and present), else the first existing candidate; throws naming the font otherwise.</summary>
    internal static string Locate(string? configured, IReadOnlyList<string> candidates)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new FileNotFoundException(
                    $"{PathVariable} names '{configured}', which does not exist; it should point at the {Family} font (NotoSansCJK-Regular.ttc).",
                    configured);
        }

        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException(
                $"Chart font {Family} not found (looked for {string.Join(", ", candidates)}). "
                + $"Run scripts/setup.sh, which installs Debian's fonts-noto-cjk, or set {PathVariable} to the font file. "
                + "Without it Chinese chart text would render as empty boxes.",
                candidates.Count > 0 ? candidates[0] : Family);
    }

    private static string? FindBold()
    {
        var configured = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var sibling = configured.Replace("-Regular", "-Bold", StringComparison.Ordinal);
            return sibling != configured && File.Exists(sibling) ? sibling : null;
        }

        return BoldCandidates.FirstOrDefault(File.Exists);
    }
}
