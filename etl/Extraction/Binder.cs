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
/// The other parts of the class: the choice of a figure's indicator (Binder.Choice.cs), figures that take an
/// indicator from elsewhere in the sentence (Binder.Inheritance.cs), figures that only look like statistics
/// (Binder.Guards.cs), the year and status of a figure (Binder.Years.cs), and whether it is the whole area's or
/// a part's (Binder.Segments.cs).
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

            if (mentionStart < q.Start && GroupAfter(s, mentions, mentionStart, q))
            {
                continue; // "低保等救助资金…1000万元", "低保、特困等困难群众3万人": the figure is of more than the alias names
            }

            if (mentionStart > q.Start && RemovedAfter(s, mentions, mentionStart))
            {
                continue; // "1242户1682人低保对象退出保障范围": those named after their count left the programme
            }

            // "预计将新增低保资金支出约4000万元", "增发城乡低保金490多万元": money added to an assistance fund is a change in it, not what it
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
            // "去年…取得重大突破。…今年将…，力争新增床位1万张" on a page of the year after the one it reviews: a plan
            // dated by nothing in its paragraph is for the page's year.
            if (status != FactStatus.Actual && !ctx.InPlan && ctx.Carried is null && ctx.Now > ctx.ReportYear && year == ctx.ReportYear
                && !fromA && !Lexicon.Year().IsMatch(s.AsSpan(0, q.Start)))
            {
                year = ctx.Now;
            }

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
