using System.Text.RegularExpressions;

namespace Analytics.Etl.Extraction;

/// <summary>
/// The year a report is about. In order: a year in its title lines; "党的十八大以来…十年"
/// (the anniversary retrospectives of 2022); otherwise the year its statements name most
/// often, the later one on a tie. 公开日期 is a publication date, a year after the review.
/// </summary>
internal static partial class ReportYear
{
    public static int? Infer(TextLayout layout)
    {
        var text = layout.Text;
        foreach (var block in layout.Blocks.Take(3))
        {
            if (block.End - block.Start > 60)
            {
                continue; // a paragraph, not a title line: no string of it
            }

            var line = text[block.Start..block.End];
            if (TitleYear().Match(line) is { Success: true } m && !line.Contains("以来", StringComparison.Ordinal))
            {
                return int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var congress = Lexicon.CongressSince().Match(text);
        if (congress.Success)
        {
            var span = Lexicon.YearsSpan().Match(text);
            if (span.Success && span.Groups["n"].Success)
            {
                return Lexicon.CongressYear(congress.Groups["congress"].Value) + Lexicon.ParseSmall(span.Groups["n"].Value);
            }
        }

        var counts = new Dictionary<int, int>();
        foreach (var m in Lexicon.Year().EnumerateMatches(text))
        {
            // A single year, or the end of a range: read off the match, with no Match object per year.
            var year = Lexicon.YearOfMatch(text.AsSpan(m.Index, m.Length)).Year;
            counts[year] = counts.GetValueOrDefault(year) + 1;
        }

        return counts.Count == 0 ? null : counts.OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key).First().Key;
    }

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*年(?:度)?.{0,20}(?:总结|报告|汇报|工作|情况)")]
    private static partial Regex TitleYear();
}
