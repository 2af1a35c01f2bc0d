using System.Runtime.InteropServices;
using Analytics.Warehouse.Catalog;

namespace Analytics.Etl.Extraction;

/// <summary>Where a catalog alias names an indicator in the text.</summary>
public readonly record struct AliasMention(int Start, int End, Indicator Indicator);

/// <summary>
/// Finds the catalog's aliases in a text. An alias may hold one '*' for a short gap of
/// characters without punctuation ("新增*床位" matches 新增认知障碍照护专区床位), and a quotation mark
/// inside a head is read past (残疾人“两项补贴” is 残疾人两项补贴). A mention
/// that lies inside a longer mention of another indicator of the same unit yields to it (善款
/// inside 支出善款; but 殡葬惠民补助 persons stands inside 殡葬惠民补助资金 money),
/// and a mention inside one of its indicator's exclude phrases is dropped (低保 inside 低保边缘).
/// </summary>
/// <remarks>
/// One pass over the text stops at every character that opens some alias's head (a
/// <see cref="CharTable"/> of those 50-odd characters), and walks from there down a trie of the
/// heads, one character at a time, rather than searching the text once per alias or comparing
/// every head that shares the first character (two dozen start with 低). (A multi-string
/// SearchValues finds the same places but walks an Aho-Corasick automaton with a hash lookup per
/// character, which cost more.) Mentions come out ordered by start, then end, then the alias's
/// place in the catalog.
/// </remarks>
public sealed class AliasMatcher
{
    private const int MaxGap = 10;

    private readonly Alias[] aliases;
    // The trie of the heads, its roots indexed by the first character itself (a table of 65,536 slots,
    // mostly empty: a lookup per head start costs one load instead of a hash probe).
    private readonly Node?[] roots = new Node?[char.MaxValue + 1];
    private readonly CharTable headStarts;

    // An alias starting with '*' has an empty head that starts everywhere: no position can be skipped.
    private readonly bool anyHeadEmpty;

    public AliasMatcher(IndicatorCatalog catalog)
    {
        aliases = [.. catalog.Indicators.SelectMany(i =>
        {
            var excludes = new Excludes(i.ExcludeZh);
            return i.AliasesZh.Select(a => Split(i, a, excludes));
        })];
        anyHeadEmpty = aliases.Any(a => a.Head.Length == 0);
        for (var k = 0; k < aliases.Length; k++)
        {
            var head = aliases[k].Head;
            if (head.Length == 0)
            {
                continue;
            }

            var node = roots[head[0]] ??= new Node();
            foreach (var c in head.AsSpan(1))
            {
                node = node.Add(c);
            }

            node.Ending = [.. node.Ending, k];
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
        if (anyHeadEmpty)
        {
            for (var at = 0; at <= text.Length; at++)
            {
                TryAll(text, at, found);
            }
        }
        else
        {
            // One bit test per character (the table is inlined here rather than asked for the next head
            // from each position, which sliced the text and called out once per head found).
            for (var at = 0; at < text.Length; at++)
            {
                var c = text[at];
                if (!headStarts.Contains(c))
                {
                    continue;
                }

                // Down the trie as far as the text follows a head; every alias whose head ends on the way matches there.
                var node = roots[c]!; // every head start has its root
                for (var p = at + 1; ; p++)
                {
                    foreach (var k in node.Ending)
                    {
                        Matched(text, at, p, k, found);
                    }

                    if (p >= text.Length)
                    {
                        break;
                    }

                    if (node.Child(text[p]) is not { } child)
                    {
                        // A term quoted inside a name (残疾人“两项补贴”) reads as the name.
                        if (Quotes.Contains(text[p]) && p + 1 < text.Length && node.Child(text[p + 1]) is { } afterQuote)
                        {
                            node = afterQuote;
                            p++;
                            continue;
                        }

                        break;
                    }

                    node = child;
                }
            }
        }

        Keep(found, scratch.Survivors, kept);
    }

    private static readonly System.Buffers.SearchValues<char> Quotes = System.Buffers.SearchValues.Create("“”‘’\"「」『』");

    /// <summary>Working lists of one caller, kept between calls so that a sentence allocates none.</summary>
    internal sealed class Scratch
    {
        internal List<Found> Found { get; } = [];

        internal List<Found> Survivors { get; } = [];
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
        var head = aliases[k].Head;
        if (at + head.Length <= text.Length && text.Slice(at, head.Length).SequenceEqual(head))
        {
            Matched(text, at, at + head.Length, k, found);
        }
    }

    // Alias k's head stands at [at, headEnd): the mention, when its tail follows and no exclude phrase covers it.
    private void Matched(ReadOnlySpan<char> text, int at, int headEnd, int k, List<Found> found)
    {
        var (indicator, tail) = (aliases[k].Indicator, aliases[k].Tail);
        var end = tail is null ? headEnd : GapEnd(text, headEnd, tail);
        if (end > 0 && !aliases[k].Excludes.Cover(text, at, end))
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
            foreach (ref readonly var m in CollectionsMarshal.AsSpan(found))
            {
                kept.Add(new AliasMention(m.Start, m.End, m.Indicator));
            }

            return;
        }

        survivors.Clear();
        foreach (ref readonly var m in CollectionsMarshal.AsSpan(found))
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
        foreach (ref readonly var o in CollectionsMarshal.AsSpan(all))
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

    private static Alias Split(Indicator indicator, string alias, Excludes excludes)
    {
        var star = alias.IndexOf('*', StringComparison.Ordinal);
        return star < 0 ? new Alias(indicator, alias, null, excludes) : new Alias(indicator, alias[..star], alias[(star + 1)..], excludes);
    }

    private sealed record Alias(Indicator Indicator, string Head, string? Tail, Excludes Excludes);

    // An indicator's exclude phrases (低保边缘 for 低保), held as an array with their distinct first characters.
    private sealed class Excludes(IReadOnlyList<string> phrases)
    {
        private readonly string[] phrases = [.. phrases]; // never empty: the catalog drops empty entries
        private readonly char[] firsts = [.. phrases.Select(p => p[0]).Distinct()];
        private readonly int longest = phrases.Count == 0 ? 0 : phrases.Max(p => p.Length);

        /// <summary>
        /// Whether a phrase overlaps the mention [start, end): an occurrence starting after start - its length
        /// and before end. One walk over that window stops only at the phrases' first characters (a dozen
        /// phrases of 低保 start with two), rather than a walk per phrase.
        /// </summary>
        public bool Cover(ReadOnlySpan<char> text, int start, int end)
        {
            if (phrases.Length == 0)
            {
                return false;
            }

            for (var p = Math.Max(0, start - longest + 1); p < end && p < text.Length; p++)
            {
                if (!IsFirst(text[p]))
                {
                    continue;
                }

                foreach (var phrase in phrases)
                {
                    if (phrase[0] == text[p] && p > start - phrase.Length && p + phrase.Length <= text.Length
                        && text.Slice(p, phrase.Length).SequenceEqual(phrase))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // Two or three characters: a plain loop, no call.
        private bool IsFirst(char c)
        {
            foreach (var f in firsts)
            {
                if (f == c)
                {
                    return true;
                }
            }

            return false;
        }
    }

    // A node of the trie of heads: the characters that may follow, each with its node, and the aliases
    // (by their place in the catalog) whose head ends here.
    private sealed class Node
    {
        private char[] keys = [];
        private Node[] children = [];

        public int[] Ending { get; set; } = [];

        // A node has a few children: a plain loop beats a vectorised search or a hash probe.
        public Node? Child(char c)
        {
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i] == c)
                {
                    return children[i];
                }
            }

            return null;
        }

        public Node Add(char c)
        {
            if (Child(c) is { } existing)
            {
                return existing;
            }

            var node = new Node();
            (keys, children) = ([.. keys, c], [.. children, node]);
            return node;
        }
    }

    // A mention before filtering, with its alias's place in the catalog (the tie-break of the order).
    internal readonly record struct Found(int Start, int End, Indicator Indicator, int Order);
}
