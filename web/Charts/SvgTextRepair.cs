using System.Text;
using SkiaSharp;

namespace Analytics.Web.Charts;

/// <summary>
/// Puts back the characters Skia's SVG writer gets wrong. It writes text as glyphs and maps each
/// glyph back to a code point through the font's cmap, taking the lowest one; Noto Sans CJK shares
/// glyphs between ideographs and the Kangxi/CJK radical blocks, so 民 came out as ⺠ (U+2EA0),
/// 工 as ⼯ (U+2F2F), 无 as ⽆, 目 as ⽬. Those look alike in Noto but not in the fallback fonts,
/// and they break search and copy. Report text never uses radicals, so each radical that shares
/// its glyph with an ideograph becomes that ideograph.
/// </summary>
internal static class SvgTextRepair
{
    private static readonly Lazy<Dictionary<char, char>> RadicalToIdeograph = new(Build);

    public static string Repair(string text)
    {
        if (!text.Any(IsRadical))
        {
            return text;
        }

        var map = RadicalToIdeograph.Value;
        var repaired = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            repaired.Append(map.TryGetValue(c, out var ideograph) ? ideograph : c);
        }

        return repaired.ToString();
    }

    private static bool IsRadical(char c) => c is >= '\u2E80' and <= '\u2FDF';

    private static Dictionary<char, char> Build()
    {
        using var font = new SKFont(ChartFonts.Typeface());
        var glyphToIdeograph = new Dictionary<ushort, char>();
        // CJK Unified Ideographs Extension A then the main block; the main block wins a shared glyph.
        foreach (var (first, last) in new[] { ('\u3400', '\u4DBF'), ('\u4E00', '\u9FFF') })
        {
            var block = Enumerable.Range(first, last - first + 1).Select(i => (char)i).ToArray();
            var glyphs = font.GetGlyphs(new string(block));
            for (var i = 0; i < block.Length; i++)
            {
                if (glyphs[i] != 0)
                {
                    glyphToIdeograph[glyphs[i]] = block[i];
                }
            }
        }

        var radicals = Enumerable.Range('\u2E80', '\u2FDF' - '\u2E80' + 1).Select(i => (char)i).ToArray();
        var radicalGlyphs = font.GetGlyphs(new string(radicals));
        var map = new Dictionary<char, char>();
        for (var i = 0; i < radicals.Length; i++)
        {
            if (radicalGlyphs[i] != 0 && glyphToIdeograph.TryGetValue(radicalGlyphs[i], out var ideograph))
            {
                map[radicals[i]] = ideograph;
            }
        }

        return map;
    }
}
