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
        var first = FirstCharacters(regex.ToString());
        leads = first is null ? null : new CharTable(first);
    }

    public Regex Regex { get; }

    /// <summary>False when the text surely holds no match.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) => leads is null || leads.IndexOfAny(text) >= 0;

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
