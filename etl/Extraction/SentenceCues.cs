namespace Analytics.Etl.Extraction;

/// <summary>
/// The year and plan-cue matches of one sentence, found once (when first asked for) and shared by
/// every figure in it instead of searching the text before each figure again. The year matches go
/// into <paramref name="years"/>, a list the caller reuses for every sentence.
/// </summary>
internal struct SentenceCues(string sentence, YearMatches years)
{
    private int planCueEnd = -1;
    private int masks = -1;
    private int froms = -1;
    private int respectively = -2;
    private int relativeLead = -2;
    private int yearsSpan = -1;
    private bool yearsFound;

    /// <summary>
    /// Where the sentence's first 分别 starts (-1: none). A figure's text holds one only when this
    /// one ends before the figure; most sentences have none, and then no figure looks again.
    /// </summary>
    public int FirstRespectively()
    {
        if (respectively == -2)
        {
            respectively = sentence.AsSpan().IndexOf("分别", StringComparison.Ordinal);
        }

        return respectively;
    }

    /// <summary>
    /// Where the first plan cue of the sentence ends (int.MaxValue: none). The text before a figure
    /// holds a cue exactly when this is at or before the figure: no cue overlaps a shorter one that
    /// ends sooner (拟, 计划, 力争, 争取, 目标是, 将新增, 到2020年 … start with different characters or
    /// end later), so the first match also ends first. A 确保 that only states a purpose, and a 到 with a date
    /// to the month, are no cue.
    /// </summary>
    public int PlanCueEnd()
    {
        if (planCueEnd < 0)
        {
            planCueEnd = int.MaxValue;
            foreach (var m in Lexicon.PlanCue().EnumerateMatches(sentence))
            {
                var end = m.Index + m.Length;
                if (PurposeOnly(sentence.AsSpan(m.Index, m.Length), sentence.AsSpan(end)))
                {
                    continue;
                }

                planCueEnd = end;
                break;
            }
        }

        return planCueEnd;
    }

    // "为切实保障…，确保困难群众生活水平…得到提高，自2022年1月起…提高30元": 确保 in a clause with no figure of its
    // own states a purpose, not a figure still to reach.
    // "到2018年2月底，全市共有长者饭堂928个": a date to the month, with no 前 after it, is as of then, not a deadline.
    private static bool PurposeOnly(ReadOnlySpan<char> cue, ReadOnlySpan<char> after)
    {
        if (cue.StartsWith("到", StringComparison.Ordinal))
        {
            var digits = after.IndexOfAnyExceptInRange('0', '9');
            var rest = digits is 1 or 2 && after[digits] == '月' ? after[(digits + 1)..].TrimStart("底末份") : default;
            return !rest.IsEmpty && !rest.StartsWith("前", StringComparison.Ordinal) && !rest.StartsWith("以前", StringComparison.Ordinal);
        }

        if (!cue.StartsWith("确保", StringComparison.Ordinal))
        {
            return false;
        }

        var end = after.IndexOfAny('，', ',', '；');
        var clause = end < 0 ? after : after[..end];
        return end >= 0 && clause.IndexOfAnyInRange('0', '9') < 0;
    }

    /// <summary>Whether the sentence holds a mask character (x, X, ×, *): only then can a year in it be masked.</summary>
    public bool HasMask()
    {
        if (masks < 0)
        {
            masks = sentence.AsSpan().IndexOfAny(MaskChars) >= 0 ? 1 : 0;
        }

        return masks == 1;
    }

    /// <summary>Whether the sentence holds 从 or 由: only then can a figure be the A of 从A到B.</summary>
    public bool HasFrom()
    {
        if (froms < 0)
        {
            froms = sentence.AsSpan().IndexOfAny('从', '由') >= 0 ? 1 : 0;
        }

        return froms == 1;
    }

    /// <summary>
    /// Where the first character a 今年/本年/去年/明年 can start with stands (-1: none): the text before a
    /// figure may hold one only when this lies before the figure.
    /// </summary>
    public int RelativeLead(CueGate relative)
    {
        if (relativeLead == -2)
        {
            relativeLead = relative.FirstLead(sentence);
        }

        return relativeLead;
    }

    /// <summary>
    /// Whether the sentence holds a 十年来-style span (<see cref="Lexicon.YearsBack"/>). Without one, no
    /// text before a figure holds one either: a match in a prefix is a match in the sentence.
    /// </summary>
    public bool HasYearsSpan()
    {
        if (yearsSpan < 0)
        {
            yearsSpan = Lexicon.YearsBack(sentence) is null ? 0 : 1;
        }

        return yearsSpan == 1;
    }

    private static readonly System.Buffers.SearchValues<char> MaskChars = System.Buffers.SearchValues.Create("xX×*＊Ｘ");

    public YearMatches Years()
    {
        if (!yearsFound)
        {
            years.Find(sentence);
            yearsFound = true;
        }

        return years;
    }
}
