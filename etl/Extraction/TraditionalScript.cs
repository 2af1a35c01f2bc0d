using System.Reflection;

namespace Analytics.Etl.Extraction;

/// <summary>
/// Folds traditional script into simplified, character for character (萬→万, 戶→户, 養老機構→养老机构),
/// so that a report re-posted in traditional script meets the catalog's simplified aliases and the
/// number reader's 万/亿. The pairs are OpenCC's (Data/ts-characters.txt, Apache-2.0); one character
/// always becomes one, so offsets into the decoded text do not move. A text is folded only when it is
/// written in traditional script: a few traditional-looking characters in simplified prose (a name, a
/// quotation) are left as they are.
/// </summary>
internal static class TraditionalScript
{
    // Of the Han characters of a text, at least this share must be traditional forms for it to be folded;
    // simplified prose has next to none, traditional prose one in six or more.
    private const double MinShare = 0.03;
    private const int MinCount = 3;

    private static readonly char[] Map = Load();

    // The characters Map folds, as a bitmap of 8 KiB: the test IsTraditional makes for every Han character of
    // a document stays in the first-level cache, where the 128 KiB map does not.
    private static readonly CharTable Folded = new(Enumerable.Range(0, char.MaxValue + 1).Where(c => Map[c] != '\0').Select(c => (char)c));

    /// <summary>Whether <paramref name="text"/> is written in traditional script.</summary>
    public static bool IsTraditional(ReadOnlySpan<char> text)
    {
        var traditional = 0;
        var han = 0;
        foreach (var c in text)
        {
            if (c is >= '\u3400' and <= '\u9fff')
            {
                han++;
                if (Folded.Contains(c))
                {
                    traditional++;
                }
            }
        }

        return traditional >= MinCount && traditional >= han * MinShare;
    }

    /// <summary>Replaces every traditional form in place by its simplified one.</summary>
    public static void Fold(Span<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var s = Map[text[i]];
            if (s != '\0')
            {
                text[i] = s;
            }
        }
    }

    /// <summary>The simplified form of <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    public static char Simplified(char c) => Map[c] == '\0' ? c : Map[c];

    private static char[] Load()
    {
        var map = new char[char.MaxValue + 1];
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Analytics.Etl.ts-characters.txt")
            ?? throw new InvalidOperationException("the embedded resource ts-characters.txt is missing from analytics-etl");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 3 && line[1] == ' ' && line[0] != '#')
            {
                map[line[0]] = line[2];
            }
        }

        return map;
    }
}
