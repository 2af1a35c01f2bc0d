namespace Analytics.Etl.Extraction;

/// <summary>
/// One quantity stated twice in a document, once rounded in a headline or a lead ("近30亿元", "8300余万元",
/// "近万张") and once exactly in the body (29.79亿元, 8362.4万元, 9759张), is one fact: the exact reading
/// stays and the rounded one goes. Only a rounded figure (approx or at least) yields, only to an exact one
/// of the same indicator, year, status and segment, and only when the two lie within a few percent, or, for a
/// figure given as at least ("5000余万元"), when the exact one lies between it and the next step of its last
/// written digit (5000 ≤ 5568.87 &lt; 6000).
/// </summary>
internal static class Restatements
{
    private const decimal Closeness = 0.03m;

    public static void Drop(List<ExtractedFact> facts)
    {
        if (facts.Count < 2)
        {
            return;
        }

        for (var i = facts.Count - 1; i >= 0; i--)
        {
            var rounded = facts[i];
            if (rounded.Qualifier is not (Qualifier.Approx or Qualifier.AtLeast) || rounded.Value is not { } r || r == 0)
            {
                continue;
            }

            foreach (var exact in facts)
            {
                if (exact.Qualifier == Qualifier.Exact && exact.Value is { } e && e != r && exact.Indicator == rounded.Indicator
                    && exact.Year == rounded.Year && exact.Status == rounded.Status && exact.Segment == rounded.Segment
                    && (Math.Abs(e - r) <= Closeness * Math.Abs(e) || (rounded.Qualifier == Qualifier.AtLeast && r > 0 && e > r && e < r + Step(r))))
                {
                    facts.RemoveAt(i);
                    break;
                }
            }
        }
    }

    // The place of a figure's last non-zero digit: 1000 for 5000, 100 for 8300, 0.1 for 0.5.
    private static decimal Step(decimal value)
    {
        var step = 1m;
        while (value % (step * 10) == 0)
        {
            step *= 10;
        }

        while (value % step != 0)
        {
            step /= 10;
        }

        return step;
    }
}
