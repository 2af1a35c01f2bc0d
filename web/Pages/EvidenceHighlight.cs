using System.Globalization;
using System.Text.RegularExpressions;

namespace Analytics.Web.Pages;

/// <summary>
/// Finds the number a value was read from inside its evidence sentence. Facts loaded since schema 3
/// record where it stands (<paramref name="mark"/>, the span's length long). For older ones the
/// span's length and the value pick the figure: a number written exactly as the value wins, else the
/// one figure of the span's length. When neither is unique nothing is highlighted (the document
/// offsets are still shown).
/// </summary>
public static partial class EvidenceHighlight
{
    public static (string Before, string Match, string After)? Find(string evidence, decimal? value, int? spanStart, int? spanEnd, int? mark = null)
    {
        if (mark is { } at && spanStart is { } s && spanEnd is { } e && e > s && at >= 0 && at + (e - s) <= evidence.Length)
        {
            return (evidence[..at], evidence.Substring(at, e - s), evidence[(at + e - s)..]);
        }

        var figures = Figures().Matches(evidence).ToList();
        if (value is { } v)
        {
            var written = v.ToString("0.######", CultureInfo.InvariantCulture);
            var grouped = v.ToString("#,0.######", CultureInfo.InvariantCulture);
            var exact = figures.Where(m => m.Value == written || m.Value == grouped).ToList();
            if (exact.Count == 1)
            {
                return Split(evidence, exact[0]);
            }
        }

        if (spanStart is { } start && spanEnd is { } end && end > start)
        {
            var sized = figures.Where(m => m.Length == end - start).ToList();
            if (sized.Count == 1)
            {
                return Split(evidence, sized[0]);
            }
        }

        return null;
    }

    private static (string, string, string) Split(string text, Match m) =>
        (text[..m.Index], m.Value, text[(m.Index + m.Length)..]);

    [GeneratedRegex(@"[0-9０-９][0-9０-９,，.．]*[0-9０-９]|[0-9０-９]|[零〇一二两三四五六七八九十百千万亿]+")]
    private static partial Regex Figures();
}
