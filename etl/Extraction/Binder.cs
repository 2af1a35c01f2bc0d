using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Analytics.Warehouse.Catalog;

namespace Analytics.Etl.Extraction;

/// <summary>A quantity bound to an indicator, with its value in the indicator's unit and its context.</summary>
internal readonly record struct Bound(
    Quantity Quantity, Indicator Indicator, decimal? Value, int? Year, int? PeriodStart, FactStatus Status, Segment? Segment, bool IsPart,
    int MentionStart);

/// <summary>
/// Binds the quantities of one sentence to indicators. A quantity takes the alias that names it:
/// the one right after its measure word ("13家养老机构"), else the nearest one before it in its
/// clause ("低保金6561.57万元"), or one further back when it is the first figure after that alias
/// ("考试通过人数再创新高，达146人"). The alias must fit the unit (beds need 张, money 元).
/// Figures in "（其中…）" after a bound figure are its parts. "从A提高到B" gives two facts.
/// The other parts of the class: figures that take an indicator from elsewhere in the sentence
/// (Binder.Inheritance.cs), figures that only look like statistics (Binder.Guards.cs), and the year and
/// status of a figure (Binder.Years.cs).
/// </summary>
internal sealed partial class Binder(UnitTable units, Beneficiaries? beneficiaries = null, Siblings? siblings = null)
{
    private readonly FactorMemo factors = new(units);

    private const int MaxPostGap = 8;
    private const int StrongPostGap = 4;
    private const int LongPostGap = 16;
    private const int MaxFirstAfterGap = 40;

    // The figure's own clause before a count of things, when it takes an alias of an earlier clause: a verb
    // or two ("累计达到18个"), not a subject of its own ("检查发现消防安全隐患215处").
    private const int MaxFirstAfterLead = 8;

    /// <summary>
    /// Fills <paramref name="result"/> (cleared first): one list reused for every sentence of a document, as is
    /// <paramref name="years"/>, where the sentence's year matches are kept while its figures are bound.
    /// </summary>
    public void Bind(string s, List<Quantity> quantities, List<AliasMention> mentions, in BlockContext ctx, List<Bound> result, YearMatches years)
    {
        result.Clear();
        var cues = new SentenceCues(s, years);
        for (var qi = 0; qi < quantities.Count; qi++)
        {
            var q = quantities[qi];
            // Choosing reads only the mentions and the figures bound so far, so it goes first: most
            // figures name no indicator, and then the two lead checks below need not run.
            var qClause = ClauseStart(s, q.Start); // the clause the figure stands in, asked for by most checks below
            var (indicator, mentionStart, inherited) = Choose(s, quantities, qi, mentions, result, qClause);
            if (indicator is null)
            {
                continue;
            }

            // Every span the cue checks below read lies inside [clauseStart, max(figure, mention)):
            // one pass over it tells which cues may be there at all.
            var clauseStart = mentionStart >= q.Start ? qClause : ClauseStart(s, mentionStart);
            var present = LeadCues.Present(s.AsSpan(clauseStart..Math.Max(q.Start, mentionStart)));
            var lead = s.AsSpan(qClause..q.Start);
            if (((present & PerCapitaBit) != 0 && PerCapitaMatch(lead))
                || (q.Measure != "元" && q.Measure != "%" && (present & FrequencyBit) != 0 && FrequencyMatch(lead)))
            {
                continue; // 每万人拥有持证社工13.2人 is a ratio; 每月至少探访1次 is a rule
            }

            if (((present & RemovalBit) != 0 && Removal.Regex.IsMatch(s.AsSpan(clauseStart..q.Start)))
                || (clauseStart > 0 && s[clauseStart - 1] == '、' && Removal.IsMatch(s.AsSpan(MajorClauseStart(s, clauseStart)..clauseStart))))
            {
                continue; // "共取消23户、52人的城镇低保待遇": the list goes on from the verb before it
            }

            if (mentionStart > q.Start && RemovedAfter(s, mentions, mentionStart))
            {
                continue; // "1242户1682人低保对象退出保障范围": those named after their count left the programme
            }

            // "预计将新增低保资金支出约4000万元": money added to an assistance fund is a change in it, not what it
            // paid out (a charity's 新增慈善款物 is what it raised).
            if (indicator.IsFlow && indicator.Unit == "wan_yuan" && indicator.Family == "social_assistance" && (present & AdditionBit) != 0 && mentionStart < q.Start
                && AddedFund(s.AsSpan(clauseStart..mentionStart)))
            {
                continue;
            }

            // A stock the text adds to ("新增…", "新建10家…中心、1000张养老机构床位", "完成…中心建设") is its flow
            // where the catalog has one, and nothing where it has none.
            if (!indicator.IsFlow && !inherited && !indicator.IsStandard && indicator.Unit != "percent" && Adds(s, q, clauseStart, mentionStart, present))
            {
                if (siblings?.FlowOf(indicator) is not { } flow)
                {
                    continue;
                }

                indicator = flow;
            }

            // "首批发放107万元爱心善款", "各项慈善救助资金支出6259.6万元": charity money the clause pays out was spent.
            if (siblings?.Spent is { } spent && (ReferenceEquals(indicator, siblings.Raised) || ReferenceEquals(indicator, siblings.Relief))
                && Spends(s, qClause, q, mentionStart, ReferenceEquals(indicator, siblings.Relief)))
            {
                indicator = spent;
            }

            if (SplicedYear(s, q, ctx) || (indicator.Unit == "percent" && q.Value > 100m))
            {
                continue; // "为2023000名…", "到位率20230%": a re-posting site wrote its year into the figure
            }

            if (IsCount(indicator) && q.Value is { } count && factors.Factor(indicator.Unit, q.Measure) is { } factor && (count * factor) % 1 != 0)
            {
                continue; // "惠及困难群众1.04人次": a count in fractions lost its 万 on the way
            }

            var runStart = RunStart(quantities, qi);
            var runClause = runStart < qi ? ClauseStart(s, quantities[runStart].Start) : qClause; // the run's first figure's, read by three checks
            if (Increment(s, qClause, q) || (runStart < qi && Increment(s, runClause, quantities[runStart]))
                || (!indicator.IsFlow && !indicator.IsStandard && (Benefactive(s, qClause, q)
                    || (runStart < qi && Benefactive(s, runClause, quantities[runStart]))))
                || Average(s, q, indicator, qClause, mentionStart) || AmountOfOther(s, q, indicator) || OtherBeds(s, indicator, mentionStart)
                || FacilitySize(s, q, indicator) || Milestone(s, quantities, qi) || NoOutcome(s, qClause, q) || Reach(s, qClause, q, indicator) || Threshold(s, qClause, q) || ChildrensSupport(s, mentionStart)
                || OtherPaymentsAmount(s, q, indicator, qClause, mentionStart) || Combined(s, mentions, q, indicator, mentionStart)
                || Cap(s, qClause, q, mentionStart) || (indicator.IsStandard && PaidSum(s, qClause, q))
                || (runStart < qi && Average(s, quantities[runStart], indicator, runClause, mentionStart)))
            {
                continue; // "提高20元、10元" are rises; "为1690名五保对象发放补贴" counts who got a payment; "月人均补差605元" is an average
            }

            var value = Convert(s, PeriodOfChange(s, q, indicator, result), indicator, mentionStart);
            var fromA = cues.HasFrom() && FromA(s, q, quantities);
            var (year, periodStart) = YearOf(s, q, quantities, ctx, ref cues, fromA);
            var status = StatusOf(s, q, year, ctx, ref cues, qClause);
            if (year is null && status != FactStatus.Actual && !fromA)
            {
                year = ctx.PlanYear ?? ctx.ReportYear;
            }

            // "市慈善总会共募集善款3536.1万元，累计募集善款5.53亿元": the second is a total since some year the
            // text does not name, not the year's.
            if (indicator.IsFlow && periodStart is null && SinceUnknown(s, qClause, q, indicator, result))
            {
                year = null;
            }

            if (periodStart is null && indicator.IsFlow && ctx.YearsBack is { } back && year is not null)
            {
                periodStart = year - back + 1;
            }

            var within = SegmentLeadStart(WithinStart(s, clauseStart), q, result);
            var segment = (mentionStart > q.Start ? Lexicon.SegmentOf(s.AsSpan(q.End..mentionStart)) : null) // "5991户11043人农村低保对象"
                ?? (cues.FirstRespectively() is var first && first >= 0 && first + 2 <= q.Start ? Respectively(s, q, quantities) : null)
                ?? ((present & SegmentBit) != 0 || within < clauseStart ? SegmentIn(s.AsSpan(PairedStart(s, within)..q.Start), indicator, result) : null)
                ?? (inherited || OwnedBy(s, mentionStart, indicator) || Among(s, mentions, mentionStart, q) || ConditionOf(s, mentionStart, indicator)
                    ? Segment.Part
                    : (Segment?)null)
                ?? PartsGoOn(result, indicator)
                ?? Breakdown(s, q, indicator, result)
                ?? Subgroup(q, indicator, value, year, status, result)
                ?? Carried(s, qClause, q, result)
                ?? PartGoesOn(s, qClause, q, indicator, year, result)
                ?? OnePartOf(s, qClause, q, indicator, ctx.InPartsList, ctx.AfterSum);
            // "新增养老床位200张，截至目前已完成150张": the figure whose progress is reported is the task.
            if (result.Count > 0 && result[^1] is var task && ReferenceEquals(task.Indicator, indicator) && qi > 0
                && quantities[qi - 1].Start == task.Quantity.Start && Progress(s.AsSpan(task.Quantity.End..q.Start)))
            {
                result[^1] = task with { Status = FactStatus.Target };
            }

            result.Add(new Bound(q, indicator, value, year, indicator.IsFlow ? periodStart : null, status, segment, inherited, mentionStart));
        }

        DropHouseholdTimes(result);
    }

    // "农村低保标准：由每人每年4800元提高到5400元": the level a standard is raised to is quoted for the period of
    // the level it is raised from.
    private static Quantity PeriodOfChange(string s, Quantity q, Indicator indicator, List<Bound> boundSoFar)
    {
        if (q.Per != Period.None || !indicator.IsStandard || boundSoFar.Count == 0)
        {
            return q;
        }

        var from = boundSoFar[^1];
        if (!ReferenceEquals(from.Indicator, indicator) || from.Quantity.End > q.Start)
        {
            return q;
        }

        var between = s.AsSpan(from.Quantity.End..q.Start);
        return between.Length <= 8 && !between.ContainsAny(PeriodOrEnd) && To.IsMatch(between) && Yearly(s, from.Quantity, from.MentionStart)
            ? q with { Per = Period.Year }
            : q;
    }

    // A sentence's end, or a period of its own before the level ("…年人均2400元统一调至月人均660元").
    private static readonly System.Buffers.SearchValues<char> PeriodOrEnd = System.Buffers.SearchValues.Create("。；;！？!?月年");

    // "临时救助金26户次47人": a run that counts relief both by household-times and by persons is read in persons.
    private static void DropHouseholdTimes(List<Bound> result)
    {
        for (var i = result.Count - 1; i > 0; i--)
        {
            var (a, b) = (result[i - 1], result[i]);
            if (ReferenceEquals(a.Indicator, b.Indicator) && b.Quantity.Start - a.Quantity.End <= 1
                && a.Quantity.Measure == "户次" && b.Quantity.Measure is "人" or "人次")
            {
                result.RemoveAt(i - 1);
            }
        }
    }

    // A sentence that opens with 其中 lists parts of the total before it ("其中，注册登记的养老机构4.1万个…"), and so
    // does each item of such a list that goes on past a semicolon, unless that total is a sum that named no indicator;
    // one month's payment in a report of a longer period is a part of it ("月发放低保金73.9万元", "当月发放").
    // A sum that named no indicator ("累计发放社会保障专项资金7679.39万元。其中，城乡低保3628.48万元，特困人员供养…")
    // breaks down into programmes: each item is its programme's whole.
    private static Segment? OnePartOf(string s, int clauseStart, Quantity q, Indicator indicator, bool inPartsList, string? afterSum)
    {
        if (inPartsList || s.AsSpan().TrimStart().StartsWith("其中", StringComparison.Ordinal))
        {
            return afterSum == q.Measure ? null : Segment.Part;
        }

        var lead = s.AsSpan(clauseStart..q.Start);
        return indicator.IsFlow && (lead.Contains("当月", StringComparison.Ordinal) || lead.Contains("本月", StringComparison.Ordinal)
            || lead.Contains("月发", StringComparison.Ordinal)) ? Segment.Part : null;
    }

    // "养老机构35家，其中公办养老机构21家，民办养老机构14家": after a total and a part of it, a further figure
    // of the same indicator in the sentence is another part.
    private static Segment? PartsGoOn(List<Bound> boundSoFar, Indicator indicator)
    {
        var total = false;
        foreach (ref readonly var b in CollectionsMarshal.AsSpan(boundSoFar))
        {
            if (!ReferenceEquals(b.Indicator, indicator))
            {
                continue;
            }

            if (b.Segment != Segment.Part && !b.IsPart)
            {
                total = true; // the area's, or the towns' or the countryside's ("城市低保对象8120户，其中县城5210户，工业园区…")
            }
            else if (total && b.Segment == Segment.Part)
            {
                return Segment.Part;
            }
        }

        return null;
    }

    // "养老机构31家（公办12家，民办19家）": a figure in brackets that open right after a total of the same indicator
    // breaks that total down.
    private static Segment? Breakdown(string s, Quantity q, Indicator indicator, List<Bound> boundSoFar)
    {
        var bound = CollectionsMarshal.AsSpan(boundSoFar);
        for (var i = bound.Length - 1; i >= 0; i--)
        {
            ref readonly var b = ref bound[i];
            if (ReferenceEquals(b.Indicator, indicator) && b.Segment is null && !b.IsPart)
            {
                return BracketAfter(s, b.Quantity, q) ? Segment.Part : null;
            }
        }

        return null;
    }

    // "特困供养人员3120人，经评估认定失能半失能特困供养人员286人": a stock has one level at a time, so a smaller
    // second level of it in the sentence, for the same year and status, counts a group within the first.
    private static Segment? Subgroup(Quantity q, Indicator indicator, decimal? value, int? year, FactStatus status, List<Bound> boundSoFar)
    {
        if (indicator.IsFlow || indicator.IsStandard || indicator.Unit == "percent" || value is null)
        {
            return null;
        }

        foreach (ref readonly var b in CollectionsMarshal.AsSpan(boundSoFar))
        {
            if (ReferenceEquals(b.Indicator, indicator) && b.Segment is null && !b.IsPart && b.Year == year && b.Status == status
                && b.Value > value)
            {
                return Segment.Part;
            }
        }

        return null;
    }

    // "农村低保9120户15230人，累计保障16.8万人次，共支出低保金4120.5万元": a sentence whose every figure so far
    // (but the parts of one) is of the towns or of the countryside goes on about it, unless the figure's clause names the whole area.
    private static Segment? Carried(string s, int clauseStart, Quantity q, List<Bound> boundSoFar)
    {
        if (boundSoFar.Count == 0 || boundSoFar[0].Segment is not (Segment.Urban or Segment.Rural) || boundSoFar[0].IsPart)
        {
            return null;
        }

        var segment = boundSoFar[0].Segment;
        foreach (ref readonly var b in CollectionsMarshal.AsSpan(boundSoFar))
        {
            // The parts of a figure of the towns ("城市低保对象6.1万人（其中外来人员5.5万人）") are of the towns too.
            if (b.Segment != segment && b.Segment != Segment.Part && !b.IsPart)
            {
                return null;
            }
        }

        var lead = s.AsSpan(clauseStart..q.Start);
        foreach (var word in WholeAreaWords)
        {
            if (lead.Contains(word, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return segment;
    }

    // "全市低保8000户，发放低保金3000万元，其中城市低保2000户，发放低保金1200万元": a second figure of an indicator whose
    // whole the sentence gave already, right after figures of the towns or of the countryside, is theirs.
    private static Segment? PartGoesOn(string s, int clauseStart, Quantity q, Indicator indicator, int? year, List<Bound> boundSoFar)
    {
        if (boundSoFar.Count == 0 || boundSoFar[^1] is not { Segment: Segment.Urban or Segment.Rural, IsPart: false } last)
        {
            return null;
        }

        // The run of that part's figures must follow the whole's figure or another part's figure of the same indicator:
        // after "其中城市低保2885户，农村低保850户" the text is back at the whole ("累计发放低保金1129.4万元").
        var k = boundSoFar.Count - 1;
        while (k >= 0 && boundSoFar[k].Segment == last.Segment && !ReferenceEquals(boundSoFar[k].Indicator, indicator))
        {
            k--;
        }

        if (k < 0 || !ReferenceEquals(boundSoFar[k].Indicator, indicator) || boundSoFar[k].IsPart || boundSoFar[k].Year != year)
        {
            return null;
        }

        var whole = false;
        for (; k >= 0 && !whole; k--)
        {
            whole = ReferenceEquals(boundSoFar[k].Indicator, indicator) && boundSoFar[k].Segment is null && !boundSoFar[k].IsPart;
        }

        if (!whole)
        {
            return null;
        }

        var lead = s.AsSpan(clauseStart..q.Start);
        foreach (var word in WholeAreaWords)
        {
            if (lead.Contains(word, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return last.Segment;
    }

    private static readonly string[] WholeAreaWords = ["城乡", "全市", "全县", "全区", "全省", "合计", "总计"];

    // "…5.6万对，其中：涉外及港澳台居民登记结婚210对": a clause list that 其中 opens before a colon or
    // comma is read with it.
    private static int WithinStart(string s, int clauseStart)
    {
        var major = MajorClauseStart(s, clauseStart);
        if (major < clauseStart && s.AsSpan(major).StartsWith("其中", StringComparison.Ordinal))
        {
            return major; // "其中厦门、泉州、福州市节地生态安葬率均达90%以上"
        }

        var before = s.AsSpan(0, major).TrimEnd();
        if (before is [.., '：' or ':' or '，' or ','])
        {
            before = before[..^1].TrimEnd();
            if (before.EndsWith("其中", StringComparison.Ordinal))
            {
                return before.Length - 2;
            }
        }

        return clauseStart;
    }

    // "5991户农村低保对象、202户城市低保对象": the words before an alias that followed the previous figure
    // (农村) are that figure's, not the lead of the next one.
    private static int SegmentLeadStart(int within, Quantity q, List<Bound> boundSoFar)
    {
        if (boundSoFar.Count > 0 && boundSoFar[^1] is { } previous && previous.MentionStart > previous.Quantity.Start
            && previous.MentionStart > within && previous.MentionStart < q.Start)
        {
            return previous.MentionStart;
        }

        return within;
    }

    // "纳入农村、城市低保的家庭": the clause starts after the enumeration comma, and the segment word before it
    // pairs with the clause's own (the pair is the whole area).
    private static int PairedStart(string s, int within) =>
        within >= 3 && s[within - 1] == '、' && Lexicon.SegmentOf(s.AsSpan((within - 3)..(within - 1))) is Segment.Urban or Segment.Rural
            ? within - 3
            : within;

    // "持证社工1200人，其中中级社工300人": after 其中, a part of the same indicator's total named before it;
    // "婚姻登记8600对，其中结婚登记6200对": with no such total, the figure is its indicator's whole.
    private static Segment? SegmentIn(ReadOnlySpan<char> lead, Indicator indicator, List<Bound> boundSoFar)
    {
        var segment = Lexicon.SegmentOf(lead, out var within);
        if (!within)
        {
            return segment;
        }

        foreach (ref readonly var b in CollectionsMarshal.AsSpan(boundSoFar))
        {
            if (ReferenceEquals(b.Indicator, indicator))
            {
                return Segment.Part;
            }
        }

        return null;
    }

    private static readonly CueGate PerCapita = new(Lexicon.PerCapita());
    private static readonly CueGate Frequency = new(Lexicon.Frequency());

    // Every PerCapita match opens with 每 and a count of people (每万人, 每十万, 每千, 每百); the 每 of 每人每月 is
    // none, and where no 每 has such a word after it the regex need not run.
    private static bool PerCapitaMatch(ReadOnlySpan<char> lead)
    {
        for (var i = lead.IndexOf('每'); i >= 0 && i + 1 < lead.Length;)
        {
            if (lead[i + 1] is '十' or '万' or '千' or '百')
            {
                return PerCapita.Regex.IsMatch(lead);
            }

            var next = lead[(i + 1)..].IndexOf('每');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }

    // Every Frequency match ends the lead (at its end, or before a last line break) and is at most nine characters
    // long, opening with 每 and a word of time (周, 月, 天, 日, 年, 季, 半年): the regex need run only when such a
    // pair stands among the last ten characters.
    private static bool FrequencyMatch(ReadOnlySpan<char> lead)
    {
        var tail = lead[Math.Max(0, lead.Length - 10)..];
        for (var i = tail.IndexOf('每'); i >= 0 && i + 1 < tail.Length;)
        {
            if (tail[i + 1] is '周' or '月' or '天' or '日' or '年' or '季' or '半')
            {
                return Frequency.Regex.IsMatch(lead);
            }

            var next = tail[(i + 1)..].IndexOf('每');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }
    private static readonly CueGate Removal = new(Lexicon.Removal());
    private static readonly CueGate Addition = new(Lexicon.Addition());
    private static readonly CueGate Target = new(Lexicon.TargetCue());
    private static readonly CueGate YearlyGate = new(YearlyCue());
    private static readonly CueGate RelativeYear = new(Relative());
    private static readonly CueGate To = new(ToWord());

    private static readonly CueGate Completion = new(CompletionWord());

    [GeneratedRegex("完成")]
    private static partial Regex CompletionWord();

    private const int PerCapitaBit = 1, FrequencyBit = 2, RemovalBit = 4, AdditionBit = 8, SegmentBit = 16, CompletionBit = 32;

    // In the order of the bits above.
    private static readonly CueScan LeadCues = new(PerCapita, Frequency, Removal, Addition, Lexicon.SegmentGate, Completion);

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

    // The start of the clause at, looking past the enumeration comma (、): "新建A 10家、B 1000张" is one clause.
    private static int MajorClauseStart(string s, int at)
    {
        for (var i = Math.Min(at, s.Length) - 1; i >= 0; i--)
        {
            if (s[i] != '、' && (Lexicon.IsClauseEnd(s[i]) || Lexicon.IsSentenceEnd(s[i])))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool SinceUnknown(string s, int clauseStart, Quantity q, Indicator indicator, List<Bound> boundSoFar)
    {
        if (!s.AsSpan(clauseStart..q.Start).Contains("累计", StringComparison.Ordinal) || RunningTotal().IsMatch(s.AsSpan(clauseStart..q.Start)))
        {
            return false; // "1-2月累计发放…" runs from the year's start
        }

        foreach (ref readonly var b in CollectionsMarshal.AsSpan(boundSoFar))
        {
            if (ReferenceEquals(b.Indicator, indicator) && b.Quantity.End <= clauseStart && b.Segment is null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBound(List<Bound> boundSoFar, Quantity q)
    {
        foreach (ref readonly var b in CollectionsMarshal.AsSpan(boundSoFar))
        {
            if (b.Quantity.Start == q.Start)
            {
                return true;
            }
        }

        return false;
    }

    // The last 等 before `at` that is not 等级 (等级评定), or -1.
    private static int LastDeng(string s, int at)
    {
        var span = s.AsSpan(0, at);
        for (var i = span.LastIndexOf('等'); i >= 0; i = span[..i].LastIndexOf('等'))
        {
            if (i + 1 >= s.Length || s[i + 1] != '级')
            {
                return i;
            }
        }

        return -1;
    }

    private bool Fits(AliasMention m, Quantity q) => Fits(m.Indicator, q);

    // A standard is a sum per person: "残疾人生活补贴3758.8万元" is the year's payments under that standard's
    // name, not a standard of 37,588,000 元 a month. No yearly standard reaches 10万元 a person.
    private const decimal StandardCeiling = 100_000m;

    // Between a measure word and the alias after it: a few characters, no punctuation, no digits; a short
    // aside in brackets may stand there ("18个乡镇(街道)社工站", "45个乡(镇、街道)社会工作站").
    private static bool Plain(string s, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var c = s[i];
            if (c is '（' or '(')
            {
                var close = s.AsSpan(i + 1, Math.Min(8, to - i - 1)).IndexOfAny('）', ')');
                if (close > 0)
                {
                    i += close + 1;
                    continue;
                }
            }

            if (Lexicon.IsClauseEnd(c) || Lexicon.IsSentenceEnd(c) || char.IsDigit(c) || c is '（' or '(' or '）' or ')' or '“' or '”')
            {
                return false;
            }
        }

        return true;
    }

    private static bool InBrackets(string s, Quantity parent, Quantity q)
    {
        var between = s.AsSpan(parent.End..q.Start);
        var open = between.LastIndexOfAny('（', '(');
        return open >= 0 && between[open..].IndexOfAny('）', ')') < 0;
    }

    // q stands in brackets that open at most two characters after the parent figure.
    private static bool BracketAfter(string s, Quantity parent, Quantity q)
    {
        var between = s.AsSpan(parent.End..q.Start);
        var open = between.IndexOfAny('（', '(');
        return open >= 0 && open <= 2 && between.IndexOfAny('）', ')') < 0;
    }

    private static bool IsPartOf(string s, Quantity parent, Quantity q)
    {
        var between = s.AsSpan(parent.End..q.Start);
        var inParens = BracketAfter(s, parent, q);
        if (!inParens && between.IndexOfAny('。', '；', ';') >= 0)
        {
            return false;
        }

        return inParens || between.Contains("其中", StringComparison.Ordinal);
    }

    /// <summary>The first figure of the run q stands in: figures with at most one character between them.</summary>
    internal static int RunStart(List<Quantity> quantities, int qi)
    {
        var first = qi;
        while (first > 0 && quantities[first].Start - quantities[first - 1].End <= 1)
        {
            first--;
        }

        return first;
    }

    public static int ClauseStart(string s, int at)
    {
        for (var i = Math.Min(at, s.Length) - 1; i >= 0; i--)
        {
            if (Lexicon.IsClauseEnd(s[i]) || Lexicon.IsSentenceEnd(s[i]))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private decimal? Convert(string s, Quantity q, Indicator indicator, int mentionStart)
    {
        if (q.Value is not { } raw)
        {
            return null;
        }

        var value = raw * factors.Factor(indicator.Unit, q.Measure)!.Value; // Fits() checked the factor exists
        if (indicator.IsStandard && (Yearly(s, q, mentionStart) || (q.Per == Period.None && value >= MonthlyCeiling(indicator))))
        {
            value = Math.Round(value / 12m, 2, MidpointRounding.AwayFromZero);
        }

        return Numbers.Decimals.TrimZeros(value);
    }

    // A standard written without its period ("农村低保标准达到3500元") at or above what no area pays a month
    // (the highest monthly dibao standards are near 1,600 yuan, 特困 ones near 2,300) is a year's.
    private static decimal MonthlyCeiling(Indicator indicator) => indicator.Code switch
    {
        "dibao_standard" => 2400m,
        "tekun_standard" => 3000m,
        _ => decimal.MaxValue,
    };

    // 年标准达到1.2万元, 每人每年, 元/年, 由一年420元: a yearly standard, which the catalog keeps per month.
    private static bool Yearly(string s, Quantity q, int mentionStart)
    {
        if (q.Per != Period.None)
        {
            return q.Per == Period.Year;
        }

        var from = Math.Max(0, Math.Min(mentionStart, q.Start) - 2);
        return YearlyGate.IsMatch(s.AsSpan(from..q.Start));
    }

    [GeneratedRegex("年标准|每人每年|每年|全年标准|年人均|人年|由一年|从一年")]
    private static partial Regex YearlyCue();

}
