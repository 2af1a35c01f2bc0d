using System.Text.RegularExpressions;
using Analytics.Warehouse.Regions;

namespace Analytics.Etl.Extraction;

/// <summary>
/// The area a report speaks for: the division its title and first lines name
/// ("嵊州市民政局", "推进新时代柯城民政事业"). A masked name ("**区民政局") stays unknown.
/// Without a name up front, the division the text names most often counts when it names it
/// at least twice and the text speaks as that level (我市/全市 for a city, 我区/全县 for a county).
/// </summary>
internal sealed partial class RegionFinder(Gazetteer gazetteer)
{
    private const int OpeningBlocks = 3;

    public Region? Find(TextLayout layout)
    {
        var text = layout.Text;
        var openingEnd = layout.Blocks.Count == 0 ? 0 : layout.Blocks[Math.Min(OpeningBlocks, layout.Blocks.Count) - 1].End;
        var opening = text.AsSpan(0, openingEnd);
        foreach (var mention in gazetteer.FindMentions(opening))
        {
            if (Unique(mention) is { } region)
            {
                return region;
            }
        }

        if (Masked().IsMatch(opening))
        {
            return null;
        }

        var counted = gazetteer.FindMentions(text)
            .Select(Unique)
            .OfType<Region>()
            .Where(r => r.Level != RegionLevel.Province)
            .GroupBy(r => r.Code, StringComparer.Ordinal)
            .Select(g => (Region: g.First(), Count: g.Count()))
            .OrderByDescending(x => x.Count)
            .ToList();
        if (counted.Count == 0 || counted[0].Count < 2 || (counted.Count > 1 && counted[1].Count == counted[0].Count))
        {
            return null;
        }

        var top = counted[0].Region;
        var speaksAsCity = CitySelf().Count(text);
        var speaksAsCounty = CountySelf().Count(text);
        var fits = top.Level == RegionLevel.City ? speaksAsCity >= speaksAsCounty : speaksAsCounty >= speaksAsCity;
        return fits ? top : null;
    }

    private static Region? Unique(RegionMention mention)
    {
        Region? current = null;
        var currentCount = 0;
        foreach (var c in mention.Candidates)
        {
            if (c.IsCurrent)
            {
                current = c;
                currentCount++;
            }
        }

        return currentCount == 1 ? current : mention.Candidates.Count == 1 ? mention.Candidates[0] : null;
    }

    [GeneratedRegex(@"[*＊X×]{1,4}[区县市]")]
    private static partial Regex Masked();

    [GeneratedRegex("我市|全市|本市")]
    private static partial Regex CitySelf();

    [GeneratedRegex("我区|全区|本区|我县|全县|本县")]
    private static partial Regex CountySelf();
}
