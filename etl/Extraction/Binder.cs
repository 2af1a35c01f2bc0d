using System.Text.RegularExpressions;
using Analytics.Warehouse.Catalog;

namespace Analytics.Etl.Extraction;

/// <summary>A quantity bound to an indicator, with its value in the indicator's unit and its context.</summary>
internal readonly record struct Bound(
    Quantity Quantity, Indicator Indicator, decimal? Value, int? Year, int? PeriodStart, FactStatus Status, string? Segment, bool IsPart,
    int MentionStart);

/// <summary>
/// Binds the quantities of one sentence to indicators. A quantity takes the alias that names it:
/// the one right after its measure word ("13家养老机构"), else the nearest one before it in its
/// clause ("低保金6561.57万元"), or one further back when it is the first figure after that alias
/// ("考试通过人数再创新高，达146人"). The alias must fit the unit (beds need 张, money 元).
/// Figures in "（其中…）" after a bound figure are its parts. "从A提高到B" gives two facts.
/// </summary>
internal sealed partial class Binder(UnitTable units, Beneficiaries? beneficiaries = null, Siblings? siblings = null)
{
    private const int MaxPostGap = 8;
    private const int StrongPostGap = 4;
    private const int LongPostGap = 16;
    private const int MaxFirstAfterGap = 40;

    // The figure's own clause before a count of things, when it takes an alias of an earlier clause: a verb
    // or two ("累计达到18个"), not a subject of its own ("检查发现消防安全隐患215处").
    private const int MaxFirstAfterLead = 8;

    /// <summary>Fills <paramref name="result"/> (cleared first): one list reused for every sentence of a document.</summary>
    public void Bind(string s, List<Quantity> quantities, List<AliasMention> mentions, BlockContext ctx, List<Bound> result)
    {
        result.Clear();
        var cues = new SentenceCues(s);
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
            if (((present & PerCapitaBit) != 0 && PerCapita.Regex.IsMatch(lead))
                || (q.Measure != "元" && q.Measure != "%" && (present & FrequencyBit) != 0 && Frequency.Regex.IsMatch(lead)))
            {
                continue; // 每万人拥有持证社工13.2人 is a ratio; 每月至少探访1次 is a rule
            }

            if ((present & RemovalBit) != 0 && Removal.Regex.IsMatch(s.AsSpan(clauseStart..q.Start)))
            {
                continue;
            }

            // A stock the text adds to ("新增…", "新建10家…中心、1000张养老机构床位", "完成…中心建设") is its flow
            // where the catalog has one, and nothing where it has none.
            if (!indicator.IsFlow && !inherited && !indicator.IsStandard && indicator.Unit != "percent" && Adds(s, q, clauseStart, mentionStart))
            {
                if (siblings?.FlowOf(indicator) is not { } flow)
                {
                    continue;
                }

                indicator = flow;
            }

            if (SplicedYear(s, q, ctx) || (indicator.Unit == "percent" && q.Value > 100m))
            {
                continue; // "为2023000名…", "到位率20230%": a re-posting site wrote its year into the figure
            }

            var runStart = RunStart(quantities, qi);
            if (Increment(s, qClause, q) || (runStart < qi && Increment(s, ClauseStart(s, quantities[runStart].Start), quantities[runStart]))
                || (!indicator.IsFlow && !indicator.IsStandard && Benefactive(s, qClause, q))
                || Average(s, q, indicator, qClause, mentionStart))
            {
                continue; // "提高20元、10元" are rises; "为1690名五保对象发放补贴" counts who got a payment; "月人均补差605元" is an average
            }

            var value = Convert(s, q, indicator, mentionStart);
            var fromA = FromA(s, q, quantities);
            var (year, periodStart) = YearOf(s, q, quantities, ctx, ref cues, fromA);
            var status = StatusOf(s, q, year, ctx, ref cues, qClause);
            if (year is null && status != FactStatus.Actual && !fromA)
            {
                year = ctx.PlanYear ?? ctx.ReportYear;
            }

            if (periodStart is null && indicator.IsFlow && ctx.YearsBack is { } back && year is not null)
            {
                periodStart = year - back + 1;
            }

            var segment = (cues.FirstRespectively() is var first && first >= 0 && first + 2 <= q.Start ? Respectively(s, q, quantities) : null)
                ?? ((present & SegmentBit) != 0 ? SegmentIn(s.AsSpan(clauseStart..q.Start), indicator, result) : null)
                ?? (inherited ? "part" : null);
            result.Add(new Bound(q, indicator, value, year, indicator.IsFlow ? periodStart : null, status, segment, inherited, mentionStart));
        }

        DropHouseholdTimes(result);
    }

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

    // A figure that is the report's year with zeros after it (2023000, 20230) was a number a re-posting site
    // overwrote with its year; the true figure is lost.
    private static bool SplicedYear(string s, Quantity q, BlockContext ctx)
    {
        var digits = s.AsSpan(q.Start..q.NumberEnd);
        if (digits.Length < 5 || digits.IndexOfAnyExceptInRange('0', '9') >= 0 || digits[4..].IndexOfAnyExcept('0') >= 0)
        {
            return false;
        }

        var year = int.Parse(digits[..4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        return year == ctx.ReportYear || year == ctx.Now;
    }

    // "比去年增加145万元", "分别提高20元": the figure right after a verb of change with no 到/至/为 is the
    // change itself. (新增 is not a change of a level: "新增床位300张" is a flow the catalog counts.)
    private static bool Increment(string s, int clauseStart, Quantity q)
    {
        var lead = s.AsSpan(clauseStart..q.Start).TrimEnd();
        if (lead.EndsWith("了", StringComparison.Ordinal))
        {
            lead = lead[..^1];
        }

        if (lead.EndsWith("新增", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var verb in ChangeVerbs)
        {
            if (lead.EndsWith(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ChangeVerbs = ["提高", "增加", "增长", "上调", "提升", "减少", "下降", "降低", "增", "减", "多"];

    // An average or a ceiling read as a level or a sum: "月人均补差605元" and "补助水平" are no standard,
    // "人均年供养金16873元" no payment total, "临时救助最高标准由4200元提高到50000元" no relief money.
    private static bool Average(string s, Quantity q, Indicator indicator, int clauseStart, int mentionStart)
    {
        var lead = s.AsSpan(clauseStart..q.Start);
        if (indicator.IsStandard)
        {
            return AverageAid.IsMatch(lead);
        }

        if (indicator.Unit != "wan_yuan")
        {
            return false;
        }

        var sinceMention = mentionStart < q.Start ? s.AsSpan(mentionStart..q.Start) : lead;
        return lead.Contains("人均", StringComparison.Ordinal) || sinceMention.Contains("标准", StringComparison.Ordinal)
            || sinceMention.Contains("最高", StringComparison.Ordinal);
    }

    private static readonly CueGate AverageAid = new(AverageAidWords());

    [GeneratedRegex("补差|补助水平|救助水平|保障水平|人均救助|人均补助|平均救助|人均支出")]
    private static partial Regex AverageAidWords();

    // "为1690名农村五保对象发放一次性生活补贴", "向250名贫困学子发放": a count after 为/向/给 whose clause goes on to
    // pay or serve them counts the recipients of that, not the stock the alias names.
    private static bool Benefactive(string s, int clauseStart, Quantity q)
    {
        var lead = s.AsSpan(clauseStart..q.Start).TrimEnd();
        if (lead.EndsWith("共", StringComparison.Ordinal) || lead.EndsWith("累计", StringComparison.Ordinal))
        {
            lead = lead[..^(lead[^1] == '共' ? 1 : 2)];
        }

        if (lead.IsEmpty || lead[^1] is not ('为' or '向' or '给'))
        {
            return false;
        }

        var rest = s.AsSpan(q.End);
        var end = rest.IndexOfAny(ClauseOrSentenceEnds);
        return BenefitVerb.IsMatch(end < 0 ? rest : rest[..end]);
    }

    private static readonly System.Buffers.SearchValues<char> ClauseOrSentenceEnds = System.Buffers.SearchValues.Create("，,；;。！？!?\n");

    private static readonly CueGate BenefitVerb = new(BenefitVerbs());

    [GeneratedRegex("发放|缴纳|资助|慰问|提供|开展|送去|送上|购买|办理|落实|给予|兑现|支付")]
    private static partial Regex BenefitVerbs();

    // "持证社工1200人，其中中级社工300人": after 其中, a part of the same indicator's total named before it;
    // "婚姻登记8600对，其中结婚登记6200对": with no such total, the figure is its indicator's whole.
    private static string? SegmentIn(ReadOnlySpan<char> lead, Indicator indicator, List<Bound> boundSoFar)
    {
        var segment = Lexicon.Segment(lead);
        if (segment != Lexicon.Within)
        {
            return segment;
        }

        foreach (var b in boundSoFar)
        {
            if (ReferenceEquals(b.Indicator, indicator))
            {
                return "part";
            }
        }

        return null;
    }

    private static readonly CueGate PerCapita = new(Lexicon.PerCapita());
    private static readonly CueGate Frequency = new(Lexicon.Frequency());
    private static readonly CueGate Removal = new(Lexicon.Removal());
    private static readonly CueGate Addition = new(Lexicon.Addition());
    private static readonly CueGate Target = new(Lexicon.TargetCue());
    private static readonly CueGate YearlyGate = new(YearlyCue());
    private static readonly CueGate RelativeYear = new(Relative());
    private static readonly CueGate To = new(ToWord());

    private const int PerCapitaBit = 1, FrequencyBit = 2, RemovalBit = 4, AdditionBit = 8, SegmentBit = 16;

    // In the order of the bits above.
    private static readonly CueScan LeadCues = new(PerCapita, Frequency, Removal, Addition, Lexicon.SegmentGate);

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
        foreach (var m in mentions)
        {
            if (m.Start - postFrom > postGap)
            {
                break;
            }

            // "89万人通过低保或特困供养脱贫": the alias is the means, not what the count is of (but 通过考试 is a pass);
            // "1190个社区实现为老助餐服务": a count of its own noun does what the alias names.
            if (m.Start >= postFrom && Fits(m, q) && Plain(s, postFrom, m.Start)
                && (m.Indicator.IsFlow || !s.AsSpan(postFrom..m.Start).Contains("通过", StringComparison.Ordinal))
                && !(OwnNoun(s, quantities[runEnd]) && PostVerb.IsMatch(s.AsSpan(postFrom..m.Start))))
            {
                post = m;
                break;
            }
        }

        AliasMention? pre = null;
        // "…助餐服务,共计配送餐覆盖260个村社", "…,并划分成4个片区": a count whose measure word is followed by a noun
        // of its own counts that noun, not what an alias of an earlier clause or figure named.
        var ownNoun = post is null && OwnNoun(s, q);
        (AliasMention Mention, Indicator Standard)? levelOf = null;

        var previousEnd = chain > 0 ? quantities[chain - 1].End : 0;
        foreach (var m in mentions)
        {
            if (m.Start >= q.Start)
            {
                break; // ordered by start: this one and every later one end after the figure starts
            }

            if (m.End > q.Start)
            {
                continue;
            }

            // "临时救助287人次等7类对象覆盖困难群众**人": after 等, the figure counts more than the alias names.
            if (s.AsSpan(m.End..q.Start).IndexOf('等') is var et and >= 0 && !(m.End + et + 1 < s.Length && s[m.End + et + 1] == '级'))
            {
                continue;
            }

            // The unit check (two table lookups) last: the position checks rule out most mentions first.
            var sameClause = clauseStart <= m.Start;
            var firstAfter = m.End >= previousEnd && quantities[chain].Start - m.End <= MaxFirstAfterGap
                && (!IsClassifier(q.Measure) || quantities[chain].Start - ClauseStart(s, quantities[chain].Start) <= MaxFirstAfterLead);
            // A count with a noun of its own takes an earlier clause's alias only from inside a list of nouns
            // ("助餐、配送餐服务覆盖135个城乡社区"), not across a comma or at the head of a list item ("、88个社区工作室").
            var ownItem = ownNoun && (s.AsSpan(m.End..q.Start).IndexOfAny('，', ',') >= 0 || ClauseStart(s, quantities[chain].Start) == quantities[chain].Start);
            if ((sameClause || (firstAfter && !ownItem))
                && (pre is null || m.End >= pre.Value.End) && Fits(m, q))
            {
                pre = m;
            }
            else if (sameClause && q.Measure == "元" && siblings?.StandardOf(m.Indicator) is { } standard && PerPerson(s, q, clauseStart)
                && (levelOf is null || m.End >= levelOf.Value.Mention.End))
            {
                levelOf = (m, standard); // "城镇低保从870元/月提高到910元/月": a level per person of the count's subject
            }
        }

        if (levelOf is { } level && (pre is not { } p || p.End < level.Mention.Start))
        {
            return (level.Standard, level.Mention.Start, false);
        }

        if (post is { } after && (after.Start - q.End <= StrongPostGap || pre is null))
        {
            return (after.Indicator, after.Start, false);
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

        if (SiblingOf(s, quantities, qi, mentions, boundSoFar, clauseStart) is { } sibling)
        {
            return sibling; // "特困人员供养累计救助25927人次1617.8万元", "发放临时救助金975人", "募集…，支出…"
        }

        if (Cumulative(s, quantities, qi, mentions, boundSoFar, clauseStart) is { } total)
        {
            return (total, q.Start, false); // "新增社会工作站12个，累计达到18个": the stock after the flow
        }

        // Parts: "（其中城市三无27人，农村分散五保1105人）" or "，其中…" after a bound figure.
        Bound? parent = null;
        for (var i = boundSoFar.Count - 1; i >= 0 && parent is null; i--)
        {
            var b = boundSoFar[i];
            if (!b.IsPart && b.Quantity.End <= q.Start && units.Factor(b.Indicator.Unit, q.Measure) is not null)
            {
                parent = b;
            }
        }

        if (parent is { } whole && IsPartOf(s, whole.Quantity, q))
        {
            return (whole.Indicator, q.Start, true);
        }

        if (beneficiaries?.Find(s, quantities, qi, mentions, boundSoFar, units) is { } reach)
        {
            return (reach.Indicator, reach.MentionStart, false); // "资金350万元，惠及1.2万人"
        }

        if (beneficiaries?.FindAmount(s, quantities, qi, boundSoFar, units) is { } paid)
        {
            return (paid.Indicator, paid.MentionStart, false); // "惠及1.2万人次，发放资金350万元"
        }

        return (null, 0, false);
    }

    // A clause that opens 累计/总数/总量 after a figure its alias could not take (新增 is no stock): the
    // total it reaches is the stock the alias names. Only a stock indicator, only when no figure between
    // the alias and this one was bound, and the alias no further back than MaxFirstAfterGap.
    private Indicator? Cumulative(string s, List<Quantity> quantities, int qi, List<AliasMention> mentions, List<Bound> boundSoFar, int clauseStart)
    {
        var lead = s.AsSpan(clauseStart).TrimStart();
        if (!lead.StartsWith("累计", StringComparison.Ordinal) && !lead.StartsWith("总数", StringComparison.Ordinal)
            && !lead.StartsWith("总量", StringComparison.Ordinal))
        {
            return null; // most clauses
        }

        var q = quantities[qi];
        AliasMention? chosen = null;
        foreach (var m in mentions)
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

        foreach (var b in boundSoFar)
        {
            if (b.Quantity.Start > alias.End && b.Quantity.Start < q.Start)
            {
                return null; // a figure between already took an indicator
            }
        }

        return alias.Indicator;
    }

    // Whether the figure's clause adds to a stock: a verb of addition before the figure in its clause, or in
    // the list it stands in ("新建A 10家、B 1000张"), or 完成 before it and 建设/创建 after its alias.
    private static bool Adds(string s, Quantity q, int clauseStart, int mentionStart)
    {
        var major = MajorClauseStart(s, Math.Min(clauseStart, q.Start));
        var upTo = Math.Max(q.Start, mentionStart);
        if (Addition.IsMatch(s.AsSpan(clauseStart..upTo)) || Addition.IsMatch(s.AsSpan(major..upTo)))
        {
            return true;
        }

        var lead = s.AsSpan(major..q.Start);
        if (!lead.Contains("完成", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = s.AsSpan(upTo);
        var end = rest.IndexOfAny(MajorEnds);
        rest = end < 0 ? rest : rest[..end];
        return rest.Contains("建设", StringComparison.Ordinal) || rest.Contains("创建", StringComparison.Ordinal);
    }

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

    private static readonly System.Buffers.SearchValues<char> MajorEnds = System.Buffers.SearchValues.Create("，,；;。！？!?\n");

    // An amount per person and period: 元/月, 元/人·年, 每人每月…元, 月人均…元.
    private static bool PerPerson(string s, Quantity q, int clauseStart) =>
        q.Per != Period.None || PerPersonCue.IsMatch(s.AsSpan(clauseStart..q.Start));

    private static readonly CueGate PerPersonCue = new(PerPersonWords());

    [GeneratedRegex("每人每[月年]|每月每人|月人均|年人均|人均每[月年]")]
    private static partial Regex PerPersonWords();

    // "城乡低保和农村五保供养人数60.84万人": one figure for two groups; "医疗救助和临时救助186.99万人次和4.07万人次":
    // the first of two figures is the first group's. An alias right after 和/与/及 names the second of two
    // subjects; its figure is the second of a pair, or none.
    private static bool Conjoined(string s, List<Quantity> quantities, int qi, AliasMention alias)
    {
        var q = quantities[qi];
        var secondOfPair = qi > 0 && quantities[qi - 1].Measure == q.Measure && quantities[qi - 1].Start >= alias.End
            && s.AsSpan(quantities[qi - 1].End..q.Start).Trim() is "和" or "与" or "、" or "及";
        var after = s.AsSpan(alias.End).TrimStart();
        if (after.Length > 0 && after[0] is '和' or '与' or '及' && after.IndexOfAny(Digits) is var d and > 1 && !after[..d].ContainsAny(ClauseOrSentenceEnds))
        {
            return secondOfPair; // "生活补贴和护理补贴…82元和76元": the first subject's figure is the first
        }

        var before = s.AsSpan(0, alias.Start).TrimEnd();
        foreach (var word in SegmentPrefixes)
        {
            if (before.EndsWith(word, StringComparison.Ordinal))
            {
                before = before[..^word.Length];
                break;
            }
        }

        if (before.Length == 0 || before[^1] is not ('和' or '与' or '及') || secondOfPair)
        {
            return false;
        }

        // "城镇和农村低保对象分别为…": 和 joins two parts of the area, not two subjects.
        var left = before[..^1].TrimEnd();
        foreach (var word in SegmentPrefixes)
        {
            if (left.EndsWith(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] SegmentPrefixes = ["城市", "城镇", "农村", "城乡", "全市", "全县", "全区"];

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    // "全市161家养老机构通过等级评定的149家": after a figure of the same indicator, a figure defined by a clause
    // ending in 的 is a subset of it, not a second statement of the stock.
    private static bool Subset(string s, Quantity q, AliasMention alias, List<Bound> boundSoFar)
    {
        var between = s.AsSpan(alias.End..q.Start);
        if (between.Length < 3 || !between.EndsWith("的", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var b in boundSoFar)
        {
            if (ReferenceEquals(b.Indicator, alias.Indicator) && b.Quantity.End <= alias.Start + 8)
            {
                return true;
            }
        }

        return false;
    }

    // The text before a count sends its alias further on: "为320户…", "完成800户…", "实施…", "开展…", "对…".
    private static bool LongLead(string s, int at)
    {
        var before = s.AsSpan(0, at).TrimEnd();
        if (before.EndsWith("共", StringComparison.Ordinal) || before.EndsWith("累计", StringComparison.Ordinal))
        {
            before = before[..^(before[^1] == '共' ? 1 : 2)];
        }

        return before.EndsWith("为", StringComparison.Ordinal) || before.EndsWith("完成", StringComparison.Ordinal)
            || before.EndsWith("实施", StringComparison.Ordinal) || before.EndsWith("开展", StringComparison.Ordinal)
            || before.EndsWith("对", StringComparison.Ordinal);
    }

    // A classifier (个, 家, 所, 处, 座, 项) followed by a word of its own: "260个村社", "4个片区", "123个社区工作室".
    // Particles and adverbs (的, 以上, 余, 和, 已, 均, 全 …) and punctuation leave the count to the alias before it.
    private static bool OwnNoun(string s, Quantity q)
    {
        if (!IsClassifier(q.Measure) || q.End >= s.Length)
        {
            return false;
        }

        var next = s[q.End];
        return next is >= '\u4e00' and <= '\u9fff' && !NonNouns.Contains(next);
    }

    private static readonly CueGate PostVerb = new(PostVerbs());

    [GeneratedRegex("实现|开展|提供|建立|设立|配备|开通|覆盖|完成|实施|享受|纳入|通过|进行")]
    private static partial Regex PostVerbs();

    private static bool IsClassifier(string measure) => measure is "个" or "家" or "所" or "处" or "座" or "项";

    private static readonly System.Buffers.SearchValues<char> NonNouns = System.Buffers.SearchValues.Create("的以左余多和及与或等并已均共为是达全正在次");

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
        foreach (var m in mentions)
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

    private bool Fits(Indicator indicator, Quantity q) => units.Factor(indicator.Unit, q.Measure) is not null;

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

        foreach (var m in mentions)
        {
            if (m.End <= clauseStart && Fits(m, q))
            {
                return m;
            }
        }

        return null;
    }

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
        if (ComparedWith(gap))
        {
            return (previous.Indicator, q.Start); // "持证社工2435人，较2019年初1522人": the earlier level, dated by its year
        }

        if (q.Start - p.End > MaxListGap || gap.IndexOfAnyExcept(ListGapChars) >= 0)
        {
            return null; // "，比上年增加97个" is a change, "、示范型儿童之家260家" another thing
        }

        foreach (var m in mentions)
        {
            if (m.Start == previous.MentionStart && s.AsSpan(m.End).TrimStart() is [('和' or '与' or '及'), ..])
            {
                return null; // "生活补贴和护理补贴…74.8元和68.7元": the second figure is the second subject's
            }
        }

        foreach (var m in mentions)
        {
            if (m.Start >= p.End && m.Start < q.Start)
            {
                return null; // the words between name an indicator: not a list of one
            }
        }

        // The period: the gap's own (年人均, 每月) or else the first figure's, read from its mention on.
        return (previous.Indicator, gap.IndexOfAny('年', '月') >= 0 ? p.End : previous.MentionStart);
    }

    private const int MaxListGap = 12;

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
    private static string? Respectively(string s, Quantity q, List<Quantity> quantities)
    {
        var sentenceHead = s.AsSpan(0, q.Start);
        var at = sentenceHead.LastIndexOf("分别", StringComparison.Ordinal);
        if (at < 0 || sentenceHead[at..].IndexOfAny('。', '；', ';') >= 0)
        {
            return null;
        }

        var parts = Lexicon.SegmentWords(s[Math.Max(0, ClauseStart(s, at) - 20)..at]);
        var index = 0;
        foreach (var o in quantities)
        {
            if (o.Start > at && o.Start < q.Start && o.Measure == q.Measure)
            {
                index++;
            }
        }

        return parts.Count >= 2 && index < parts.Count ? parts[index] : null;
    }

    private bool Fits(AliasMention m, Quantity q) => units.Factor(m.Indicator.Unit, q.Measure) is not null;

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

    private static bool IsPartOf(string s, Quantity parent, Quantity q)
    {
        var between = s[parent.End..q.Start];
        var open = between.IndexOfAny(['（', '(']);
        var inParens = open >= 0 && open <= 2 && between.IndexOfAny(['）', ')']) < 0;
        if (!inParens && between.IndexOfAny(['。', '；', ';']) >= 0)
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

        var value = raw * units.Factor(indicator.Unit, q.Measure)!.Value; // Fits() checked the factor exists
        if (indicator.IsStandard && Yearly(s, q, mentionStart))
        {
            value = Math.Round(value / 12m, 2, MidpointRounding.AwayFromZero);
        }

        return Numbers.Decimals.TrimZeros(value);
    }

    // 年标准达到1.2万元, 每人每年, 元/年: a yearly standard, which the catalog keeps per month.
    private static bool Yearly(string s, Quantity q, int mentionStart)
    {
        if (q.Per != Period.None)
        {
            return q.Per == Period.Year;
        }

        var from = Math.Max(0, Math.Min(mentionStart, q.Start) - 2);
        return YearlyGate.IsMatch(s.AsSpan(from..q.Start));
    }

    [GeneratedRegex("年标准|每人每年|每年|全年标准|年人均|人年")]
    private static partial Regex YearlyCue();

    private static (int? Year, int? PeriodStart) YearOf(string s, Quantity q, List<Quantity> quantities, BlockContext ctx, ref SentenceCues cues, bool fromA)
    {
        var before = s.AsSpan(0, q.Start);
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
            if (start is null && Lexicon.OpensSpan(s.AsSpan(index + length)) && !fromA)
            {
                // "2016年以来，累计…": a total from that year to the report's, or to the end of the
                // five-year plan the text reviews ("十三五"时期 … 2016年以来 ends in 2020).
                var end = Lexicon.PlanPeriodEnd(ctx.PlanPeriods, year, ctx.Now) ?? ctx.ReportYear;
                return end is { } e && e > year ? (e, year) : (year, null);
            }

            return (year, start);
        }

        if (fromA)
        {
            return (null, null);
        }

        if (before.ContainsAny(MaskChars) && MaskedYear().IsMatch(before))
        {
            return (ctx.TitleYear, null); // "20xx年全县…", "XX年111月": the year is masked; only a title can still tell it
        }

        if (RelativeYear.MayMatch(before) && (ctx.Now ?? ctx.ReportYear) is { } ry && DatingRelative(before) is { } relative)
        {
            return (relative switch { "去年" => ry - 1, "明年" => ry + 1, _ => ry }, null);
        }

        if (Lexicon.YearsBack(before) is { } back && ctx.ReportYear is { } y)
        {
            return (ctx.InPlan ? ctx.PlanYear : y, y - back + 1);
        }

        return (ctx.InPlan ? ctx.PlanYear : ctx.Carried ?? ctx.ReportYear, null);
    }

    private static readonly System.Buffers.SearchValues<char> MaskChars = System.Buffers.SearchValues.Create("xX×*＊Ｘ");

    [GeneratedRegex(@"(?:^|[^\d])(?:(?:19|20)[xX×*＊Ｘ]{2}|[xX×*＊Ｘ]{2,4})年")]
    private static partial Regex MaskedYear();

    // The first 今年/本年/去年/明年 that dates what follows; "较去年减少1200人" compares with last year, it dates nothing.
    private static string? DatingRelative(ReadOnlySpan<char> before)
    {
        foreach (var m in Relative().EnumerateMatches(before))
        {
            if (m.Index == 0 || before[m.Index - 1] is not ('较' or '比' or '同' or '于'))
            {
                return before.Slice(m.Index, m.Length).ToString();
            }
        }

        return null;
    }

    [GeneratedRegex("今年|本年|去年|明年")]
    private static partial Regex Relative();

    private static (int Index, int Length)? YearCandidate(string s, Quantity q, List<Quantity> quantities, bool fromA, int index, int length)
    {
        var attachedTo = AttachedQuantity(s, index + length, quantities);
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

    private static Quantity? AttachedQuantity(string s, int after, List<Quantity> quantities)
    {
        foreach (var q in quantities)
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
    private static bool FromA(string s, Quantity q, List<Quantity> quantities)
    {
        var lead = s.AsSpan(0, q.Start);
        var from = Math.Max(lead.LastIndexOf('从'), lead.LastIndexOf('由'));
        if (from < 0 || (from + 1 < lead.Length && lead[from + 1] == '于') || lead[from..].ContainsAny(SentenceEnds)
            || To.IsMatch(lead[from..]))
        {
            return false; // 由于 is "because"
        }

        foreach (var o in quantities)
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

    [GeneratedRegex("到|至|(?:提高|调整|调|上调|提升|增加|增长)为")]
    private static partial Regex ToWord();

    private static FactStatus StatusOf(string s, Quantity q, int? year, BlockContext ctx, ref SentenceCues cues, int clauseStart)
    {
        if (s.AsSpan(clauseStart..q.Start).Contains("任务", StringComparison.Ordinal))
        {
            return FactStatus.Target; // "建设任务是新增床位500张", "完成省定任务5500户": a task set, not a result
        }

        var forward = ctx.InPlan
            || (year is not null && ctx.ReportYear is not null && year > ctx.ReportYear)
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
}

/// <summary>
/// The year and plan-cue matches of one sentence, found once (when first asked for) and shared by
/// every figure in it instead of searching the text before each figure again.
/// </summary>
internal struct SentenceCues(string sentence)
{
    private int planCueEnd = -1;
    private int respectively = -2;
    private YearMatches? years;

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
    /// end later), so the first match also ends first.
    /// </summary>
    public int PlanCueEnd()
    {
        if (planCueEnd < 0)
        {
            var m = Lexicon.PlanCue().EnumerateMatches(sentence);
            planCueEnd = m.MoveNext() ? m.Current.Index + m.Current.Length : int.MaxValue;
        }

        return planCueEnd;
    }

    public YearMatches Years()
    {
        if (years is null)
        {
            years = YearMatches.Shared ??= new YearMatches();
            years.Find(sentence);
        }

        return years;
    }
}

/// <summary>The Lexicon.Year() matches of a sentence in order, in a list kept per thread.</summary>
internal sealed class YearMatches
{
    [ThreadStatic]
    public static YearMatches? Shared;

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
