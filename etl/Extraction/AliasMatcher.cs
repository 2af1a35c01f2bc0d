using Analytics.Warehouse.Catalog;

namespace Analytics.Etl.Extraction;

/// <summary>Where a catalog alias names an indicator in the text.</summary>
public sealed record AliasMention(int Start, int End, Indicator Indicator);

/// <summary>
/// Finds the catalog's aliases in a text. An alias may hold one '*' for a short gap of
/// characters without punctuation ("新增*床位" matches 新增认知障碍照护专区床位). A mention
/// that lies inside a longer mention of another indicator of the same unit yields to it (善款
/// inside 支出善款; but 殡葬惠民补助 persons stands inside 殡葬惠民补助资金 money),
/// and a mention inside one of its indicator's exclude phrases is dropped (低保 inside 低保边缘).
/// </summary>
public sealed class AliasMatcher(IndicatorCatalog catalog)
{
    private const int MaxGap = 10;

    private readonly (Indicator Indicator, string Head, string? Tail)[] aliases =
        [.. catalog.Indicators.SelectMany(i => i.AliasesZh.Select(a => Split(i, a)))];

    public IReadOnlyList<AliasMention> Find(string text)
    {
        var all = new List<AliasMention>();
        foreach (var (indicator, head, tail) in aliases)
        {
            for (var at = text.IndexOf(head, StringComparison.Ordinal); at >= 0; at = text.IndexOf(head, at + 1, StringComparison.Ordinal))
            {
                var end = tail is null ? at + head.Length : GapEnd(text, at + head.Length, tail);
                if (end > 0 && !Excluded(text, at, end, indicator))
                {
                    all.Add(new AliasMention(at, end, indicator));
                }
            }
        }

        var kept = all
            .Where(m => !all.Any(o => o.Indicator != m.Indicator && o.Indicator.Unit == m.Indicator.Unit
                && o.Start <= m.Start && o.End >= m.End && o.End - o.Start > m.End - m.Start))
            .GroupBy(m => (m.Start, m.End, m.Indicator.Code))
            .Select(g => g.First())
            .OrderBy(m => m.Start)
            .ThenBy(m => m.End)
            .ToList();
        return kept;
    }

    private static int GapEnd(string text, int from, string tail)
    {
        var limit = Math.Min(text.Length, from + MaxGap + tail.Length);
        for (var p = from; p < limit; p++)
        {
            if (string.CompareOrdinal(text, p, tail, 0, tail.Length) == 0)
            {
                return p + tail.Length;
            }

            if (Lexicon.IsSentenceEnd(text[p]) || Lexicon.IsClauseEnd(text[p]) || char.IsAsciiDigit(text[p]))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool Excluded(string text, int start, int end, Indicator indicator)
    {
        foreach (var phrase in indicator.ExcludeZh)
        {
            var from = Math.Max(0, start - phrase.Length);
            var to = Math.Min(text.Length, end + phrase.Length);
            var window = text.AsSpan(from, to - from);
            var idx = window.IndexOf(phrase, StringComparison.Ordinal);
            while (idx >= 0)
            {
                var ps = from + idx;
                if (ps < end && ps + phrase.Length > start)
                {
                    return true;
                }

                var next = window[(idx + 1)..].IndexOf(phrase, StringComparison.Ordinal);
                idx = next < 0 ? -1 : idx + 1 + next;
            }
        }

        return false;
    }

    private static (Indicator, string, string?) Split(Indicator indicator, string alias)
    {
        var star = alias.IndexOf('*', StringComparison.Ordinal);
        return star < 0 ? (indicator, alias, null) : (indicator, alias[..star], alias[(star + 1)..]);
    }
}
