namespace Analytics.Etl.Extraction;

/// <summary>
/// Tracks whether the reading position is inside a forward-looking section. A plan section
/// opens at a heading such as "2019年工作思路" or "三、下一步工作措施", or at a paragraph that
/// opens "2022年，市民政局将…" for a year after the report's; it closes at a heading that
/// continues the numbering from before it ("（二）" after a plan that interrupted "（一）").
/// </summary>
internal sealed class Sections(int? reportYear, bool partialYear)
{
    // "下一步" in an annual review plans next year; in a mid-year report, the rest of this one.
    private readonly int? nextYear = partialYear ? reportYear : reportYear + 1;

    private readonly Dictionary<string, int> numberingBeforePlan = new(StringComparer.Ordinal);

    public bool InPlan { get; private set; }

    public int? PlanYear { get; private set; }

    /// <summary>The year a review heading names ("一、2021年完成的主要工作"), for the statements under it.</summary>
    public int? ReviewYear { get; private set; }

    // A heading's one year, unless it starts a span ("2016年以来"), is a range, is a date or is a plan's
    // ("20XX年度工作总结和2024年工作计划").
    private static int? ReviewYearOf(ReadOnlySpan<char> head)
    {
        var matches = Lexicon.Year().EnumerateMatches(head);
        if (!matches.MoveNext())
        {
            return null;
        }

        var (index, length) = (matches.Current.Index, matches.Current.Length);
        var after = head[(index + length)..];
        if (matches.MoveNext() || Lexicon.OpensSpan(after) || IsDate(after) || ReportYear.PlansAfter(after))
        {
            return null;
        }

        var (year, start) = Lexicon.YearOfMatch(head.Slice(index, length));
        return start is null ? year : null;
    }

    // "2016年07月14日10:05": a line that dates the page names no year the text reviews.
    private static bool IsDate(ReadOnlySpan<char> afterYear)
    {
        var digits = afterYear.IndexOfAnyExceptInRange('0', '9');
        return digits is 1 or 2 && afterYear[digits] == '月';
    }

    public void Enter(ReadOnlySpan<char> blockText, bool isHeading)
    {
        var enumerator = Lexicon.ParseEnumerator(blockText);
        if (InPlan && enumerator is { } e && numberingBeforePlan.TryGetValue(e.Style, out var last) && e.Number == last + 1)
        {
            InPlan = false;
            PlanYear = null;
        }

        if (HeadingText(blockText, isHeading, enumerator is not null, out var head) && Lexicon.IsPlanHeading(head))
        {
            Open(head.ToString());
        }
        else if (head.Length <= 30 && (isHeading || enumerator is not null) && ReviewYearOf(head) is { } reviewed)
        {
            ReviewYear = reviewed; // "一、2021年完成的主要工作": what follows is that year's, whatever the title says
        }
        else if (!isHeading && OpensPlanParagraph(blockText) is { } year)
        {
            InPlan = true;
            PlanYear = year;
        }

        if (!InPlan && enumerator is { } pre)
        {
            numberingBeforePlan[pre.Style] = pre.Number;
        }
    }

    private void Open(string head)
    {
        InPlan = true;
        var m = Lexicon.Year().Match(head);
        PlanYear = m.Success ? int.Parse(m.Groups["single"].Success ? m.Groups["single"].Value : m.Groups["end"].Value, System.Globalization.CultureInfo.InvariantCulture) : nextYear;
    }

    // A heading's words; for an enumerated paragraph, its first clause ("三、下一步工作措施").
    private static bool HeadingText(ReadOnlySpan<char> block, bool isHeading, bool enumerated, out ReadOnlySpan<char> head)
    {
        head = block;
        if (isHeading)
        {
            return true;
        }

        if (!enumerated)
        {
            return false;
        }

        var end = block.IndexOfAny(HeadEnds);
        head = end < 0 ? block : block[..end];
        return head.Length <= 30;
    }

    private static readonly System.Buffers.SearchValues<char> HeadEnds = System.Buffers.SearchValues.Create("。，；,");

    private int? OpensPlanParagraph(ReadOnlySpan<char> block)
    {
        // Only a year starting within the first three characters counts, and every year starts 19 or 20:
        // without one there, no need to look through the whole paragraph (or make a string of it) for the first year.
        var first = FirstYearMatch(block);
        if (first is not var (index, length) || index > 2 || Lexicon.YearOfMatch(block.Slice(index, length)).PeriodStart is not null)
        {
            return block.StartsWith("明年", StringComparison.Ordinal) || block.StartsWith("下一步", StringComparison.Ordinal)
                ? nextYear
                : null;
        }

        var year = int.Parse(block.Slice(index, 4), System.Globalization.CultureInfo.InvariantCulture);
        var opening = block[..Math.Min(block.Length, 40)];
        return year > reportYear && opening.Contains('将') ? year : null;
    }

    // The first Lexicon.Year() match, looked for only when a year may start in the first three characters.
    private static (int Index, int Length)? FirstYearMatch(ReadOnlySpan<char> block)
    {
        if (!YearCanStartEarly(block))
        {
            return null;
        }

        var matches = Lexicon.Year().EnumerateMatches(block);
        return matches.MoveNext() ? (matches.Current.Index, matches.Current.Length) : null;
    }

    private static bool YearCanStartEarly(ReadOnlySpan<char> block)
    {
        for (var i = 0; i <= 2 && i + 1 < block.Length; i++)
        {
            if ((block[i] == '1' && block[i + 1] == '9') || (block[i] == '2' && block[i + 1] == '0'))
            {
                return true;
            }
        }

        return false;
    }
}
