namespace Analytics.Etl.Extraction;

/// <summary>The Lexicon.Year() matches of a sentence in order, in a list its owner reuses from sentence to sentence.</summary>
internal sealed class YearMatches
{
    public List<(int Index, int Length)> Matches { get; } = [];

    public void Find(string sentence)
    {
        Matches.Clear();
        // Every year Lexicon.Year() reads starts 19 or 20: without either, there is no match to look for.
        var span = sentence.AsSpan();
        if (!span.Contains("20", StringComparison.Ordinal) && !span.Contains("19", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var m in Lexicon.Year().EnumerateMatches(span))
        {
            Matches.Add((m.Index, m.Length));
        }
    }

    /// <summary>Does a match start before <paramref name="at"/> and end after it?</summary>
    public bool Crosses(int at)
    {
        foreach (var (index, length) in Matches)
        {
            if (index >= at)
            {
                break;
            }

            if (index + length > at)
            {
                return true;
            }
        }

        return false;
    }
}
