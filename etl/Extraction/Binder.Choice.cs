using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Analytics.Warehouse.Catalog;

namespace Analytics.Etl.Extraction;

/// <summary>
/// The binder's choice of indicator for a figure: the alias after or before it, a figure in a list or a pair after a
/// bound one, the parts of a bound figure, the reach or amount of a bound payment.
/// </summary>
internal sealed partial class Binder
{
    private (Indicator? Indicator, int MentionStart, bool Inherited) Choose(
        string s, List<Quantity> quantities, int qi, List<AliasMention> mentions, List<Bound> boundSoFar, int clauseStart)
    {
        var q = quantities[qi];
        AliasMention? post = null;
        // A run of figures ("3215户4876人", "二千一百三十五户、三千二百零八人") reads as one after its alias, and
        // as one before it ("全市14035户25559人享受城乡低保").
        var chain = RunStart(quantities, qi);
        var runEnd = qi;
        while (runEnd + 1 < quantities.Count && quantities[runEnd + 1].Start - quantities[runEnd].End <= 1)
        {
            runEnd++;
        }

        var postFrom = quantities[runEnd].End;
        // "为320户特殊困难老年人家庭实施适老化改造", "完成800户特殊困难老年人家庭适老化改造": after 为 or a verb of
        // doing, the count is the object of a verb further on.
        var postGap = LongLead(s, quantities[chain].Start) ? LongPostGap : MaxPostGap;
        // Mentions come ordered by start: past MaxPostGap after the figure, no later one can follow it closely.
        foreach (ref readonly var m in CollectionsMarshal.AsSpan(mentions))
        {
            if (m.Start - postFrom > postGap)
            {
                break;
            }

            // "89万人通过低保或特困供养脱贫": the alias is the means, not what the count is of (but 通过考试 is a pass);
            // "1190个社区实现为老助餐服务", "在3个街道新增床位150张": a count of its own noun does what the alias names
            // (the verb may open the alias).
            if (m.Start >= postFrom && Fits(m, q) && Plain(s, postFrom, m.Start)
                && (m.Indicator.IsFlow || !s.AsSpan(postFrom..m.Start).Contains("通过", StringComparison.Ordinal))
                && !(OwnNoun(s, quantities[runEnd]) && PostVerb.IsMatch(s.AsSpan(postFrom..Math.Min(m.End, m.Start + 2)))))
            {
                post = m;
                break;
            }
        }

        post ??= EnjoyedAfterComma(s, postFrom, mentions, q);

        AliasMention? pre = null;
        // "…助餐服务,共计配送餐覆盖260个村社", "…,并划分成4个片区": a count whose measure word is followed by a noun
        // of its own counts that noun, not what an alias of an earlier clause or figure named.
        var countsNoun = OwnNoun(s, q);
        var ownNoun = post is null && countsNoun;
        (AliasMention Mention, Indicator Standard)? levelOf = null;

        // The figure before the run, passing over rates left unbound ("養老床位數增長188.7%，翻了兩番多，達到8869張").
        var beforeRun = chain - 1;
        while (beforeRun >= 0 && ((quantities[beforeRun].Measure == "%" && q.Measure != "%" && !IsBound(boundSoFar, quantities[beforeRun]))
            || (beforeRun == chain - 1 && Milestone(s, quantities, beforeRun))))
        {
            beforeRun--; // and over the milestone before the amount ("突破2000万元，达2037万元")
        }

        var previousEnd = beforeRun >= 0 ? quantities[beforeRun].End : 0;
        // What the loop below asks of every mention, found once for the figure: where the figure's run and
        // its clause start, the last 等 and the last comma before it.
        var chainStart = quantities[chain].Start;
        var chainClause = ClauseStart(s, chainStart);
        var shortLead = !IsClassifier(q.Measure) || chainStart - chainClause <= MaxFirstAfterLead;
        var lastDeng = LastDeng(s, q.Start);
        var lastComma = ownNoun ? s.AsSpan(0, q.Start).LastIndexOfAny('，', ',') : -1;
        var (noteStart, noteEnd) = InclusionNote(s, clauseStart, q.Start);
        var mayBeRatio = s.Contains('倍'); // a multiple (低保标准的1.3倍) needs its 倍
        bool? perPerson = null;
        (AliasMention Mention, Indicator Money)? moneyOf = null;
        foreach (ref readonly var m in CollectionsMarshal.AsSpan(mentions))
        {
            if (m.Start >= q.Start)
            {
                break; // ordered by start: this one and every later one end after the figure starts
            }

            // "临时救助287人次等7类对象覆盖困难群众**人": after 等, the figure counts more than the alias names;
            // "按不低于当地低保标准1.3倍确定": an alias that a multiple follows is the base of a ratio, not a subject.
            if (m.End > q.Start || m.End <= lastDeng || (mayBeRatio && RatioBase(s, m.End)) || (m.Start > noteStart && m.End <= noteEnd))
            {
                continue; // "低保的家庭（包括农村五保户）共有7574户": the note says who else is counted, not whom
            }

            // The unit check (two table lookups) last: the position checks rule out most mentions first.
            var sameClause = clauseStart <= m.Start;
            var firstAfter = m.End >= previousEnd && chainStart - m.End <= MaxFirstAfterGap && shortLead;
            // A count with a noun of its own takes an earlier clause's alias only from inside a list of nouns
            // ("助餐、配送餐服务覆盖135个城乡社区"), not across a comma or at the head of a list item ("、88个社区工作室").
            var ownItem = ownNoun && (m.End <= lastComma || chainClause == chainStart);
            // "完成新增床位150张和1个新增居家养老服务中心": nor an alias that an earlier figure of its clause already took.
            // "交给长乐社工服务站4个片区驻站社工": nor the alias right before it, when the noun after it is another.
            var passed = countsNoun && (m.End <= previousEnd || OwnNounFollows(s, q));
            if (((sameClause && !passed) || (firstAfter && !ownItem))
                && (pre is null || m.End >= pre.Value.End) && Fits(m, q))
            {
                pre = m;
            }
            else if (m.End == chainStart && q.Measure == "元" && siblings?.MoneyOf(m.Indicator) is { } money && factors.Fits(money.Unit, q.Measure))
            {
                moneyOf = (m, money); // "（城市低保1825.56万元；…特困供养2885.8万元）": the money of the subject right before it
            }
            else if (sameClause && q.Measure == "元" && siblings?.StandardOf(m.Indicator) is { } standard
                && (perPerson ??= PerPerson(s, q, clauseStart)) && (levelOf is null || m.End >= levelOf.Value.Mention.End)
                && !NamesOtherLevel(s.AsSpan(clauseStart..q.Start), s.AsSpan(m.End..q.Start)))
            {
                levelOf = (m, standard); // "城镇低保从870元/月提高到910元/月": a level per person of the count's subject
            }
        }

        if (levelOf is { } level && (pre is not { } p || p.End < level.Mention.Start))
        {
            return (level.Standard, level.Mention.Start, false);
        }

        if (moneyOf is { } own && (pre is not { } closer || closer.End < own.Mention.End) && post is null)
        {
            return (own.Money, own.Mention.Start, false);
        }

        if (post is { } after && (after.Start - postFrom <= StrongPostGap || pre is null))
        {
            // "全市59829名低保和农村五保对象", "31.54万人纳入了低保、特困、临时救助等…": a count of two groups or more.
            return JoinedAfter(s, mentions, after) ? (null, 0, false) : (after.Indicator, after.Start, false);
        }

        if (pre is { } before)
        {
            if (Conjoined(s, quantities, qi, before) || Subset(s, q, before, boundSoFar))
            {
                return (null, 0, false);
            }

            return (before.Indicator, before.Start, false);
        }

        if (BothReach(s, q, mentions, clauseStart) is { } subject)
        {
            return (subject.Indicator, subject.Start, false); // "…补贴标准、…护理补贴标准分别提高20元、10元，均达到每人每月80元"
        }

        if (!ownNoun && ListFollower(s, quantities, qi, mentions, boundSoFar) is { } listed)
        {
            return (listed.Indicator, listed.MentionStart, false); // "由月人均420元、年人均2400元统一调至月人均660元"
        }

        if (NextSegment(s, q, boundSoFar) is { } segmented)
        {
            return (segmented.Indicator, segmented.MentionStart, false); // "低保标准城市为每人每月765元、农村为每人每月602元"
        }

        if (SiblingOf(s, quantities, qi, mentions, boundSoFar, clauseStart) is { } sibling)
        {
            return sibling; // "特困人员供养累计救助25927人次1617.8万元", "发放临时救助金975人", "募集…，支出…"
        }

        if (Cumulative(s, quantities, qi, mentions, boundSoFar, clauseStart) is { } total)
        {
            return (total, q.Start, false); // "新增社会工作站12个，累计达到18个": the stock after the flow
        }

        if (PeriodTotal(s, q, boundSoFar, clauseStart) is { } running)
        {
            return (running, q.Start, false);
        }

        if (TotalledRun(s, quantities, qi, mentions, boundSoFar) is { } totalled)
        {
            return (totalled.Indicator, totalled.Start, false);
        }

        if (SameLead(s, q, clauseStart, boundSoFar) is { } repeated)
        {
            return (repeated.Indicator, repeated.MentionStart, false);
        }

        // Parts: "（其中城市三无27人，农村分散五保1105人）" or "，其中…" after a bound figure that is no part itself
        // ("…186人…，其中初级126名，中级60名": both are parts of the 186). The changes a stock went through are
        // none of its parts ("4440户，其中：新增821户1152人，取消666户…，增补139户…").
        Bound? parent = null;
        var bound = CollectionsMarshal.AsSpan(boundSoFar);
        for (var i = bound.Length - 1; i >= 0 && parent is null; i--)
        {
            ref readonly var b = ref bound[i];
            if (!b.IsPart && b.Segment != Segment.Part && b.Quantity.End <= q.Start && factors.Factor(b.Indicator.Unit, q.Measure) is not null)
            {
                parent = b;
            }
        }

        if (parent is { } whole && IsPartOf(s, whole.Quantity, q) && !Lexicon.ChangeLead(s.AsSpan(ClauseStart(s, q.Start)..q.Start)))
        {
            // "低保金1342.6万元，其中春节补贴576.6万元": a subsidy or gift paid inside the sum is a payment of its own.
            if (q.Measure == "元" && !whole.Indicator.IsStandard && OtherGift.IsMatch(s.AsSpan(ClauseStart(s, q.Start)..q.Start)))
            {
                return (null, 0, false);
            }

            // "由310元、292元提高至335元、318元（年保障标准分别由3720元…）": a standard restated in brackets in
            // another period is the same level, not a part of it.
            return whole.Indicator.IsStandard && InBrackets(s, whole.Quantity, q) ? (null, 0, false) : (whole.Indicator, q.Start, true);
        }

        if (beneficiaries?.Find(s, quantities, qi, mentions, boundSoFar, factors.Units) is { } reach)
        {
            return (reach.Indicator, reach.MentionStart, false); // "资金350万元，惠及1.2万人"
        }

        if (beneficiaries?.FindAmount(s, quantities, qi, boundSoFar, factors.Units) is { } paid)
        {
            return (paid.Indicator, paid.MentionStart, false); // "惠及1.2万人次，发放资金350万元"
        }

        return (null, 0, false);
    }

    // "低保平均标准城市为每人每月765元、农村为每人每月602元": the figure right after a bound one, in a clause that
    // names only another part of the area (城市…, 农村…), is the same indicator's figure for that part.
    private static Bound? NextSegment(string s, Quantity q, List<Bound> boundSoFar)
    {
        if (boundSoFar.Count == 0 || boundSoFar[^1] is not { IsPart: false } last
            || last.Quantity.Measure != q.Measure || last.Quantity.Per != q.Per || last.Quantity.End >= q.Start)
        {
            return null;
        }

        var between = s.AsSpan(last.Quantity.End..q.Start);
        if (between.Length is < 3 or > 14 || between[0] is not ('、' or '，' or ',' or '；' or ';') || between.ContainsAnyInRange('0', '9'))
        {
            return null;
        }

        var rest = between[1..].TrimStart();
        if (rest.StartsWith("实际", StringComparison.Ordinal) && last.Status != FactStatus.Actual)
        {
            // "全年计划支出1200万元，实际支出1180万元": what was done against what was planned.
            return rest[2..].TrimStart("支出发放完成到位使用为达 ").IsEmpty ? last with { Segment = null } : null;
        }

        foreach (var word in SegmentParts)
        {
            if (last.Segment is not null && rest.StartsWith(word, StringComparison.Ordinal) && Lexicon.SegmentOf(word) != last.Segment)
            {
                return NamesNoSubject(rest[word.Length..]) ? last : null;
            }
        }

        return null;
    }

    private static readonly string[] SegmentParts = ["城市", "城镇", "农村"];

    // What may stand between the part's name and its figure: a verb of being or reaching and the per-person
    // words of a standard, nothing that names a subject of its own.
    private static bool NamesNoSubject(ReadOnlySpan<char> lead) =>
        lead.TrimStart("为是达到提高至调整由从每人月年均平标准：: ").IsEmpty;

    // "城市低保4210户，共计7630人": a run of figures broken by 共计 — the second takes the alias the first was
    // bound by, in its own measure.
    private AliasMention? TotalledRun(string s, List<Quantity> quantities, int qi, List<AliasMention> mentions, List<Bound> boundSoFar)
    {
        if (qi == 0 || boundSoFar.Count == 0 || boundSoFar[^1] is not { IsPart: false } previous || previous.Quantity.Start != quantities[qi - 1].Start)
        {
            return null;
        }

        var gap = s.AsSpan(previous.Quantity.End..quantities[qi].Start).Trim();
        if (gap is not ([('，' or ','), '共', '计'] or [('，' or ','), '共'] or [('，' or ','), '合', '计']))
        {
            return null;
        }

        foreach (ref readonly var m in CollectionsMarshal.AsSpan(mentions))
        {
            if (m.Start == previous.MentionStart && !ReferenceEquals(m.Indicator, previous.Indicator) && Fits(m, quantities[qi]))
            {
                return m;
            }
        }

        return null;
    }

    // "当月发放资金498.6万元，1-11月累计发放资金5230.4万元": a clause that says what the clause of a flow figure
    // before it said, for another period, counts the same flow.
    private Bound? SameLead(string s, Quantity q, int clauseStart, List<Bound> boundSoFar)
    {
        var lead = PeriodFree(s.AsSpan(clauseStart..q.Start));
        if (lead.Length < 2)
        {
            return null;
        }

        var bound = CollectionsMarshal.AsSpan(boundSoFar);
        for (var i = bound.Length - 1; i >= 0; i--)
        {
            ref readonly var b = ref bound[i];
            if (!b.Indicator.IsFlow || !Fits(b.Indicator, q))
            {
                continue;
            }

            var start = ClauseStart(s, b.Quantity.Start);
            return start < clauseStart && lead.SequenceEqual(PeriodFree(s.AsSpan(start..b.Quantity.Start))) ? b : null;
        }

        return null;
    }

    // The lead of a clause without the words that name its period: "1-9月累计发放资金" → "发放资金".
    private static ReadOnlySpan<char> PeriodFree(ReadOnlySpan<char> lead)
    {
        while (true)
        {
            var skip = lead.IndexOfAnyExcept(PeriodChars);
            lead = skip < 0 ? [] : lead[skip..];
            var before = lead.Length;
            foreach (var word in PeriodWords)
            {
                if (lead.StartsWith(word, StringComparison.Ordinal))
                {
                    lead = lead[word.Length..];
                    break;
                }
            }

            if (lead.Length == before)
            {
                return lead.TrimEnd();
            }
        }
    }

    private static readonly System.Buffers.SearchValues<char> PeriodChars = System.Buffers.SearchValues.Create("0123456789-－—~～至 ");

    private static readonly string[] PeriodWords = ["当月", "本月", "全年", "年度", "今年", "累计", "共计", "合计", "共", "月", "份"];

    // "截至2014年10月，全区共有5211人，享受最低生活保障": a count closing its clause, and the next clause saying what
    // they receive (享受) and nothing more: the alias there names the count.
    private AliasMention? EnjoyedAfterComma(string s, int postFrom, List<AliasMention> mentions, Quantity q)
    {
        if (postFrom >= s.Length || s[postFrom] is not ('，' or ','))
        {
            return null; // almost every figure
        }

        var verbAt = postFrom + 1;
        if (!s.AsSpan(verbAt).StartsWith("享受", StringComparison.Ordinal))
        {
            return null; // (纳入 may name those newly taken in: a flow)
        }

        var aliasAt = verbAt + 2 + (verbAt + 2 < s.Length && s[verbAt + 2] == '了' ? 1 : 0);
        foreach (var m in mentions)
        {
            if (m.Start == aliasAt && Fits(m, q))
            {
                var rest = s.AsSpan(m.End);
                var end = rest.IndexOfAny(ClauseOrSentenceEnds);
                return (end < 0 ? rest : rest[..end]).IndexOfAnyInRange('0', '9') < 0 ? m : null;
            }
        }

        return null;
    }
}
