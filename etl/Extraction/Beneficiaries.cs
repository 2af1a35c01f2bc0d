using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Analytics.Warehouse.Catalog;

namespace Analytics.Etl.Extraction;

/// <summary>
/// Reads the head count that follows an amount: "发放殡葬惠民补助资金350万元，惠及1.2万人",
/// "临时救助资金560万元，救助3000人次". The count's clause names no indicator of its own (惠及 is
/// a verb), and the alias before it is the money's, whose unit does not fit 人. The count then
/// belongs to the head-count indicator (persons, households, person-times) of the money's family
/// whose alias the money's own alias starts with or holds: 殡葬惠民补助 in 殡葬惠民补助资金,
/// 临时救助 in 临时救助资金. Only when exactly one such indicator fits the count's measure word;
/// a family without one (公益创投 … 受益群众3.5万人) gives nothing.
/// </summary>
internal sealed partial class Beneficiaries
{
    private const int MaxBridge = 12;

    private static readonly HashSet<string> HeadCountUnits = new(["persons", "households", "person_times"], StringComparer.Ordinal);

    // Per amount indicator: the head-count indicators of its family with their plain aliases.
    private readonly Dictionary<Indicator, (Indicator Indicator, string[] Aliases)[]> siblings;

    // Per head-count indicator: the one money indicator of its subject.
    private readonly Dictionary<Indicator, Indicator> amounts;

    // Per money indicator: the one head-count indicator of its subject (the reverse of amounts).
    private readonly Dictionary<Indicator, Indicator> siblingCounts;

    public Beneficiaries(IndicatorCatalog catalog)
    {
        siblings = catalog.Indicators.ToDictionary(
            i => i,
            i => catalog.Indicators
                .Where(c => !ReferenceEquals(c, i) && c.Family == i.Family && HeadCountUnits.Contains(c.Unit) && !HeadCountUnits.Contains(i.Unit))
                .Select(c => (c, c.AliasesZh.Where(a => !a.Contains('*', StringComparison.Ordinal)).ToArray()))
                .Where(c => c.Item2.Length > 0)
                .ToArray());
        amounts = catalog.Indicators
            .Where(i => HeadCountUnits.Contains(i.Unit))
            .Select(i => (Count: i, Money: catalog.Indicators
                .Where(c => c.Family == i.Family && c.Unit == "wan_yuan" && Siblings.Stem(c.Code).Length > 0 && Siblings.Stem(c.Code) == Siblings.Stem(i.Code))
                .ToArray()))
            .Where(p => p.Money.Length == 1)
            .ToDictionary(p => p.Count, p => p.Money[0]);
        siblingCounts = amounts.GroupBy(kv => kv.Value).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Key);
    }

    /// <summary>
    /// The indicator of a count <paramref name="q"/> in a "惠及…" clause right after a bound amount,
    /// with the start of the amount's alias (the mention the count is read from), or null.
    /// </summary>
    public (Indicator Indicator, int MentionStart)? Find(
        string s, List<Quantity> quantities, int qi, List<AliasMention> mentions, List<Bound> boundSoFar, UnitTable units)
    {
        var q = quantities[qi];

        // The count may stand in a run of counts ("惠及3120户5480人"): the run opens the clause.
        var first = Binder.RunStart(quantities, qi);

        // The amount is the figure right before the run, bound, not a part.
        Bound? found = null;
        foreach (ref readonly var b in CollectionsMarshal.AsSpan(boundSoFar))
        {
            // Figures are values now: the same figure is the one at the same place.
            found = first > 0 && b.Quantity.Start == quantities[first - 1].Start ? b : found;
        }

        if (found is null && first > 0)
        {
            return OfUnboundFund(s, quantities, first, q, mentions, units);
        }

        if (found is not { } amount || amount.IsPart || !siblings.TryGetValue(amount.Indicator, out var family) || family.Length == 0)
        {
            return null;
        }

        var clauseStart = Binder.ClauseStart(s, quantities[first].Start);
        var bridge = s.AsSpan(amount.Quantity.End..Math.Max(amount.Quantity.End, clauseStart));
        if (clauseStart <= amount.Quantity.End || bridge.Length > MaxBridge || bridge.ContainsAnyInRange('0', '9')
            || !BenefitLead().IsMatch(s.AsSpan(clauseStart..quantities[first].Start)))
        {
            return null;
        }

        AliasMention? named = null;
        foreach (ref readonly var m in CollectionsMarshal.AsSpan(mentions))
        {
            if (m.End <= amount.Quantity.Start && ReferenceEquals(m.Indicator, amount.Indicator))
            {
                named = m;
            }
        }

        if (named is not { } alias)
        {
            return null;
        }

        var name = s[alias.Start..alias.End];
        Indicator? chosen = null;
        foreach (var (sibling, aliases) in family)
        {
            if (units.Factor(sibling.Unit, q.Measure) is null || !aliases.Any(a => name.Contains(a, StringComparison.Ordinal)))
            {
                continue;
            }

            if (chosen is not null)
            {
                return null; // two head counts fit: the text does not say which
            }

            chosen = sibling;
        }

        // "减免基本殡葬服务费用1.2亿元，惠及群众6.3万人": no head-count alias inside the money's, but the money
        // indicator has one head count of its own subject (one code stem) that fits.
        if (chosen is null && siblingCounts.TryGetValue(amount.Indicator, out var own) && units.Factor(own.Unit, q.Measure) is not null)
        {
            chosen = own;
        }

        return chosen is null ? null : (chosen, alias.Start);
    }

    // "发放移民直补资金212.6万元，惠及移民3540人": the fund is named by a head count's alias with 资金 after it and
    // the catalog has no money indicator to bind the sum to; the count after 惠及 is that head count.
    private static (Indicator Indicator, int MentionStart)? OfUnboundFund(
        string s, List<Quantity> quantities, int first, Quantity q, List<AliasMention> mentions, UnitTable units)
    {
        var fund = quantities[first - 1];
        var clauseStart = Binder.ClauseStart(s, quantities[first].Start);
        var bridge = s.AsSpan(fund.End..Math.Max(fund.End, clauseStart));
        if (fund.Measure != "元" || clauseStart <= fund.End || bridge.Length > MaxBridge || bridge.ContainsAnyInRange('0', '9')
            || !BenefitLead().IsMatch(s.AsSpan(clauseStart..quantities[first].Start)))
        {
            return null;
        }

        var fundClause = Binder.ClauseStart(s, fund.Start);
        AliasMention? named = null;
        foreach (ref readonly var m in CollectionsMarshal.AsSpan(mentions))
        {
            if (m.Start >= fundClause && m.End <= fund.Start && HeadCountUnits.Contains(m.Indicator.Unit) && units.Factor(m.Indicator.Unit, q.Measure) is not null
                && s.AsSpan(m.End..fund.Start).StartsWith("资金", StringComparison.Ordinal))
            {
                named = m;
            }
        }

        return named is { } alias ? (alias.Indicator, alias.Start) : null;
    }

    /// <summary>
    /// The indicator of an amount <paramref name="q"/> in a "发放资金…" clause right after a bound head
    /// count: "实施临时救助，惠及1.2万人次，发放资金350万元". The clause names no indicator of its own,
    /// and the alias before the count is the count's. The amount belongs to the money indicator of the
    /// count's family that shares its code stem (temp_relief_cases → temp_relief_payments), when there is
    /// exactly one. The mention start returned is the amount's own clause.
    /// </summary>
    public (Indicator Indicator, int MentionStart)? FindAmount(string s, List<Quantity> quantities, int qi, List<Bound> boundSoFar, UnitTable units)
    {
        if (qi == 0)
        {
            return null;
        }

        var q = quantities[qi];
        var clauseStart = Binder.ClauseStart(s, q.Start);
        var lead = s.AsSpan(clauseStart..q.Start);
        if (lead.Length > MaxMoneyLead || !lead.ContainsAny(MoneyLeadKeys) || !MoneyLead().IsMatch(lead))
        {
            return null; // most figures: checked first, it reads only the figure's own clause
        }

        // A change between them ("惠及1.2万人，同比增长3%，发放资金…") is passed over: a percentage left unbound.
        var at = qi - 1;
        var bridgeFrom = quantities[at].End;
        while (at > 0 && quantities[at].Measure == "%" && !IsBound(boundSoFar, quantities[at]))
        {
            at--;
        }

        Bound? found = null;
        foreach (ref readonly var b in CollectionsMarshal.AsSpan(boundSoFar))
        {
            found = b.Quantity.Start == quantities[at].Start ? b : found;
        }

        // "特困供养对象5490人，其中分散供养5132人，集中供养358人，发放资金1626万元": after the parts, the whole's money.
        if (found is { IsPart: true } part)
        {
            found = null;
            foreach (ref readonly var b in CollectionsMarshal.AsSpan(boundSoFar))
            {
                found = !b.IsPart && b.Segment is null && ReferenceEquals(b.Indicator, part.Indicator) ? b : found;
            }
        }

        if (found is not { } count || count.IsPart || !amounts.TryGetValue(count.Indicator, out var money)
            || units.Factor(money.Unit, q.Measure) is null)
        {
            return null;
        }

        // "全县有城乡低保12920户18285人，特困人员3894人，…临时救助1038人次，累计发放救助资金9558.86万元": after the
        // counts of several programmes, money that names none is all of theirs.
        foreach (ref readonly var b in CollectionsMarshal.AsSpan(boundSoFar))
        {
            if (!b.IsPart && !Siblings.SameSubject(b.Indicator, count.Indicator))
            {
                return null;
            }
        }

        var bridge = s.AsSpan(bridgeFrom..Math.Max(bridgeFrom, clauseStart));
        return clauseStart > bridgeFrom && clauseStart - count.Quantity.End <= 2 * MaxBridge
            && bridge.Length <= MaxBridge && !bridge.ContainsAnyInRange('0', '9')
            ? (money, q.Start)
            : null;
    }

    private static bool IsBound(List<Bound> bound, Quantity q)
    {
        foreach (var b in bound)
        {
            if (b.Quantity.Start == q.Start)
            {
                return true;
            }
        }

        return false;
    }

    // dibao_persons and dibao_payments: one subject, counted in heads and in money.

    // Every MoneyLead match is at most this long and holds one of these characters (发放, 支出, 拨付, 下拨, 投入, 兑现, 资金, …金):
    // two span checks rule out most clauses before the regex runs.
    private const int MaxMoneyLead = 16;

    private static readonly System.Buffers.SearchValues<char> MoneyLeadKeys = System.Buffers.SearchValues.Create("发支拨投兑金计");

    /// <summary>
    /// A clause that pays out: 发放资金, 支出, 救助资金, 拨付补助金 (a few words may stand between; the month or the part
    /// of the year it covers may open it, 当月共发放资金, 今年1-10月份累计发放救助金), or sums up: 合计, 金额.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:当月|本月|当年|本年|今年|上半年|下半年)?(?:\d{1,2}\s*[-－—~至]\s*\d{1,2}\s*月份?)?(?:共|共计|累计|合计|全年)?(?:(?:发放|支出|拨付|下拨|投入|兑现)[^\d，,、；;：:（(）)]{0,6}|[^\d，,、；;：:（(）)]{0,4}(?:资金|救助金|补助金))|共计|合计|总计|金额|计)$")]
    private static partial Regex MoneyLead();

    /// <summary>A clause that opens with a verb of reach: (共/累计)惠及, 覆盖, 受益, 救助, 帮扶, 资助, or with the count
    /// of those paid (发放人数, 受助人数); a few words may follow.</summary>
    [GeneratedRegex(@"^\s*(?:共|共计|累计|合计|全年|直接)?(?:惠及|覆盖|受益|受惠|救助|帮扶|资助|发放人数|受助人数)[^\d，,、；;：:（(）)]{0,10}$")]
    private static partial Regex BenefitLead();
}
