using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Analytics.Warehouse.Catalog;

namespace Analytics.Etl.Extraction;

/// <summary>
/// The binder's segments: whether a figure is the whole area's or a part's (城市, 农村, 其中…, one month of a
/// longer period, a subgroup of a figure bound before it), read from its clause and from the figures before it.
/// </summary>
internal sealed partial class Binder
{
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
}
