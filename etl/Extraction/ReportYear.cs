using System.Text.RegularExpressions;

namespace Analytics.Etl.Extraction;

/// <summary>
/// The year a report is about, and the year its 今年 and 去年 count from. In order: a year in its
/// title lines ("2021年工作总结", "2021年浙江省民政事业发展统计公报"), which is both; "党的十八大以来…十年"
/// (the anniversary retrospectives of 2022); otherwise the year its statements are dated by most often,
/// the later one on a tie, where a statement counts for its written year ("2022年，全市…") or for the year
/// its 今年/去年 names. Those count from the page's publication date where it shows one, else from the
/// latest year the text names that is not a plan's or a period's start (a year the text says it reviews,
/// "总结2023年工作", weighs three mentions): a half-year report that speaks of
/// "2024年项目理赔完成" and "推进2025年项目" is written in 2025. A text that dates nothing takes its
/// publication year, or, where it shows none and looks back over 五年来 of the one five-year plan it names, the
/// plan's last year. 公开日期 is a publication date, a year after the review. FromTitle tells whether a
/// title line gave the year. Text past the article's end (a news page's links and other articles, below
/// its editor's credit) counts for nothing.
/// </summary>
internal static partial class ReportYear
{
    public static (int? Year, int? Now, bool FromTitle) Infer(TextLayout layout, int? published, int articleEnd)
    {
        var text = layout.Text[..articleEnd];
        for (var b = 0; b < Math.Min(3, layout.Blocks.Count); b++)
        {
            var block = layout.Blocks[b];
            if (block.End > text.Length)
            {
                break;
            }

            // A title line, or the first words of a first block that runs the title into the text; not a
            // sentence ("下面是小编为大家整理的2022年…工作总结。" introduces a re-post, it is no title).
            var length = block.End - block.Start;
            if ((length > 60 && b > 0) || Lexicon.IsTerminal(text[block.End - 1]))
            {
                continue;
            }

            var line = text[block.Start..(block.Start + Math.Min(length, 60))];
            if (TitleYear().Match(line) is { Success: true } m && !line.Contains("以来", StringComparison.Ordinal))
            {
                var title = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
                // "20XX年度工作总结和2024年工作计划": the year named is the plan's, and the review before it,
                // its own year masked, is of the year before.
                var after = line.AsSpan(m.Groups["y"].Index + m.Groups["y"].Length).TrimStart(' ');
                if (after.StartsWith("年", StringComparison.Ordinal) && PlansAfter(after[1..])
                    && ReviewTitle().IsMatch(line.AsSpan(0, m.Index)))
                {
                    title--;
                }

                return (title, title, true);
            }
        }

        var congress = Lexicon.CongressSince().Match(text);
        if (congress.Success)
        {
            var span = Lexicon.YearsSpan().Match(text);
            if (span.Success && span.Groups["n"].Success)
            {
                var anniversary = Lexicon.CongressYear(congress.Groups["congress"].Value) + Lexicon.ParseSmall(span.Groups["n"].Value);
                return (anniversary, published ?? anniversary, false);
            }
        }

        var counts = new Dictionary<int, int>();
        int? latest = null;
        foreach (var m in Lexicon.Year().EnumerateMatches(text))
        {
            // A single year, or the end of a range: read off the match, with no Match object per year.
            var (year, start) = Lexicon.YearOfMatch(text.AsSpan(m.Index, m.Length));
            if (start is not null || Baseline(text, m.Index, m.Length) || Forward(text, m.Index) || Compared(text, m.Index)
                || OnMetadataLine(text, m.Index))
            {
                continue; // "2016年以来", "自2009年…", "到2025年", "较2019年初", "占2018年…支出的": not the year the text speaks of
            }

            // "总结2023年工作，部署2024年…": the year a meeting or a text reviews weighs more than any mention.
            counts[year] = counts.GetValueOrDefault(year) + (Reviewed(text, m.Index) ? ReviewWeight : 1);
            latest = latest is { } l && l >= year ? l : year;
        }

        var now = published ?? latest;
        if (now is { } anchor)
        {
            foreach (var m in Relative().EnumerateMatches(text))
            {
                if (m.Index > 0 && text[m.Index - 1] is '较' or '比' or '同' or '于')
                {
                    continue; // 较去年: a comparison, not a date
                }

                var year = text[m.Index] == '去' ? anchor - 1 : anchor;
                counts[year] = counts.GetValueOrDefault(year) + 1;
            }
        }

        if (counts.Count == 0)
        {
            return published is null && PlanReviewed(text) is { } end ? (end, end, false) : (published, published, false);
        }

        var best = counts.OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key).First().Key;
        return (best, now ?? best, false);
    }

    // An undated review of "五年来" in a text that names one five-year plan only ("“十四五”期间…五年来，…"): the five
    // years are the plan's, and the text speaks of its last.
    private static int? PlanReviewed(string text)
    {
        var periods = Lexicon.PlanPeriods(text);
        if (periods == 0 || (periods & (periods - 1)) != 0)
        {
            return null;
        }

        foreach (Match m in Lexicon.YearsSpan().Matches(text))
        {
            if (m.Groups["n"].Value is "五" or "5")
            {
                return 2015 + (5 * System.Numerics.BitOperations.TrailingZeroCount(periods));
            }
        }

        return null;
    }

    // "2016年以来", "2009年起", "自2009年", "从2015年", "由2020年的…": where a span or a change starts; "1985年以前":
    // what came before a year.
    private static bool Baseline(string text, int index, int length)
    {
        var after = text.AsSpan(index + length, Math.Min(3, text.Length - index - length));
        var before = index > 0 ? text[index - 1] : '\0';
        return after.StartsWith("以来", StringComparison.Ordinal) || after.StartsWith("起", StringComparison.Ordinal)
            || after.StartsWith("以前", StringComparison.Ordinal) || after.StartsWith("之前", StringComparison.Ordinal)
            || after.StartsWith("来", StringComparison.Ordinal) || before is '自' or '从' or '由' || Founding(text, index + length)
            || RangeStart(text, index + length);
    }

    // "2003年10月1日至2016年12月31日的婚姻档案": the first date of a span of years, not a year the text reports.
    private static bool RangeStart(string text, int from)
    {
        var rest = text.AsSpan(from, Math.Min(12, text.Length - from));
        var skip = rest.IndexOfAnyExcept(DateChars);
        return skip >= 0 && skip + 3 < rest.Length && rest[skip] is '至' or '到' or '—' or '-' or '～' or '~'
            && rest[skip + 1] is '1' or '2' && char.IsAsciiDigit(rest[skip + 2]) && char.IsAsciiDigit(rest[skip + 3]);
    }

    private static readonly System.Buffers.SearchValues<char> DateChars = System.Buffers.SearchValues.Create("0123456789月日号初底末份 ");

    // "2001年本市建立城乡最低生活保障制度": the year a system began is history, not the year the text reports.
    private static bool Founding(string text, int from)
    {
        var rest = text.AsSpan(from, Math.Min(40, text.Length - from));
        var end = rest.IndexOfAny(FoundingEnds);
        rest = end < 0 ? rest : rest[..end];
        return rest.EndsWith("制度", StringComparison.Ordinal) && FoundingVerb().IsMatch(rest);
    }

    private static readonly System.Buffers.SearchValues<char> FoundingEnds = System.Buffers.SearchValues.Create("，,；;。！？!?\n");

    [GeneratedRegex("建立|创立|确立|实行|推行")]
    private static partial Regex FoundingVerb();

    // "2016年07月14日10:05  来源:健康报网": the page's own date is its publication, not a year it reports on.
    private static bool OnMetadataLine(string text, int index)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var lineEnd = text.IndexOf('\n', index);
        var line = text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart);
        if (line.Length > 80 || index - lineStart > 20)
        {
            return false;
        }

        foreach (var lead in MetadataWords)
        {
            if (line.Contains(lead, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return ClockTime().IsMatch(line);
    }

    private static readonly string[] MetadataWords = ["来源:", "来源：", "发布时间", "发布日期", "作者:", "作者：", "浏览次数", "点击数", "字号"];

    [GeneratedRegex(@"日\s*\d{1,2}[:：]\d{2}")]
    private static partial Regex ClockTime();

    private const int ReviewWeight = 3;

    private static bool Reviewed(string text, int index)
    {
        var before = text.AsSpan(Math.Max(0, index - 4), Math.Min(4, index));
        return before.EndsWith("总结", StringComparison.Ordinal) || before.EndsWith("回顾", StringComparison.Ordinal)
            || before.EndsWith("总结了", StringComparison.Ordinal) || before.EndsWith("回顾了", StringComparison.Ordinal);
    }

    // "到2025年", "力争2023年", "部署2024年", "2023年工作要点", "2035年远景目标", "2020年清明节前投入使用": a year
    // still to come.
    private static bool Forward(string text, int index)
    {
        var before = text.AsSpan(Math.Max(0, index - 3), Math.Min(3, index));
        if (before.EndsWith("截至", StringComparison.Ordinal) || before.EndsWith("截止", StringComparison.Ordinal)
            || before.EndsWith("截止到", StringComparison.Ordinal) || before.EndsWith("截止至", StringComparison.Ordinal))
        {
            return false; // "截至2025年12月底": as of then
        }

        // "提高到2024年的每人每月1100元" reports a level reached; "到2025年" alone looks ahead.
        var reached = before.Length >= 2 && ChangeBefore.Contains(before[^2]);
        if ((before.EndsWith("到", StringComparison.Ordinal) && !reached) || (before.EndsWith("至", StringComparison.Ordinal) && !reached)
            || before.EndsWith("力争", StringComparison.Ordinal) || before.EndsWith("计划", StringComparison.Ordinal)
            || before.EndsWith("部署", StringComparison.Ordinal) || before.EndsWith("谋划", StringComparison.Ordinal))
        {
            return true;
        }

        var year = text.AsSpan(index);
        var after = year[Math.Min(year.Length, year.IndexOf('年') + 1)..];
        return ForwardAfter().IsMatch(after[..Math.Min(after.Length, 6)]) || Deadline().IsMatch(after[..Math.Min(after.Length, 14)]);
    }

    // "2020年清明节前投入使用", "2024年底前全部建成": a deadline for work still to be done.
    [GeneratedRegex("^[^，,。；;：:]{0,6}前(?:投入使用|投用|建成|完成|竣工|交付|全部)")]
    private static partial Regex Deadline();

    // The last character of a verb of change before 到/至 (提高到, 增加到, 增长至, 调整到, 提升至, 上升到, 增至).
    private static readonly System.Buffers.SearchValues<char> ChangeBefore = System.Buffers.SearchValues.Create("高加长整升增降");

    // "较2019年初", "比2015年", "同比2022年12月份": a year compared with, not the year spoken of.
    private static bool Compared(string text, int index)
    {
        var before = text.AsSpan(Math.Max(0, index - 2), Math.Min(2, index));
        return before.EndsWith("较", StringComparison.Ordinal) || before.EndsWith("比", StringComparison.Ordinal)
            || before.EndsWith("与", StringComparison.Ordinal) || before.EndsWith("相比", StringComparison.Ordinal)
            || before.EndsWith("占", StringComparison.Ordinal);
    }

    [GeneratedRegex("总结|汇报|报告|回顾")]
    private static partial Regex ReviewTitle();

    /// <summary>Whether the words right after a year's 年 make it a plan's ("2024年工作计划", "2024年度重点任务").</summary>
    public static bool PlansAfter(ReadOnlySpan<char> afterYear) => ForwardAfter().IsMatch(afterYear);

    [GeneratedRegex("^(?:度)?(?:工作)?(?:要点|计划|思路|打算|安排|目标|远景|规划|任务|重点任务|重点工作)")]
    private static partial Regex ForwardAfter();

    [GeneratedRegex("今年|本年度|去年|截[至止]目前|截止到目前")]
    private static partial Regex Relative();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*年(?:度)?.{0,20}(?:总结|报告|汇报|工作(?!会)|情况|公报|年报)")]
    private static partial Regex TitleYear();
}
