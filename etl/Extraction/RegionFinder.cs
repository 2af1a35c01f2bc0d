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
        var mentions = gazetteer.FindMentions(opening);

        // "南部县民政局2022年工作情况汇报": the title names its own bureau, which is none of ours; the
        // places of ours its text names (对口帮扶, 考察学习) are not its area.
        var title = layout.Blocks.Count == 0 ? [] : text.AsSpan(0, layout.Blocks[0].End);
        if (Bureau().IsMatch(title) && (mentions.Count == 0 || mentions[0].Start >= title.Length))
        {
            return null;
        }
        for (var i = 0; i < mentions.Count; i++)
        {
            if (Inside(layout, mentions[i]))
            {
                return null; // "东西湖区民政局": the bureau of a longer name that ends in one of ours
            }

            if (Foreign(opening, mentions, i))
            {
                return null; // "上海市普陀区", "南昌市西湖区": a namesake of ours under a city or province we do not hold
            }

            if (Unique(mentions[i]) is { } region)
            {
                return Narrowest(region, mentions, i);
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

    // "江苏省南京市鼓楼区", "宁波市江北区": each name written right after its parent's narrows the area,
    // and the parent settles a name that repeats (鼓楼区 of 南京, not of 徐州).
    private static Region Narrowest(Region region, IReadOnlyList<RegionMention> mentions, int i)
    {
        for (var j = i + 1; j < mentions.Count && mentions[j].Start == mentions[j - 1].End; j++)
        {
            Region? child = null;
            foreach (var c in mentions[j].Candidates)
            {
                if (c.ParentCode == region.Code && (child is null || (c.IsCurrent && !child.IsCurrent)))
                {
                    child = c;
                }
            }

            if (child is null)
            {
                break;
            }

            region = child;
        }

        return region;
    }

    // A name right after a division we do not hold ("重庆市江北区", "阜新市海州区"): the text before it ends
    // in 市/省/州 with no name of ours ending there.
    private static bool Foreign(ReadOnlySpan<char> opening, IReadOnlyList<RegionMention> mentions, int i)
    {
        var start = mentions[i].Start;
        if (start < 3 || opening[start - 1] is not ('市' or '省' or '州') || !Lexicon.IsHan(opening[start - 2]) || !Lexicon.IsHan(opening[start - 3]))
        {
            return false;
        }

        return i == 0 || mentions[i - 1].End != start;
    }

    // A name that a bureau's own title ends, right after a character of the same line that no parent name or particle
    // ends in: the bureau's name is longer than ours and not ours.
    private static bool Inside(TextLayout layout, RegionMention mention)
    {
        var opening = layout.Text.AsSpan();
        var start = mention.Start;
        if (start == 0 || layout.ToOriginal(start - 1) + 1 != layout.ToOriginal(start) || !Lexicon.IsHan(opening[start - 1]) || "市省州县区旗盟于在对和与及的全我本该原".Contains(opening[start - 1]))
        {
            return false;
        }

        var after = opening[mention.End..];
        if (after is ['区' or '县' or '市' or '旗', ..])
        {
            after = after[1..];
        }

        return after.StartsWith("民政局", StringComparison.Ordinal) || after.StartsWith("民政厅", StringComparison.Ordinal)
            || after.StartsWith("人民政府", StringComparison.Ordinal);
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

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}{2}[省市县区州旗](?:民政局|民政厅|人民政府)")]
    private static partial Regex Bureau();

    [GeneratedRegex(@"[*＊X×]{1,4}[区县市]")]
    private static partial Regex Masked();

    [GeneratedRegex("我市|全市|本市")]
    private static partial Regex CitySelf();

    [GeneratedRegex("我区|全区|本区|我县|全县|本县")]
    private static partial Regex CountySelf();
}
