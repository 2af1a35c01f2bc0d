using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Analytics.Warehouse.Catalog;

namespace Analytics.Etl.Extraction;

/// <summary>
/// The year and status of a bound figure: the year written before it (or on it, for the A of 从A到B),
/// a span since a year, a masked year, 今年/去年, the paragraph's or the report's year; plan, target
/// or actual.
/// </summary>
internal sealed partial class Binder
{
    [GeneratedRegex(@"(?:^|[^\d])(?:(?:19|20)[xX×*＊Ｘ]{2}|[xX×*＊Ｘ]{2,4})年")]
    private static partial Regex MaskedYear();

    // Every MaskedYear match ends in a mask character right before 年: a sentence masked elsewhere (a
    // figure such as 38xx人) has no such pair, and the regex need not run.
    private static bool MaskRightBeforeYear(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOf('年'); i >= 0;)
        {
            if (i > 0 && text[i - 1] is 'x' or 'X' or '×' or '*' or '＊' or 'Ｘ')
            {
                return true;
            }

            var next = text[(i + 1)..].IndexOf('年');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }

    // The first 今年/本年/去年/明年/过去一年/上年度 that dates what follows; "较去年减少1200人" and "与上年度持平"
    // compare with last year, they date nothing.
    private static string? DatingRelative(ReadOnlySpan<char> before)
    {
        foreach (var m in Relative().EnumerateMatches(before))
        {
            if (m.Index == 0 || before[m.Index - 1] is not ('较' or '比' or '同' or '于' or '与'))
            {
                return before.Slice(m.Index, m.Length).ToString();
            }
        }

        return null;
    }

    [GeneratedRegex("今年|本年|去年|明年|过去的?一年|上年度|上一年度|上年末|上年底")]
    private static partial Regex Relative();

    private static Quantity? AttachedQuantity(string s, int after, List<Quantity> quantities)
    {
        foreach (ref readonly var q in CollectionsMarshal.AsSpan(quantities))
        {
            if (q.Start < after)
            {
                continue;
            }

            return AttachGap(s.AsSpan(after..q.Start)) ? q : null;
        }

        return null;
    }

    // What may stand between a year and the figure it dates: "2015年的每人每月750元", "2022年12月份的10706人",
    // "2019年初1522人", "2020年底的". Nothing else: "2019年全市…750人" dates a statement, not one figure.
    private static bool AttachGap(ReadOnlySpan<char> gap)
    {
        var i = 0;
        var digits = 0;
        while (i < gap.Length && char.IsAsciiDigit(gap[i]) && digits < 2)
        {
            i++;
            digits++;
        }

        if (digits > 0)
        {
            if (i >= gap.Length || gap[i] != '月')
            {
                return false;
            }

            i++;
            i += i < gap.Length && gap[i] == '份' ? 1 : 0;
        }

        var rest = gap[i..];
        foreach (var head in AttachHeads)
        {
            if (rest.StartsWith(head, StringComparison.Ordinal))
            {
                rest = rest[head.Length..];
                break;
            }
        }

        if (rest.StartsWith("的", StringComparison.Ordinal))
        {
            rest = rest[1..];
        }

        return rest.IsEmpty || rest is "每人每月" or "每人每年" or "月人均" or "年人均" or "人均" or "每月" or "每年";
    }

    private static readonly string[] AttachHeads = ["年底", "年末", "年初", "底", "末", "初"];

    // Is q an A of "从A提高到B" or "由A1、A2统一调至B" (the same measure, one sentence): a 从/由 before it with
    // no 到/至 between, and a later figure of its measure after a 到/至?
    // How far an A may stand from its 从/由 across a comma: "由2015年的每人每月750元" is close; a clause later
    // the 从 was another word's.
    private const int MaxFromLead = 12;

    private static bool FromA(string s, Quantity q, List<Quantity> quantities)
    {
        var lead = s.AsSpan(0, q.Start);
        var from = Math.Max(lead.LastIndexOf('从'), lead.LastIndexOf('由'));
        if (from < 0 || (from + 1 < lead.Length && lead[from + 1] == '于') || lead[from..].ContainsAny(SentenceEnds)
            || To.IsMatch(lead[from..]) || (q.Start - from > MaxFromLead && lead[from..].IndexOfAny('，', ',') >= 0))
        {
            return false; // 由于 is "because"; "从全年数据来看，2013年…" is a point of view, not a change
        }

        foreach (ref readonly var o in CollectionsMarshal.AsSpan(quantities))
        {
            if (o.Start < q.End || o.Measure != q.Measure)
            {
                continue;
            }

            var between = s.AsSpan(q.End..o.Start);
            if (between.ContainsAny(SentenceEnds))
            {
                return false;
            }

            if (To.IsMatch(between))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(Lexicon.IsSentenceEnd)]);

    [GeneratedRegex("到|至|提高为|调整为|调为|上调为|提升为|增加为|增长为")]
    private static partial Regex ToWord();

    private static FactStatus StatusOf(string s, Quantity q, int? year, in BlockContext ctx, ref SentenceCues cues, int clauseStart)
    {
        if (s.AsSpan(clauseStart..q.Start).Contains("任务", StringComparison.Ordinal))
        {
            return FactStatus.Target; // "建设任务是新增床位500张", "完成省定任务5500户": a task set, not a result
        }

        if (ctx.InTaskTable && Lexicon.IsTask(s.AsSpan(0, q.Start)))
        {
            return FactStatus.Target; // a task table's row: "2新增认知障碍照护专区床位100张10月底前目前已完成20张…"
        }

        // "计划支出1200万元，实际支出1180万元": a clause that opens 实际 says what was done.
        if (!ctx.InPlan && s.AsSpan(clauseStart..q.Start).TrimStart().StartsWith("实际", StringComparison.Ordinal))
        {
            return FactStatus.Actual;
        }

        // "2022年，全市低保标准为每人每月950元" in the plan for 2023: a level dated before the plan's year, with no
        // word of planning before it, is where the plan starts from.
        if (ctx.InPlan && year < (ctx.PlanYear ?? ctx.ReportYear) && cues.PlanCueEnd() > q.Start)
        {
            return FactStatus.Actual;
        }

        // "将新增低保资金5.54亿元（占上年度低保资金42.01亿元的13.2%）": what the figure's own clause dates to a year
        // already past was spent, whatever the sentence plans.
        if (!ctx.InPlan && year < (ctx.Now ?? ctx.ReportYear) && PastInClause().IsMatch(s.AsSpan(clauseStart..q.Start)))
        {
            return FactStatus.Actual;
        }

        // A year past the report's is still to come, unless a review heading names it ("民政局2019年工作总结及2020年
        // 工作计划" over "一、2020年民政各项工作总结": a site rewrote the years) or the page was published in it or
        // later ("2013年以来…共补助…1.31亿元" on a page of 2017 whose 公开日期 makes the review 2016's): that has happened.
        var forward = ctx.InPlan
            || (year is not null && ctx.ReportYear is not null && year > ctx.ReportYear && year != ctx.ReviewYear && !(year <= ctx.Now))
            || cues.PlanCueEnd() <= q.Start;
        if (!forward)
        {
            return FactStatus.Actual;
        }

        var clause = s.AsSpan(clauseStart..Math.Min(s.Length, q.End + 2));
        return Target.IsMatch(clause) && (q.Qualifier == Qualifier.AtLeast || q.Measure == "%")
            ? FactStatus.Target
            : FactStatus.Plan;
    }

    // Where a total "since" a year runs to: the year a title names (a report of 2020 posted in 2021 reports up to
    // 2020); else the page's publication (a news item of 2017 on what was done since 2013); else the report's year.
    private static int? UpTo(in BlockContext ctx) => ctx.TitleYear ?? ctx.Now ?? ctx.ReportYear;

    [GeneratedRegex("(?<![较比与同])(?:去年|上年度|上一年度|上年末|上年底)")]
    private static partial Regex PastInClause();

    private static (int? Year, int? PeriodStart) YearOf(string s, Quantity q, List<Quantity> quantities, in BlockContext ctx, ref SentenceCues cues, bool fromA)
    {
        var before = s.AsSpan(0, q.Start);
        if (PlanEndOn(before) is { } planEnd)
        {
            return (planEnd, null); // "从“十二五”末的每人每月900元": dated by the plan's last year
        }

        // "“十二五”期间，我区发放…直补资金52.43亿元，保障了…170多万…移民": the plan's years, when it has ended.
        if (PlanDuring(before) is { } during && (ctx.Now ?? ctx.ReportYear) > during.End && !Lexicon.Year().IsMatch(before))
        {
            return (during.End, during.Start);
        }

        (int Index, int Length)? chosen = null;
        var years = cues.Years();
        if (years.Crosses(q.Start))
        {
            // A year read over the whole sentence runs past the figure: the text before it may read
            // differently on its own, so look through that text alone, as before.
            // Every year Lexicon.Year() reads starts 19 or 20: without either, there is no match to look for.
            var mayHaveYear = before.Contains("20", StringComparison.Ordinal) || before.Contains("19", StringComparison.Ordinal);
            foreach (var m in Lexicon.Year().EnumerateMatches(mayHaveYear ? before : []))
            {
                chosen = YearCandidate(s, q, quantities, fromA, m.Index, m.Length) ?? chosen;
            }
        }
        else
        {
            // The same matches as in the text before the figure: those of the whole sentence that end before it.
            foreach (var (at, matchLength) in years.Matches)
            {
                if (at + matchLength > q.Start)
                {
                    break;
                }

                chosen = YearCandidate(s, q, quantities, fromA, at, matchLength) ?? chosen;
            }
        }

        if (chosen is var (index, length))
        {
            var (year, start) = Lexicon.YearOfMatch(s.AsSpan(index, length));
            if (start is null && !fromA && (Lexicon.OpensSpan(s.AsSpan(index + length)) || SinceClause(s, index, index + length, q.Start)))
            {
                // "2016年以来，累计…", "自1999年实行殡葬改革以来，…": a total from that year to the report's (UpTo), or to
                // the end of the five-year plan the text reviews ("十三五"时期 … 2016年以来 ends in 2020); with neither known,
                // the figure's own year is unknown.
                var end = Lexicon.PlanPeriodEnd(ctx.PlanPeriods, year, ctx.Now) ?? UpTo(ctx);
                return end is { } e && e > year ? (e, year) : end is null ? (null, year) : (year, null);
            }

            return (year, start);
        }

        if (fromA)
        {
            return (null, null);
        }

        if (cues.HasMask() && MaskRightBeforeYear(before) && MaskedYear().IsMatch(before))
        {
            return (ctx.TitleYear, null); // "20xx年全县…", "XX年111月": the year is masked; only a title can still tell it
        }

        if (cues.RelativeLead(RelativeYear) is var lead && lead >= 0 && lead < q.Start && (ctx.Now ?? ctx.ReportYear) is { } ry && DatingRelative(before) is { } relative)
        {
            // "过去一年，我县…": on a dated page, the year before the page's, unless a title names the year reviewed.
            return (relative switch
            {
                "去年" or ['上', ..] => ry - 1,
                "明年" => ry + 1,
                ['过', ..] => ctx.TitleYear ?? (ctx.Now is { } now ? now - 1 : ctx.ReportYear),
                _ => ry,
            }, null);
        }

        if (cues.HasYearsSpan() && Lexicon.YearsBack(before) is { } back && ctx.ReportYear is { } y)
        {
            return (ctx.InPlan ? ctx.PlanYear : y, y - back + 1);
        }

        // "“十四五”以来，全市累计发放低保金18.6亿元": a total since a five-year plan began runs from its first year.
        if (!ctx.InPlan && Lexicon.PlanSince(before) is { } planStart && UpTo(ctx) is { } upTo && upTo > planStart)
        {
            return (upTo, planStart);
        }

        if (!ctx.InPlan && ctx.SinceYear is { } since && (Lexicon.PlanPeriodEnd(ctx.PlanPeriods, since, ctx.Now) ?? UpTo(ctx)) is { } through
            && through > since)
        {
            return (through, since); // "2013年以来，我市坚持依法改革。共补助惠民殡葬资金1.31亿元。"
        }

        return (ctx.InPlan ? ctx.PlanYear : ctx.Carried ?? ctx.ReportYear, null);
    }

    // "十二五时期末的每人每月", "十三五末": the end of a five-year plan written on the figure (no figure between).
    private static int? PlanEndOn(ReadOnlySpan<char> before)
    {
        var window = before[Math.Max(0, before.Length - 24)..];
        var at = window.LastIndexOf('五');
        if (at < 2 || window[at - 2] != '十' || window[(at + 1)..].ContainsAny(Digits))
        {
            return null; // almost every figure
        }

        var m = PlanEnd().Match(window[(at - 2)..].ToString());
        return m.Success ? 2010 + (5 * "一二三四五".IndexOf(m.Groups["k"].Value[0], StringComparison.Ordinal)) : null;
    }

    // A clause about a five-year plan's years before the figure, its first and last year.
    private static (int Start, int End)? PlanDuring(ReadOnlySpan<char> before)
    {
        if (!before.Contains('五') || !before.Contains('期'))
        {
            return null; // almost every figure
        }

        foreach (var m in PlanYears().EnumerateMatches(before))
        {
            var first = 2011 + (5 * "二三四五".IndexOf(before[m.Index + 1])); // the match opens 十, then the plan's numeral
            return (first, first + 4);
        }

        return null;
    }

    [GeneratedRegex("十[二三四五]五[”\"]?(?:规划)?(?:期间|时期)[，,]")]
    private static partial Regex PlanYears();

    [GeneratedRegex("^十(?<k>[一二三四五])五[”\"]?(?:规划)?(?:时期|期)?末")]
    private static partial Regex PlanEnd();

    private static (int Index, int Length)? YearCandidate(string s, Quantity q, List<Quantity> quantities, bool fromA, int index, int length)
    {
        var attachedTo = AttachedQuantity(s, index + length, quantities);
        if (attachedTo != q && index > 0 && s[index - 1] is '比' or '较' or '与')
        {
            return null; // "2018年…为68.5%，比2017年提升1.5个百分点，其中…均达90%以上": the year compared with dates only its own figure
        }

        if (attachedTo is not null && attachedTo != q)
        {
            return null; // "从2015年的303人" dates 303, not what follows
        }

        if (fromA && attachedTo != q)
        {
            return null; // the A of 从A到B takes only a year written on it
        }

        return (index, length);
    }

    // "自1999年实行殡葬改革以来": 自 or 从 before the year and 以来 closing the same clause before the figure.
    private static bool SinceClause(string s, int yearStart, int yearEnd, int figureStart)
    {
        // "自1999年实行殡葬改革以来", and a clause that opens with the year: "2023年区慈善总会启动…项目以来，".
        var opensClause = yearStart == 0 || Lexicon.IsClauseEnd(s[yearStart - 1]) || Lexicon.IsSentenceEnd(s[yearStart - 1]) || s[yearStart - 1] is '：' or ':';
        if (!opensClause && s[yearStart - 1] is not ('自' or '从'))
        {
            return false;
        }

        var rest = s.AsSpan(yearEnd, Math.Max(0, figureStart - yearEnd));
        var end = rest.IndexOfAny(ClauseEnds);
        var since = rest.IndexOf("以来", StringComparison.Ordinal);
        return since >= 0 && (end < 0 || since < end);
    }

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create("，,；;。！？!?\n");
}
