using Analytics.Warehouse.Catalog;

namespace Analytics.Etl.Extraction;

/// <summary>Where a catalog alias names an indicator in the text.</summary>
public readonly record struct AliasMention(int Start, int End, Indicator Indicator);

/// <summary>
/// Finds the catalog's aliases in a text. An alias may hold one '*' for a short gap of
/// characters without punctuation ("新增*床位" matches 新增认知障碍照护专区床位). A mention
/// that lies inside a longer mention of another indicator of the same unit yields to it (善款
/// inside 支出善款; but 殡葬惠民补助 persons stands inside 殡葬惠民补助资金 money),
/// and a mention inside one of its indicator's exclude phrases is dropped (低保 inside 低保边缘).
/// </summary>
/// <remarks>
/// One pass over the text stops at every character that opens some alias's head (a
/// <see cref="CharTable"/> of those 40-odd characters), and only the aliases sharing that first
/// character are tried there, rather than searching the text once per alias. (A multi-string
/// SearchValues finds the same places but walks an Aho-Corasick automaton with a hash lookup per
/// character, which cost more than comparing the few heads at each candidate.) Mentions come out ordered by
/// start, then end, then the alias's place in the catalog.
/// </remarks>
public sealed class AliasMatcher
{
    private const int MaxGap = 10;

    private readonly Alias[] aliases;
    // The aliases whose head starts with a character, indexed by the character itself (a table of
    // 65,536 slots, mostly empty: a lookup per head found costs one load instead of a hash probe).
    private readonly int[]?[] byFirstChar = new int[]?[char.MaxValue + 1];
    // Beside each list, the second character of each of those heads ('\0' for a one-character head): most
    // candidates differ from the text there, which this tells without loading the alias.
    private readonly char[]?[] secondByFirstChar = new char[]?[char.MaxValue + 1];
    private readonly CharTable headStarts;

    // An alias starting with '*' has an empty head that starts everywhere: no position can be skipped.
    private readonly bool anyHeadEmpty;

    public AliasMatcher(IndicatorCatalog catalog)
    {
        aliases = [.. catalog.Indicators.SelectMany(i => i.AliasesZh.Select(a => Split(i, a)))];
        anyHeadEmpty = aliases.Any(a => a.Head.Length == 0);
        foreach (var group in Enumerable.Range(0, aliases.Length).Where(k => aliases[k].Head.Length > 0).GroupBy(k => aliases[k].Head[0]))
        {
            byFirstChar[group.Key] = [.. group];
            secondByFirstChar[group.Key] = [.. group.Select(k => aliases[k].Head.Length > 1 ? aliases[k].Head[1] : '\0')];
        }
        headStarts = new CharTable(aliases.Select(a => a.Head).Where(h => h.Length > 0).Select(h => h[0]));
    }

    public IReadOnlyList<AliasMention> Find(string text)
    {
        var kept = new List<AliasMention>();
        Find(text, kept, new Scratch());
        return kept;
    }

    /// <summary>Fills <paramref name="kept"/> (cleared first); the lists are reused from sentence to sentence.</summary>
    internal void Find(ReadOnlySpan<char> text, List<AliasMention> kept, Scratch scratch)
    {
        var found = scratch.Found;
        found.Clear();
        var span = text;
        var at = NextHead(span, 0);
        while (at >= 0)
        {
            if (anyHeadEmpty)
            {
                TryAll(text, at, found);
            }
            else if (byFirstChar[text[at]] is { } candidates)
            {
                var seconds = secondByFirstChar[text[at]]!;
                var next = at + 1 < text.Length ? text[at + 1] : '\0';
                for (var j = 0; j < candidates.Length; j++)
                {
                    if (seconds[j] == '\0' || seconds[j] == next)
                    {
                        TryAlias(text, at, candidates[j], found);
                    }
                }
            }

            at = NextHead(span, at + 1);
        }

        Keep(found, scratch.Survivors, kept);
    }

    /// <summary>Working lists of one caller, kept between calls so that a sentence allocates none.</summary>
    internal sealed class Scratch
    {
        internal List<Found> Found { get; } = [];

        internal List<Found> Survivors { get; } = [];
    }

    private int NextHead(ReadOnlySpan<char> text, int from)
    {
        if (anyHeadEmpty)
        {
            return from <= text.Length ? from : -1;
        }

        var i = from < text.Length ? headStarts.IndexOfAny(text[from..]) : -1;
        return i < 0 ? -1 : from + i;
    }

    private void TryAll(ReadOnlySpan<char> text, int at, List<Found> found)
    {
        for (var k = 0; k < aliases.Length; k++)
        {
            TryAlias(text, at, k, found);
        }
    }

    private void TryAlias(ReadOnlySpan<char> text, int at, int k, List<Found> found)
    {
        var alias = aliases[k];
        var head = alias.Head;
        // The second character first: most candidates sharing the first one differ there already.
        if (at + head.Length > text.Length || (head.Length > 1 && text[at + 1] != head[1])
            || !text.Slice(at, head.Length).SequenceEqual(head))
        {
            return;
        }

        var (indicator, tail) = (alias.Indicator, alias.Tail);
        var end = tail is null ? at + head.Length : GapEnd(text, at + head.Length, tail);
        if (end > 0 && !Excluded(text, at, end, indicator))
        {
            found.Add(new Found(at, end, indicator, k));
        }
    }

    // Drops mentions inside a longer one of another indicator of the same unit, then duplicates of
    // one span and indicator (two aliases of it, 低保*标准 and 低保标准), keeping the earlier alias.
    private static void Keep(List<Found> found, List<Found> survivors, List<AliasMention> kept)
    {
        if (found.Count <= 1)
        {
            // Nothing to yield to, nothing to sort, no duplicate: the common case of one mention.
            kept.Clear();
            foreach (var m in found)
            {
                kept.Add(new AliasMention(m.Start, m.End, m.Indicator));
            }

            return;
        }

        survivors.Clear();
        foreach (var m in found)
        {
            if (!InsideLonger(m, found))
            {
                survivors.Add(m);
            }
        }

        // Found left to right, the survivors are mostly in order already: sort only when they are not.
        // (Start, End, Order) is unique per mention, so any sort gives the one same order.
        if (!InOrder(survivors))
        {
            survivors.Sort(static (a, b) => Compare(a, b));
        }

        kept.Clear();
        for (var i = 0; i < survivors.Count; i++)
        {
            var m = survivors[i];
            if (!SameSpanKept(survivors, i))
            {
                kept.Add(new AliasMention(m.Start, m.End, m.Indicator));
            }
        }
    }

    private static int Compare(Found a, Found b) =>
        a.Start != b.Start ? a.Start.CompareTo(b.Start)
        : a.End != b.End ? a.End.CompareTo(b.End)
        : a.Order.CompareTo(b.Order);

    private static bool InOrder(List<Found> list)
    {
        for (var i = 1; i < list.Count; i++)
        {
            if (Compare(list[i - 1], list[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool InsideLonger(Found m, List<Found> all)
    {
        foreach (var o in all)
        {
            if (!ReferenceEquals(o.Indicator, m.Indicator) && o.Start <= m.Start && o.End >= m.End
                && o.End - o.Start > m.End - m.Start && o.Indicator.Unit == m.Indicator.Unit)
            {
                return true;
            }
        }

        return false;
    }

    // Sorted by span then alias order, an earlier entry of the same span and indicator was kept.
    private static bool SameSpanKept(List<Found> sorted, int i)
    {
        var m = sorted[i];
        for (var j = i - 1; j >= 0 && sorted[j].Start == m.Start && sorted[j].End == m.End; j--)
        {
            if (ReferenceEquals(sorted[j].Indicator, m.Indicator))
            {
                return true;
            }
        }

        return false;
    }

    private static int GapEnd(ReadOnlySpan<char> text, int from, string tail)
    {
        var limit = Math.Min(text.Length, from + MaxGap + tail.Length);
        for (var p = from; p < limit; p++)
        {
            if (text[p..].StartsWith(tail, StringComparison.Ordinal))
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

    // A mention is excluded when one of its indicator's exclude phrases overlaps it: an occurrence
    // starting after start - length and before end. Those few starting places are compared directly
    // (a window of a dozen characters, where a vectorised search costs more than it saves).
    private static bool Excluded(ReadOnlySpan<char> text, int start, int end, Indicator indicator)
    {
        var phrases = indicator.ExcludeZh;
        for (var k = 0; k < phrases.Count; k++) // by index: a foreach over the interface would allocate an enumerator per mention
        {
            var phrase = phrases[k]; // never empty: the catalog drops empty entries
            var first = phrase[0];
            var last = Math.Min(end - 1, text.Length - phrase.Length);
            for (var p = Math.Max(0, start - phrase.Length + 1); p <= last; p++)
            {
                if (text[p] == first && text.Slice(p, phrase.Length).SequenceEqual(phrase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static Alias Split(Indicator indicator, string alias)
    {
        var star = alias.IndexOf('*', StringComparison.Ordinal);
        return star < 0 ? new Alias(indicator, alias, null) : new Alias(indicator, alias[..star], alias[(star + 1)..]);
    }

    private sealed record Alias(Indicator Indicator, string Head, string? Tail);

    // A mention before filtering, with its alias's place in the catalog (the tie-break of the order).
    internal readonly record struct Found(int Start, int End, Indicator Indicator, int Order);
}
