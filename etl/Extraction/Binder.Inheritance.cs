using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Analytics.Warehouse.Catalog;

namespace Analytics.Etl.Extraction;

/// <summary>
/// How a figure takes an indicator its alias does not stand next to: a level said once for all subjects
/// (均达到), a list under one alias (由A1、A2调至B), an earlier level compared with (较2019年初…), the
/// subject's indicator in another measure (…人次…万元; 募集…，支出…), the stock a total after a flow reaches
/// (累计达到), the parts of a 分别 list.
/// </summary>
internal sealed partial class Binder
{
    // A clause that opens 累计/总数/总量 after a figure its alias could not take (新增 is no stock): the
    // total it reaches is the stock the alias names. Only a stock indicator, only when no figure between
    // the alias and this one was bound, and the alias no further back than MaxFirstAfterGap.
    private Indicator? Cumulative(string s, List<Quantity> quantities, int qi, List<AliasMention> mentions, List<Bound> boundSoFar, int clauseStart)
    {
        var lead = s.AsSpan(clauseStart).TrimStart();
        if (!lead.StartsWith("累计", StringComparison.Ordinal) && !lead.StartsWith("总数", StringComparison.Ordinal)
            && !lead.StartsWith("总量", StringComparison.Ordinal) && !lead.StartsWith("总人数", StringComparison.Ordinal))
        {
            return null; // most clauses
        }

        var q = quantities[qi];
        AliasMention? chosen = null;
        foreach (ref readonly var m in CollectionsMarshal.AsSpan(mentions))
        {
            if (m.End > clauseStart)
            {
                break;
            }

            if (q.Start - m.End <= MaxFirstAfterGap && !m.Indicator.IsFlow && Fits(m, q))
            {
                chosen = m;
            }
        }

        if (chosen is not { } alias)
        {
            return null;
        }

        foreach (ref readonly var b in CollectionsMarshal.AsSpan(boundSoFar))
        {
            if (b.Quantity.Start > alias.End && b.Quantity.Start < q.Start)
            {
                return null; // a figure between already took an indicator
            }
        }

        return alias.Indicator;
    }

    // "本月发放低保金708.62万元，1-2月累计发放1417.02万元": a clause of a longer period's running total that names
    // nothing goes on with the payment bound right before it.
    private Indicator? PeriodTotal(string s, Quantity q, List<Bound> boundSoFar, int clauseStart)
    {
        if (boundSoFar.Count == 0 || boundSoFar[^1] is not { IsPart: false } last || !last.Indicator.IsFlow || !Fits(last.Indicator, q)
            || !RunningTotal().IsMatch(s.AsSpan(clauseStart..q.Start)))
        {
            return null;
        }

        return last.Indicator;
    }

    [GeneratedRegex(@"^\s*(?:\d{1,2}\s*[-－—~至]\s*\d{1,2}\s*月份?|[一元]月至[二三四五六七八九十]{1,2}月|今年以来|年初以来)\s*累计(?:发放|支出|拨付|下拨)?(?:资金|金额)?\s*$")]
    private static partial Regex RunningTotal();

    // An amount per person and period: 元/月, 元/人·年, 每人每月…元, 月人均…元.
    private static bool PerPerson(string s, Quantity q, int clauseStart) =>
        q.Per != Period.None || PerPersonCue.IsMatch(s.AsSpan(clauseStart..q.Start));

    private static readonly CueGate PerPersonCue = new(PerPersonWords());

    [GeneratedRegex("每人每[月年]|每月每人|月人均|年人均|人均每[月年]")]
    private static partial Regex PerPersonWords();

    private bool Fits(Indicator indicator, Quantity q)
        => factors.Fits(indicator.Unit, q.Measure) && !(indicator.IsStandard && q.Value >= StandardCeiling);

    private static readonly CueGate SpendLead = new(SpendWords());

    [GeneratedRegex("支出|拨出|发放|用于|支付|救助款物")]
    private static partial Regex SpendWords();

    // A clause that opens 均 ("均达到", "均为", "提标后均达到") says the same of every subject of its sentence:
    // the figure takes the sentence's first alias that fits it.
    private AliasMention? BothReach(string s, Quantity q, List<AliasMention> mentions, int clauseStart)
    {
        var lead = s.AsSpan(clauseStart..q.Start);
        var jun = lead.IndexOf('均');
        if (jun < 0 || jun > 4 || (jun + 1 < lead.Length && lead[jun + 1] is '衡' or '等') || (jun > 0 && lead[jun - 1] is '人' or '平' or '年' or '月' or '日'))
        {
            return null;
        }

        foreach (ref readonly var m in CollectionsMarshal.AsSpan(mentions))
        {
            if (m.End <= clauseStart && Fits(m, q))
            {
                return m;
            }
        }

        return null;
    }

    private const int MaxListGap = 12;

    // "，2023年提高到", "，今年又提高至", "，调整为": a new level of the figure before.
    private static bool ChangedTo(ReadOnlySpan<char> gap)
    {
        gap = gap.TrimStart("，,");
        if (gap.Length > 12 || gap.Length < 3 || gap[^1] is not ('到' or '至' or '为'))
        {
            return false;
        }

        var rest = gap[..^1];
        var year = Lexicon.Year().EnumerateMatches(rest);
        if (year.MoveNext() && year.Current.Index == 0)
        {
            rest = rest[year.Current.Length..];
        }
        else if (rest.StartsWith("今年", StringComparison.Ordinal) || rest.StartsWith("去年", StringComparison.Ordinal))
        {
            rest = rest[2..];
        }

        rest = rest.TrimStart("又再进一步");
        return rest is "提高" or "提升" or "增加" or "增长" or "上调" or "调整" or "调" or "增" or "提标";
    }

    // "，截至目前已完成", "，目前已建成", "，现已完成": how much of the figure before is done.
    private static bool Progress(ReadOnlySpan<char> gap)
    {
        gap = gap.TrimStart("，,");
        var done = gap.IndexOf('已');
        if (done < 0 || gap.Length > 10)
        {
            return false;
        }

        var before = gap[..done];
        var after = gap[(done + 1)..];
        return before is "" or "目前" or "截至目前" or "截止目前" or "现" or "均"
            && after is "" or "完成" or "建成" or "建设" or "开工" or "实施" or "落实" or "启动" or "改造";
    }

    // "，较2019年初", "，同比2022年12月份的", "，比2020年": a comparison with the level of a named year.
    private static bool ComparedWith(ReadOnlySpan<char> gap)
    {
        gap = gap.TrimStart("，,");
        var cue = gap.StartsWith("同比", StringComparison.Ordinal) ? 2 : gap.Length > 0 && gap[0] is '较' or '比' ? 1 : 0;
        if (cue == 0)
        {
            return false;
        }

        var rest = gap[cue..];
        var year = Lexicon.Year().EnumerateMatches(rest);
        if (!year.MoveNext() || year.Current.Index != 0)
        {
            return false;
        }

        return AttachGap(rest[year.Current.Length..]);
    }

    // What may stand between two figures of one list: connectives (、和及与或), period words (月人均, 每人每年)
    // and the verbs of a change to a level (统一调至, 提高到, 调整为). A noun or a comparison ends the list.
    private static readonly System.Buffers.SearchValues<char> ListGapChars = System.Buffers.SearchValues.Create("、和及与或月年每人均统一调整至到为提高升分别达·/ ");

    // "城市、农村低保标准分别为每人每月1120元、1050元": the n-th figure after 分别 is the n-th part named before it.
    private static Segment? Respectively(string s, Quantity q, List<Quantity> quantities)
    {
        var sentenceHead = s.AsSpan(0, q.Start);
        var at = sentenceHead.LastIndexOf("分别", StringComparison.Ordinal);
        if (at < 0 || sentenceHead[at..].IndexOfAny('。', '；', ';') >= 0)
        {
            return null;
        }

        var head = s[Math.Max(0, ClauseStart(s, at) - 20)..at];
        var parts = Lexicon.SegmentWords(head);
        var index = 0;
        var listed = 0;
        foreach (ref readonly var o in CollectionsMarshal.AsSpan(quantities))
        {
            if (o.Start > at && o.Measure == q.Measure && s.AsSpan(at..o.Start).IndexOfAny('。', '；', ';') < 0)
            {
                index += o.Start < q.Start ? 1 : 0;
                listed++;
            }
        }

        // "城乡特困供养基本生活标准分别为每人每月1705元、1156元": 城乡 before a pair is the towns', then the countryside's.
        if (parts.Count == 0 && listed == 2 && head.Contains("城乡", StringComparison.Ordinal))
        {
            parts = [Segment.Urban, Segment.Rural];
        }

        return parts.Count >= 2 && index < parts.Count ? parts[index] : null;
    }

    // A figure no alias of its own measure names, next to one of its subject in another measure:
    // money right after a head count ("城市低保累计保障11402人次389.71万元"), a head count right after a money
    // alias ("发放临时救助金975人"), the spending after money raised ("募集善款525.8万元，支出535.8万元").
    private (Indicator?, int, bool)? SiblingOf(string s, List<Quantity> quantities, int qi, List<AliasMention> mentions, List<Bound> boundSoFar, int clauseStart)
    {
        if (siblings is null)
        {
            return null;
        }

        var q = quantities[qi];
        AliasMention? nearest = null;
        foreach (ref readonly var m in CollectionsMarshal.AsSpan(mentions))
        {
            if (m.End <= q.Start && m.Start >= clauseStart - 40)
            {
                nearest = m;
            }
        }

        if (qi > 0 && quantities[qi - 1] is var p && q.Start - p.End <= 1 && q.Measure == "元" && p.Measure is "人次" or "人" or "户" or "户次"
            && nearest is { } counted && counted.End <= p.Start && siblings.MoneyOf(counted.Indicator) is { } money && Fits(money, q))
        {
            return (money, counted.Start, false);
        }

        // "帮扶遇困群众6120人次发放救助金812.4万元": the payment to those just counted, named only as money.
        if (qi > 0 && boundSoFar.Count > 0 && boundSoFar[^1] is { IsPart: false } counted2 && counted2.Quantity.Start == quantities[qi - 1].Start
            && q.Measure == "元" && GenericPayment().IsMatch(s.AsSpan(counted2.Quantity.End..q.Start))
            && siblings.MoneyOf(counted2.Indicator) is { } paidOut && Fits(paidOut, q) && OneSubject(boundSoFar, counted2.Indicator))
        {
            return (paidOut, counted2.MentionStart, false);
        }

        if (nearest is { } paid && q.Start - paid.End <= 2 && siblings.CountOf(paid.Indicator) is { } count && Fits(count, q))
        {
            return (count, paid.Start, false);
        }

        if (boundSoFar.Count > 0 && boundSoFar[^1] is var raised && siblings.Raised is { } r && ReferenceEquals(raised.Indicator, r)
            && siblings.Spent is { } spent && Fits(spent, q) && raised.Quantity.End <= q.Start
            && SpendLead.IsMatch(s.AsSpan(ClauseStart(s, q.Start)..q.Start)) && !Plain(s, raised.Quantity.End, q.Start))
        {
            return (spent, q.Start, false);
        }

        return null;
    }

    // Whether every figure bound so far (parts aside) is of the subject of <paramref name="indicator"/>: after the
    // counts of several programmes ("低保…户…人，特困人员…人，临时救助…人次，累计发放救助资金…"), money that names
    // none is all of theirs.
    private static bool OneSubject(List<Bound> boundSoFar, Indicator indicator)
    {
        foreach (ref readonly var b in CollectionsMarshal.AsSpan(boundSoFar))
        {
            if (!b.IsPart && !Siblings.SameSubject(b.Indicator, indicator))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex("^[，,]?(?:共|累计)?(?:发放|支出)(?:救助金|救助资金|资金|补助金|补助资金)$")]
    private static partial Regex GenericPayment();

    // A figure in a list after a bound one of the same measure, with a few words between that name nothing
    // of their own: "由月人均420元、年人均2400元统一调至月人均660元", "分别为每人每月850元和830元". It takes
    // the figure's indicator; its period is its own words' ("年人均") or else the first figure's.
    private static (Indicator Indicator, int MentionStart)? ListFollower(string s, List<Quantity> quantities, int qi, List<AliasMention> mentions, List<Bound> boundSoFar)
    {
        if (qi == 0 || boundSoFar.Count == 0)
        {
            return null;
        }

        var p = quantities[qi - 1];
        var q = quantities[qi];
        if (p.Measure != q.Measure || q.Start - p.End > MaxListGap + 4 || boundSoFar[^1].Quantity.Start != p.Start)
        {
            return null;
        }

        var gap = s.AsSpan(p.End..q.Start);
        var previous = boundSoFar[^1];
        if (ComparedWith(gap) || Progress(gap) || ChangedTo(gap))
        {
            // "持证社工2435人，较2019年初1522人": the earlier level, dated by its year; "新增养老床位200张，截至目前
            // 已完成150张": the part of a task done so far.
            return (previous.Indicator, q.Start);
        }

        if (q.Start - p.End > MaxListGap || gap.IndexOfAnyExcept(ListGapChars) >= 0)
        {
            return null; // "，比上年增加97个" is a change, "、示范型儿童之家260家" another thing
        }

        foreach (ref readonly var m in CollectionsMarshal.AsSpan(mentions))
        {
            if (m.Start == previous.MentionStart && s.AsSpan(m.End).TrimStart() is [('和' or '与' or '及'), ..])
            {
                return null; // "生活补贴和护理补贴…74.8元和68.7元": the second figure is the second subject's
            }
        }

        foreach (ref readonly var m in CollectionsMarshal.AsSpan(mentions))
        {
            if (m.Start >= p.End && m.Start < q.Start)
            {
                return null; // the words between name an indicator: not a list of one
            }
        }

        // The period: the gap's own (年人均, 每月) or else the first figure's, read from its mention on.
        return (previous.Indicator, gap.IndexOfAny('年', '月') >= 0 ? p.End : previous.MentionStart);
    }
}
