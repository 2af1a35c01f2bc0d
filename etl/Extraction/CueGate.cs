using System.Text.RegularExpressions;

namespace Analytics.Etl.Extraction;

/// <summary>
/// A cue regex with a cheap test in front of it: the characters its matches can start with, read
/// off the pattern's top-level alternatives ("清退|核减|注销" can only start at 清, 核 or 注). A text
/// holding none of them cannot match, and a scan for those characters (a <see cref="CharTable"/>:
/// the spans are short clauses, where SearchValues' setup per call costs more than it saves) costs far less
/// than running the regex, which the binder does for nearly every figure. When an alternative
/// starts with anything but a plain character (a group, a class, an escape, an optional first
/// character) there is no such set and the regex always runs.
/// </summary>
internal sealed class CueGate
{
    private readonly CharTable? leads;

    public CueGate(Regex regex)
    {
        Regex = regex;
        Leads = FirstCharacters(regex.ToString());
        leads = Leads is null ? null : new CharTable(Leads);
    }

    public Regex Regex { get; }

    /// <summary>The characters a match can start with, or null when any may.</summary>
    public string? Leads { get; }

    /// <summary>False when the text surely holds no match.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) => leads is null || leads.IndexOfAny(text) >= 0;

    /// <summary>
    /// Where the first character a match can start with stands in <paramref name="text"/> (-1: none;
    /// 0 when any may): the text before an offset may match only when this lies before it.
    /// </summary>
    public int FirstLead(ReadOnlySpan<char> text) => leads is null ? 0 : leads.IndexOfAny(text);

    public bool IsMatch(ReadOnlySpan<char> text) => MayMatch(text) && Regex.IsMatch(text);

    /// <summary>The first character of each top-level alternative, or null when one has no plain first character.</summary>
    internal static string? FirstCharacters(string pattern)
    {
        var firsts = new List<char>();
        var depth = 0;
        var alternativeStart = 0;
        for (var i = 0; i <= pattern.Length; i++)
        {
            if (i == pattern.Length || (pattern[i] == '|' && depth == 0))
            {
                if (!PlainFirst(pattern.AsSpan(alternativeStart, i - alternativeStart), out var c))
                {
                    return null;
                }

                firsts.Add(c);
                alternativeStart = i + 1;
                continue;
            }

            switch (pattern[i])
            {
                case '\\':
                    i++; // the escaped character is a literal, never a bracket or a bar
                    break;
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    depth--;
                    break;
            }
        }

        return new string([.. firsts.Distinct()]);
    }

    private static bool PlainFirst(ReadOnlySpan<char> alternative, out char first)
    {
        first = alternative.IsEmpty ? '\0' : alternative[0];
        var optional = alternative.Length > 1 && alternative[1] is '?' or '*' or '{';
        return !alternative.IsEmpty && !optional && !"()[]{}\\.^$*+?|".Contains(first, StringComparison.Ordinal);
    }
}

/// <summary>
/// Up to eight gates' first characters in one table, so that one pass over a clause tells which of
/// the gates may match in it: bit i of <see cref="Present"/> is set when gate i may match somewhere
/// in the text (always, for a gate without first characters). The binder asks five gates about the
/// text before each figure; this reads that text once instead of five times.
/// </summary>
internal sealed class CueScan
{
    private readonly byte[] bits = new byte[char.MaxValue + 1];
    private readonly int always;

    public CueScan(params CueGate[] gates)
    {
        if (gates.Length > 8)
        {
            throw new ArgumentException("a CueScan holds at most eight gates", nameof(gates));
        }

        for (var i = 0; i < gates.Length; i++)
        {
            if (gates[i].Leads is not { } leads)
            {
                always |= 1 << i;
                continue;
            }

            foreach (var c in leads)
            {
                bits[c] |= (byte)(1 << i);
            }
        }
    }

    public int Present(ReadOnlySpan<char> text)
    {
        var present = always;
        foreach (var c in text)
        {
            present |= bits[c];
        }

        return present;
    }
}
