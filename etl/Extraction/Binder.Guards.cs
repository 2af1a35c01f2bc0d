using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Analytics.Warehouse.Catalog;

namespace Analytics.Etl.Extraction;

/// <summary>
/// The binder's look-alike guards: figures that stand where a statistic would and are none of it — a
/// year spliced into a figure, a rise (提高20元), an average (月人均补差), the recipients of one payment
/// (为…名…发放), a stock the text adds to, one figure for two subjects, a subset, a count of its own noun.
/// </summary>
internal sealed partial class Binder
{
    // A figure that is the report's year with zeros after it (2023000, 20230) was a number a re-posting site
    // overwrote with its year; the true figure is lost.
    private static bool SplicedYear(string s, Quantity q, in BlockContext ctx)
    {
        if (q.NumberEnd - q.Start < 5 || q.Value is null)
        {
            return false; // most figures
        }

        var digits = s.AsSpan(q.Start..q.NumberEnd);
        if ( digits.IndexOfAnyExceptInRange('0', '9') >= 0 || digits[4..].IndexOfAnyExcept('0') >= 0)
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

        if (!lead.IsEmpty && Lexicon.IsHan(lead[^1]) && Excess(lead))
        {
            return true;
        }

        if (lead.IsEmpty || !ChangeEnds.Contains(lead[^1]) || lead.EndsWith("新增", StringComparison.Ordinal))
        {
            return false; // most figures: the word before them ends in none of the verbs' last characters
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

    // "高于该省扶贫标准237元", "超出省定标准30元": the figure after what a level is compared with is the
    // difference (超过 right before a figure, "超过20万元", and 不低于 before a level, "不低于每人每月880元", are
    // qualifiers, no comparison).
    private static bool Excess(ReadOnlySpan<char> lead)
    {
        var han = lead.Length;
        while (han > 0 && Lexicon.IsHan(lead[han - 1]) && lead.Length - han < 13)
        {
            han--;
        }

        var words = lead[han..];
        foreach (var comparative in Comparatives)
        {
            var at = words.IndexOf(comparative, StringComparison.Ordinal);
            var compared = at < 0 ? [] : words[(at + comparative.Length)..];
            if (compared.Length >= 2 && (at == 0 || words[at - 1] != '不') && !compared.StartsWith("每", StringComparison.Ordinal)
                && !compared.StartsWith("人均", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Comparatives = ["高于", "低于", "超出", "多于", "少于", "超过"];

    private static readonly System.Buffers.SearchValues<char> ChangeEnds = System.Buffers.SearchValues.Create("高加长调升少降增减多");

    private static readonly string[] ChangeVerbs = ["提高", "增加", "增长", "上调", "提升", "减少", "下降", "降低", "增", "减", "多"];

    // An average or a ceiling read as a level or a sum: "月人均补差605元" and "补助水平" are no standard,
    // "人均年供养金16873元" no payment total, "临时救助最高标准由4200元提高到50000元" no relief money.
    private static bool Average(string s, Quantity q, Indicator indicator, int clauseStart, int mentionStart)
    {
        var lead = s.AsSpan(clauseStart..q.Start);
        if (indicator.IsStandard)
        {
            // "a类、b类、c类户每人每月分别补助75元、60元、55元": what a class of household is paid is no standard.
            return AverageAid.IsMatch(lead) || lead.TrimEnd().EndsWith("补助", StringComparison.Ordinal);
        }

        if (indicator.Unit != "wan_yuan")
        {
            return false;
        }

        // "给予一般群众一次性补助4000元": what each one is given, in yuan, is no total.
        var sinceMention = mentionStart < q.Start ? s.AsSpan(mentionStart..q.Start) : lead;
        return lead.Contains("人均", StringComparison.Ordinal) || sinceMention.Contains("标准", StringComparison.Ordinal)
            || (q.Measure == "元" && lead.Contains("给予", StringComparison.Ordinal))
            || sinceMention.Contains("最高", StringComparison.Ordinal) || PerHead.IsMatch(lead) || Balance.IsMatch(lead);
    }

    // "分别按照每人每年1200元、2400元发放护理补贴", "每个项目将获得1至3万元": an amount per person, household or
    // project is no total.
    private static readonly CueGate PerHead = new(PerHeadWords());

    [GeneratedRegex("每人|每户|人均|户均|每位|平均每|每个|每家|每项|每所")]
    private static partial Regex PerHeadWords();

    // "慈善资金累计结余3051.19万元": what is left at the end is no money raised or paid.
    private static readonly CueGate Balance = new(BalanceWords());

    [GeneratedRegex("结余|余额|结存|沉淀")]
    private static partial Regex BalanceWords();

    // "低保家庭每人每月15元的物价补贴": an amount of another payment named right after it (…元的补贴).
    // "按照每人每年1200元、2400元发放照料护理补贴": a standard's figure that the clause goes on to pay out as
    // another subsidy is that subsidy's amount.
    private static bool AmountOfOther(string s, Quantity q, Indicator indicator)
    {
        if (q.Measure != "元" || q.End + 2 >= s.Length)
        {
            return false;
        }

        if (s[q.End] == '的')
        {
            var rest = s.AsSpan(q.End + 1, Math.Min(10, s.Length - q.End - 1));
            var end = rest.IndexOfAny(ClauseOrSentenceEnds);
            return OtherPayment.IsMatch(end < 0 ? rest : rest[..end]);
        }

        if (!indicator.IsStandard)
        {
            return false;
        }

        var clause = s.AsSpan(q.End);
        var stop = clause.IndexOfAny(ClauseOrSentenceEnds);
        clause = stop < 0 ? clause : clause[..stop];
        return (clause.Contains("发放", StringComparison.Ordinal) || clause.Contains("给予", StringComparison.Ordinal))
            && OtherPayment.IsMatch(clause);
    }

    // "全旗共有孤儿37名，保障标准为1100元/人/月，累计发放供养金23.76万元": 供养金 alone is the support of whoever
    // the sentence is about; of orphans or children in difficulty it is not the support of those in extreme poverty.
    private static bool ChildrensSupport(string s, int mentionStart) =>
        s.AsSpan(mentionStart).StartsWith("供养", StringComparison.Ordinal) && s.AsSpan(0, mentionStart) is var lead
        && (lead.Contains("孤儿", StringComparison.Ordinal) || lead.Contains("儿童", StringComparison.Ordinal))
        && !lead.Contains("特困", StringComparison.Ordinal) && !lead.Contains("五保", StringComparison.Ordinal);

    // "对18242名城乡低保对象以增发一个月低保金的形式开展春节慰问，发放慰问金521.52万元": an amount whose own clause
    // names another payment belongs to that payment, not to the fund an earlier clause named.
    private static bool OtherPaymentsAmount(string s, Quantity q, Indicator indicator, int clauseStart, int mentionStart) =>
        q.Measure == "元" && indicator.IsFlow && !indicator.IsStandard && mentionStart < clauseStart
        && OtherGift.IsMatch(s.AsSpan(clauseStart..q.Start));

    private static readonly CueGate OtherGift = new(OtherGiftWords());

    [GeneratedRegex("慰问|补贴|津贴|奖励|奖补|过节费")]
    private static partial Regex OtherGiftWords();

    // "现有低保、特困对象1.2万余人", "低保对象和特困供养人员共111.57万人": one figure for the subjects of two
    // indicators joined by 、/和/及/与 is their sum, of neither (unless 分别 shares it out).
    private static bool Combined(string s, List<AliasMention> mentions, Quantity q, Indicator indicator, int mentionStart)
    {
        if (mentionStart >= q.Start || mentions.Count < 2)
        {
            return false;
        }

        foreach (var m in mentions)
        {
            if (m.End > mentionStart || mentionStart - m.End > MaxJoinGap || Siblings.SameSubject(m.Indicator, indicator))
            {
                continue;
            }

            var between = s.AsSpan(m.End..mentionStart);
            if (between.IndexOfAny(Joins) >= 0 && between.IndexOfAnyInRange('0', '9') < 0 && between.IndexOfAny(ClauseOrSentenceEnds) < 0
                && !s.AsSpan(mentionStart..q.Start).Contains("分别", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxJoinGap = 12;

    private static readonly System.Buffers.SearchValues<char> Joins = System.Buffers.SearchValues.Create("、和及与");

    // "公办养老机构9家", "公建民营养老机构2家", "医养结合养老机构2所": institutions of one kind of owner or service
    // are a part of the area's, not its total.
    private static bool OwnedBy(string s, int mentionStart, Indicator indicator) =>
        indicator.Unit == "institutions" && Lexicon.EndingIn(s.AsSpan(0, mentionStart), Owners) is not null;

    // "特困人员中照料护理补贴一档人数45人": a figure for those among the group the alias names is a part of it.
    private static bool Among(string s, List<AliasMention> mentions, int mentionStart, Quantity q)
    {
        if (mentionStart >= q.Start || !s.AsSpan(mentionStart..q.Start).Contains('中'))
        {
            return false;
        }

        foreach (ref readonly var m in CollectionsMarshal.AsSpan(mentions))
        {
            if (m.Start == mentionStart)
            {
                return m.End + 1 < q.Start && s[m.End] == '中' && s[m.End + 1] is not ('心' or '国' or '华' or '央' or '共' or '小' or '学');
            }
        }

        return false;
    }

    // "经评估认定失能半失能特困供养人员415人": the group named with a condition of its members is a part of it.
    private static bool ConditionOf(string s, int mentionStart, Indicator indicator) =>
        indicator.Unit is "persons" or "households" && mentionStart >= 2
        && Lexicon.EndingIn(s.AsSpan(Math.Max(0, mentionStart - 5), Math.Min(5, mentionStart)), Conditions) is not null;

    private static readonly string[] Conditions = ["失能", "半失能", "失智", "高龄", "独居", "空巢", "重度残疾", "重残", "残疾"];

    private static readonly string[] Owners = ["公办", "民办", "公建民营", "民营", "国企运营", "国有", "社会办", "私营", "医养结合", "医养结合型"];

    // "低保标准的1.3倍", "低保标准2至4倍": a multiple right after an alias.
    private static bool RatioBase(string s, int aliasEnd)
    {
        var rest = s.AsSpan(aliasEnd);
        if (rest.StartsWith("的", StringComparison.Ordinal))
        {
            rest = rest[1..];
        }

        var end = rest.IndexOfAnyExcept(RatioChars);
        return end > 0 && rest[end] == '倍';
    }

    private static readonly System.Buffers.SearchValues<char> RatioChars = System.Buffers.SearchValues.Create("0123456789.至到-～~一二三四五六七八九十两点");

    // "临时救助按低保标准的2至4倍核定，最高可救助3万元": a ceiling in a clause of its own is no level of the
    // indicator an earlier clause named.
    private static bool Cap(string s, int clauseStart, Quantity q, int mentionStart)
    {
        if (mentionStart >= clauseStart)
        {
            return false;
        }

        var lead = s.AsSpan(clauseStart..q.Start).TrimStart();
        return lead.StartsWith("最高", StringComparison.Ordinal) || lead.StartsWith("封顶", StringComparison.Ordinal);
    }

    // "发放重度残疾人生活补贴210.4万元": a sum in 万元 or 亿元 that a clause pays out is what was paid, not a level
    // per person (a yearly standard may be 1.2万元: "低保年标准达到1.2万元以上").
    private static bool PaidSum(string s, int clauseStart, Quantity q) =>
        s.AsSpan(q.Start..q.End).ContainsAny('万', '亿') && PayoutVerb.IsMatch(s.AsSpan(clauseStart..q.Start));

    private static readonly CueGate PayoutVerb = new(PayoutVerbs());

    [GeneratedRegex("发放|支出|拨付|下拨|兑现")]
    private static partial Regex PayoutVerbs();

    private static readonly CueGate OtherPayment = new(OtherPaymentWords());

    [GeneratedRegex("补贴|补助|慰问|津贴|奖励|奖补|救助金|资助")]
    private static partial Regex OtherPaymentWords();

    // "儿童福利和保护服务机构753个，床位10万张": beds named only as 床位 in a sentence about institutions
    // that are not elderly care.
    private static bool OtherBeds(string s, Indicator indicator, int mentionStart) =>
        indicator.Unit == "beds" && mentionStart < s.Length && s.AsSpan(mentionStart).StartsWith("床位", StringComparison.Ordinal)
        && NonElderly.IsMatch(s);

    // "发放低保金再创新高，突破2000万元，达2037万元": the round figure passed is a milestone; the next is the amount.
    private static bool Milestone(string s, List<Quantity> quantities, int qi)
    {
        var q = quantities[qi];
        if (qi + 1 >= quantities.Count || !s.AsSpan(0, q.Start).TrimEnd(' ').EndsWith("突破", StringComparison.Ordinal))
        {
            return false;
        }

        // "…，达2037万元", "…，总销量为524679294.18元": the amount follows in the next clause.
        var next = quantities[qi + 1];
        var between = s.AsSpan(q.End..next.Start).Trim(" ，,");
        return next.Measure == q.Measure && between.Length <= 6 && !between.ContainsAny(ClauseOrSentenceEnds)
            && (between.StartsWith("达", StringComparison.Ordinal) || between.EndsWith("为", StringComparison.Ordinal)
                || between.EndsWith("达", StringComparison.Ordinal) || between.EndsWith("达到", StringComparison.Ordinal));
    }

    // "城乡特困人员照料护理标准由…每人每月640元": a level the text names itself (a standard, a subsidy) after the
    // subject is not the subject's catalog standard; nor is one of a level of care ("自理、半自理和完全不能自理
    // 特困人员每人每年2292元、3820元、7640元").
    // The subject's own 标准 right after it ("农村五保标准集中供养每人每月700元") is its standard.
    private static bool NamesOtherLevel(ReadOnlySpan<char> clause, ReadOnlySpan<char> afterSubject) =>
        afterSubject.IndexOf("标准", StringComparison.Ordinal) > 0 || afterSubject.IndexOf("补贴", StringComparison.Ordinal) > 0
        || clause.Contains("护理", StringComparison.Ordinal) || clause.Contains("自理", StringComparison.Ordinal);

    // Whether the alias after a count is joined to another group's: by 和/及/与/、 to a mention of another
    // indicator right after it, or as the first item of a list closed by 等.
    private static bool JoinedAfter(string s, List<AliasMention> mentions, AliasMention m)
    {
        var rest = s.AsSpan(m.End);
        if (rest.IsEmpty || rest[0] is not ('和' or '及' or '与' or '、'))
        {
            return false;
        }

        // The rest of the clause names no figure of its own ("…低保对象、特困人员2000人" is a list of counts).
        var end = rest.IndexOfAny(ClauseOrSentenceEnds);
        var clause = end < 0 ? rest : rest[..end];
        if (clause.IndexOfAnyInRange('0', '9') >= 0)
        {
            return false;
        }

        if (rest[0] == '、' && clause[..Math.Min(clause.Length, 16)].Contains('等'))
        {
            return true;
        }

        foreach (ref readonly var o in CollectionsMarshal.AsSpan(mentions))
        {
            if (o.Start > m.End && o.Start <= m.End + 4 && !ReferenceEquals(o.Indicator, m.Indicator))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the indicator counts whole things (people, households, beds, institutions…).
    private static bool IsCount(Indicator indicator) => indicator.Unit is not ("wan_yuan" or "percent") && !indicator.IsStandard;

    // The last bracketed note of inclusion ("（包括…）", "（含…）") between the clause start and the figure, or (-1, -1).
    private static (int Start, int End) InclusionNote(string s, int clauseStart, int figure)
    {
        var lead = s.AsSpan(clauseStart..figure);
        var close = lead.LastIndexOfAny(')', '）');
        if (close < 0)
        {
            return (-1, -1);
        }

        var open = lead[..close].LastIndexOfAny('(', '（');
        return open >= 0 && Lexicon.IsInclusionNote(lead[(open + 1)..close]) ? (clauseStart + open, clauseStart + close) : (-1, -1);
    }

    // "建设一个200张床位的养老机构", "建成300张床位的护理楼": the size of one building, not the area's beds.
    private static bool FacilitySize(string s, Quantity q, Indicator indicator) =>
        indicator.Unit == "beds" && s.AsSpan(q.End).TrimStart(' ') is var rest
        && (rest.StartsWith("床位的", StringComparison.Ordinal) || rest.StartsWith("床的", StringComparison.Ordinal)
            || rest.StartsWith("养老床位的", StringComparison.Ordinal));

    // "社会组织数量超过3万家的只有12个省份", "100张以上的养老机构": a bound that picks out the things that pass
    // it, not a count; "尚无省份突破10万家": a mark nobody reached.
    private static bool Threshold(string s, int clauseStart, Quantity q)
    {
        var rest = s.AsSpan(q.End);
        var bound = q.Qualifier is Qualifier.AtLeast or Qualifier.AtMost;
        if (rest.StartsWith("以上", StringComparison.Ordinal) || rest.StartsWith("以下", StringComparison.Ordinal))
        {
            rest = rest[2..];
            bound = true;
        }

        var lead = s.AsSpan(clauseStart..q.Start);
        return (bound && rest.StartsWith("的", StringComparison.Ordinal)) || (lead.IndexOfAny(NoneLeads) >= 0 && NoneReached().IsMatch(lead));
    }

    [GeneratedRegex("(?:尚无|尚未|没有|无一)[^，,]{0,8}(?:突破|超过|达到)$")]
    private static partial Regex NoneReached();

    // The first characters of NoneReached's words: a lead with none of them holds no match.
    private static readonly System.Buffers.SearchValues<char> NoneLeads = System.Buffers.SearchValues.Create("尚没无");

    // "400户适老化改造正在施工", "在建养老床位500张": work under way, neither done nor a stock yet; "全街道23名
    // 救助员参会", "完成13578名特困供养人员照料护理协议签订": those at a meeting or who signed, not a caseload.
    private static bool NoOutcome(string s, int clauseStart, Quantity q)
    {
        var end = q.End;
        while (end < s.Length && !Lexicon.IsClauseEnd(s[end]) && !Lexicon.IsSentenceEnd(s[end]))
        {
            end++;
        }

        return NoOutcomeCue.IsMatch(s.AsSpan(q.End, end - q.End)) || s.AsSpan(clauseStart..q.Start).Contains("在建", StringComparison.Ordinal);
    }

    // Money raised that the figure's own clause pays out ("首批发放107万元爱心善款", "累计发放善款…"), and relief money
    // with 支出 after its name (<paramref name="afterNameOnly"/>: "慈善救助资金支出6259.6万元").
    private static bool Spends(string s, int clauseStart, Quantity q, int mentionStart, bool afterNameOnly)
    {
        if (mentionStart < q.Start)
        {
            // "市慈善总会支出用于救助的善款3502万元": the verb may stand before the name, in the figure's clause.
            var between = s.AsSpan(mentionStart..q.Start);
            return afterNameOnly ? between.Contains("支出", StringComparison.Ordinal)
                : PaysOut().IsMatch(between) || (mentionStart > clauseStart && PaysOut().IsMatch(s.AsSpan(clauseStart..mentionStart)));
        }

        return !afterNameOnly && PaysOut().IsMatch(s.AsSpan(clauseStart..q.Start));
    }


    [GeneratedRegex("支出|发放|拨付|拨出")]
    private static partial Regex PaysOut();

    // The alias that names a figure before it says the figure is of something else: 等 right after it ("低保等救助资金",
    // not 等级) counts a group the alias is only one of, and for lottery sales a prize or the welfare fund named
    // between (福彩累计中奖金额达到…) is that money, not sales.
    private static bool GroupAfter(string s, List<AliasMention> mentions, int mentionStart, Quantity q)
    {
        foreach (var m in mentions)
        {
            if (m.Start == mentionStart && m.End < q.Start)
            {
                return (s[m.End] == '等' && (m.End + 1 >= s.Length || s[m.End + 1] != '级'))
                    || (m.Indicator.Code == "welfare_lottery_sales" && LotteryOther().IsMatch(s.AsSpan(m.End..q.Start)));
            }
        }

        return false;
    }

    [GeneratedRegex("中奖|奖金|返奖|公益金")]
    private static partial Regex LotteryOther();

    // A verb of removal right after an alias that follows its count: the count is of those removed.
    private static bool RemovedAfter(string s, List<AliasMention> mentions, int mentionStart)
    {
        foreach (var m in mentions)
        {
            if (m.Start == mentionStart)
            {
                return Removal.IsMatch(s.AsSpan(m.End, Math.Min(4, s.Length - m.End)));
            }
        }

        return false;
    }

    // "国办养老机构覆盖四个中心城区": the places institutions serve, not how many there are. (A meal service that
    // covers 135 communities is read as 135 points: each community's is one, as the reports count them.)
    private static bool Reach(string s, int clauseStart, Quantity q, Indicator indicator)
    {
        if (indicator.Unit != "institutions")
        {
            return false;
        }

        var lead = s.AsSpan(clauseStart..q.Start).TrimEnd();
        return lead.EndsWith("覆盖", StringComparison.Ordinal) || lead.EndsWith("覆盖了", StringComparison.Ordinal) || lead.EndsWith("覆盖到", StringComparison.Ordinal);
    }

    [GeneratedRegex("正在(?:施工|建设|改造|推进|实施)|施工中|建设中|在建|参会|参训|与会|出席|参加(?:培训|会议)|协议签订|签订协议")]
    private static partial Regex NoOutcomeWords();

    private static readonly CueGate NoOutcomeCue = new(NoOutcomeWords());

    private static readonly CueGate NonElderly = new(NonElderlyWords());

    // 精神 alone is also the spirit of a document ("落实…《意见》精神"): only its compounds name mental health.
    [GeneratedRegex("儿童福利|未成年人|精神病|精神疾病|精神障碍|精神卫生|精神残疾|智障|救助管理|流浪|医院|卫生院|医疗机构")]
    private static partial Regex NonElderlyWords();

    private static readonly CueGate AverageAid = new(AverageAidWords());

    [GeneratedRegex("补差|补助水平|救助水平|保障水平|人均救助|人均补助|平均救助|人均支出")]
    private static partial Regex AverageAidWords();

    // "为1690名农村五保对象发放一次性生活补贴", "向250名贫困学子发放": a count after 为/向/给/对 whose clause goes on to
    // pay or serve them (or whose next clause does, when 为 opens the clause) counts the recipients of that, not
    // the stock the alias names.
    private static bool Benefactive(string s, int clauseStart, Quantity q)
    {
        var lead = s.AsSpan(clauseStart..q.Start).TrimEnd();
        if (lead.EndsWith("共", StringComparison.Ordinal) || lead.EndsWith("累计", StringComparison.Ordinal))
        {
            lead = lead[..^(lead[^1] == '共' ? 1 : 2)];
        }

        if (lead.IsEmpty)
        {
            return false;
        }

        if (lead.EndsWith("资助", StringComparison.Ordinal) || lead.EndsWith("资助了", StringComparison.Ordinal))
        {
            return true; // "拿出10万元，资助1504名城市低保户参保": those whose insurance was paid
        }

        var rest = s.AsSpan(q.End);
        var end = rest.IndexOfAny(ClauseOrSentenceEnds);
        if (OwnBenefitCue.IsMatch(end < 0 ? rest : rest[..end]))
        {
            return false; // "为全区1757户、1806名特困供养对象发放集中供养补贴": those paid the programme's own benefit are its caseload
        }

        if (lead[^1] is '为' or '向' or '给' or '对')
        {
            return BenefitVerb.IsMatch(end < 0 ? rest : rest[..end]); // "对5家养老机构开展全覆盖线上监控": those acted on
        }

        // "为低保困难残疾人30514人，发放生活补贴2021.9万元": 为 opens the clause, the count closes it and the
        // next clause pays them; "市级向低保家庭中的重度残疾人1210人、…45人发放节日慰问金": the clause itself does.
        var opened = s.AsSpan(MajorClauseStart(s, q.Start)..q.Start).TrimEnd().TrimStart("全市县区级年今共累计先后");
        if (opened.Length == 0 || opened.Length > 40 || opened[0] is not ('为' or '向' or '给'))
        {
            return false;
        }

        if (BenefitVerb.IsMatch(opened))
        {
            return true; // "为城乡低保户、孤儿、百岁老人购买居民医疗保险1256人": those it was bought for
        }

        if (BenefitVerb.IsMatch(end < 0 ? rest : rest[..end]))
        {
            return true;
        }

        if (end < 0 || rest[end] is not ('，' or ','))
        {
            return false;
        }

        var next = rest[(end + 1)..];
        var nextEnd = next.IndexOfAny(ClauseOrSentenceEnds);
        return BenefitVerb.IsMatch(nextEnd < 0 ? next : next[..nextEnd]);
    }

    private static readonly System.Buffers.SearchValues<char> ClauseOrSentenceEnds = System.Buffers.SearchValues.Create("，,；;。！？!?\n");

    private static readonly CueGate BenefitVerb = new(BenefitVerbs());

    [GeneratedRegex("发放(?:城乡|城市|农村)?(?:低保金|低保资金|最低生活保障金|特困供养金|供养金|集中供养补贴|分散供养补贴|特困人员供养资金|供养资金|基本生活费|基本生活金)")]
    private static partial Regex OwnBenefit();

    private static readonly CueGate OwnBenefitCue = new(OwnBenefit());

    [GeneratedRegex("发放|缴纳|资助|慰问|提供|开展|送去|送上|购买|办理|落实|给予|兑现|支付|评定|评估|检查|验收|督导")]
    private static partial Regex BenefitVerbs();

    // Whether the figure's clause adds to a stock: a verb of addition before the figure in its clause, or in
    // the list it stands in ("新建A 10家、B 1000张"), or 完成 before it and 建设/创建 after its alias.
    private static bool Adds(string s, Quantity q, int clauseStart, int mentionStart, int present)
    {
        var upTo = Math.Max(q.Start, mentionStart);
        if ((present & AdditionBit) != 0 && Addition.IsMatch(s.AsSpan(clauseStart..upTo)))
        {
            return true;
        }

        // The list the figure stands in reaches back past an enumeration comma only.
        var major = clauseStart > 0 && s[clauseStart - 1] == '、' ? MajorClauseStart(s, clauseStart) : clauseStart;
        if (major < clauseStart && Addition.IsMatch(s.AsSpan(major..upTo)))
        {
            return true;
        }

        if (BuiltAfterNew(s, major, upTo))
        {
            return true;
        }

        if (((present & CompletionBit) == 0 && major == clauseStart) || !s.AsSpan(major..q.Start).Contains("完成", StringComparison.Ordinal))
        {
            return false;
        }

        // "已完成8家示范型居家养老服务照料中心": the count right after 完成 is of what was built.
        var lead = s.AsSpan(major..q.Start);
        if (lead[(lead.LastIndexOf("完成", StringComparison.Ordinal) + 2)..].Trim("了共计全部新增建 ").IsEmpty)
        {
            return true;
        }

        var rest = s.AsSpan(upTo);
        var end = rest.IndexOfAny(MajorEnds);
        rest = end < 0 ? rest : rest[..end];
        return rest.Contains("建设", StringComparison.Ordinal) || rest.Contains("创建", StringComparison.Ordinal);
    }

    // 新增 or 增加 right before the alias of a fund, or before its verb of paying: "新增低保资金", "新增发放…资金".
    private static bool AddedFund(ReadOnlySpan<char> lead)
    {
        if (lead.TrimEnd("城乡市县区级镇村 ").EndsWith("增发", StringComparison.Ordinal))
        {
            return true; // "增发城乡低保金490多万元"
        }

        lead = lead.TrimEnd("城乡市县区级镇村发放支出投入安排 ");
        return lead.EndsWith("新增", StringComparison.Ordinal) || lead.EndsWith("增加", StringComparison.Ordinal);
    }

    // "新建乡镇敬老院2所，建成床位180张": 建成 right after a clause that opens 新建 or 新增 builds more of them.
    private static bool BuiltAfterNew(string s, int clauseStart, int upTo)
    {
        if (clauseStart < 2 || !s.AsSpan(clauseStart..upTo).TrimStart().StartsWith("建成", StringComparison.Ordinal) || s[clauseStart - 1] is not ('，' or ','))
        {
            return false; // almost every clause
        }

        var previous = s.AsSpan(ClauseStart(s, clauseStart - 1)..(clauseStart - 1)).TrimStart();
        return previous.StartsWith("新建", StringComparison.Ordinal) || previous.StartsWith("新增", StringComparison.Ordinal);
    }

    private static readonly System.Buffers.SearchValues<char> MajorEnds = System.Buffers.SearchValues.Create("，,；;。！？!?\n");

    // "城乡低保和农村五保供养人数60.84万人": one figure for two groups; "医疗救助和临时救助186.99万人次和4.07万人次":
    // the first of two figures is the first group's. An alias right after 和/与/及 names the second of two
    // subjects; its figure is the second of a pair, or none.
    private static bool Conjoined(string s, List<Quantity> quantities, int qi, AliasMention alias)
    {
        var next = alias.End;
        while (next < s.Length && char.IsWhiteSpace(s[next]))
        {
            next++;
        }

        var firstOfTwo = next < s.Length && s[next] is '和' or '与' or '及';
        if (Listed(s, quantities[qi], alias))
        {
            return true;
        }

        var joinedBefore = JoinedBefore(s, alias.Start);
        if (!firstOfTwo && !joinedBefore)
        {
            return false; // almost every alias
        }

        var q = quantities[qi];
        var secondOfPair = qi > 0 && quantities[qi - 1].Measure == q.Measure && quantities[qi - 1].Start >= alias.End
            && PairJoiner(s.AsSpan(quantities[qi - 1].End..q.Start));
        if (firstOfTwo && s.AsSpan(next).IndexOfAny(Digits) is var d and > 1 && !s.AsSpan(next, d).ContainsAny(ClauseOrSentenceEnds))
        {
            // "生活补贴和护理补贴…82元和76元": the first subject's figure is the first of a pair; one figure
            // alone counts both subjects together, which for a stock ("养老机构和设施38.7万个") is the stock of
            // neither.
            // "养老机构和各类养老床位分别达到357家、8.15万张": after 分别 the figures go to the subjects in turn, each in
            // its own measure.
            var firstOfPair = qi + 1 < quantities.Count
                && (quantities[qi + 1].Measure == q.Measure || s.AsSpan(alias.End..q.Start).Contains("分别", StringComparison.Ordinal))
                && PairJoiner(s.AsSpan(q.End..quantities[qi + 1].Start));
            // "困难残疾人生活补贴和重度残疾人护理补贴标准均提高到每人每月80元": a level both share (均) is each one's.
            var shared = alias.Indicator.IsStandard && s.AsSpan(alias.End..q.Start).Contains('均');
            return secondOfPair || (!firstOfPair && !alias.Indicator.IsFlow && !shared);
        }

        return joinedBefore && !secondOfPair;
    }

    // What joins two figures of a pair: 和, 与, 及 or 、, after the "(次)" of a count written 万人(次).
    private static bool PairJoiner(ReadOnlySpan<char> between)
    {
        between = between.Trim();
        if (between.StartsWith("(次)", StringComparison.Ordinal) || between.StartsWith("（次）", StringComparison.Ordinal))
        {
            between = between[3..].Trim();
        }

        return between is "和" or "与" or "、" or "及";
    }

    // The alias is the second of two subjects joined by 和/与/及 (a segment word may stand between:
    // "城乡低保和农村五保"), and the first is no part of the area (城镇和农村 joins two parts, not two subjects).
    private static bool JoinedBefore(string s, int aliasStart)
    {
        var before = s.AsSpan(0, aliasStart).TrimEnd();
        // Every segment word is two characters: without 和/与/及 at the end or two before it, there is no pair.
        if (before.IsEmpty || (!IsJoiner(before[^1]) && (before.Length <= 2 || !IsJoiner(before[^3]))))
        {
            return false; // almost every alias
        }

        if (before.Length > 2 && before[^1] is not ('和' or '与' or '及'))
        {
            foreach (var word in SegmentPrefixes)
            {
                if (before.EndsWith(word, StringComparison.Ordinal))
                {
                    before = before[..^word.Length];
                    break;
                }
            }
        }

        if (before.IsEmpty || before[^1] is not ('和' or '与' or '及'))
        {
            return false;
        }

        // "惠及低保对象", "涉及特困人员": the 及 of a verb joins nothing.
        if (before[^1] == '及' && before.Length >= 2 && before[^2] is '惠' or '涉' or '波' or '普' or '顾' or '危')
        {
            return false;
        }

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

    // "以城乡低保、特困供养、临时救助为主要手段，全年共救助困难群众5.2万人次": the alias is the last of a list of subjects
    // (the item before the 、 is words: no figure, no mask, no segment word such as 城市、农村) and its clause ends
    // without a figure or sums them (共计), so the figure counts them all.
    private static bool Listed(string s, Quantity q, AliasMention alias)
    {
        var before = s.AsSpan(0, alias.Start).TrimEnd();
        if (before is not [.., '、'])
        {
            return false; // almost every alias
        }

        // The list's figure: in a later clause, or after 共计/合计 in its own ("低保、五保对象共计17.8万人").
        var after = s.AsSpan(alias.End..q.Start);
        var end = after.IndexOfAny(ClauseOrSentenceEnds);
        if (end < 0 ? !(after.Contains("共计", StringComparison.Ordinal) || after.Contains("合计", StringComparison.Ordinal))
            : after[..end].ContainsAny(Digits))
        {
            return false;
        }

        var left = before[..^1];
        var item = left[(left.LastIndexOfAny(ListItemEnds) + 1)..].Trim();
        if (item.Length < 2 || item.ContainsAny(FigureChars))
        {
            return false;
        }

        foreach (var word in SegmentPrefixes)
        {
            if (item.EndsWith(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly System.Buffers.SearchValues<char> FigureChars = System.Buffers.SearchValues.Create("0123456789*＊XxＸｘ×");

    private static readonly System.Buffers.SearchValues<char> ListItemEnds = System.Buffers.SearchValues.Create("、，,；;。：:（(\n");

    private static readonly string[] SegmentPrefixes = ["城市", "城镇", "农村", "城乡", "全市", "全县", "全区"];

    private static bool IsJoiner(char c) => c is '和' or '与' or '及';

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    // "全市161家养老机构通过等级评定的149家": after a figure of the same indicator, a figure defined by a clause
    // ending in 的 is a subset of it, not a second statement of the stock; so is "城区15个居家养老服务站有8个实现了
    // 政府购买", a figure after 有 that a verb of its own follows.
    private static bool Subset(string s, Quantity q, AliasMention alias, List<Bound> boundSoFar)
    {
        var between = s.AsSpan(alias.End..q.Start);
        var those = between.TrimEnd(' ') is [.., '有'] && PostVerb.IsMatch(s.AsSpan(q.End, Math.Min(4, s.Length - q.End)));
        if (!those && (between.Length < 3 || !between.EndsWith("的", StringComparison.Ordinal)))
        {
            return false;
        }

        foreach (ref readonly var b in CollectionsMarshal.AsSpan(boundSoFar))
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
        if (before is [.., '共'] or [.., '累', '计'])
        {
            before = before[..^(before[^1] == '共' ? 1 : 2)];
        }

        // "为全区1568户…": the area the count covers stands between the verb and the count.
        if (before is [.., '全' or '辖', '区' or '县' or '市' or '省' or '镇' or '旗' or '州'])
        {
            before = before[..^2];
        }

        // By the last character first: most leads end in none of the five words' last characters.
        return before is [.., var last] && last switch
        {
            '为' or '对' => true,
            '成' => before.EndsWith("完成", StringComparison.Ordinal),
            '施' => before.EndsWith("实施", StringComparison.Ordinal),
            '展' => before.EndsWith("开展", StringComparison.Ordinal),
            _ => false,
        };
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

    // The noun a count's measure word runs into is an area or a group of people, which no alias of a facility
    // or a fund counts: "4个片区", "12个村", "3个镇街".
    private static bool OwnNounFollows(string s, Quantity q) =>
        q.End < s.Length && AreaNouns.Contains(s[q.End]);

    private static readonly System.Buffers.SearchValues<char> AreaNouns = System.Buffers.SearchValues.Create("片村镇乡街县区市省组");

    private static readonly CueGate PostVerb = new(PostVerbs());

    [GeneratedRegex("实现|开展|提供|建立|设立|配备|开通|覆盖|完成|实施|享受|纳入|通过|进行|建成|新建|新增|增设")]
    private static partial Regex PostVerbs();

    private static bool IsClassifier(string measure) => measure.Length == 1 && measure[0] is '个' or '家' or '所' or '处' or '座' or '项';

    private static readonly System.Buffers.SearchValues<char> NonNouns = System.Buffers.SearchValues.Create("的以左余多和及与或等并已均共为是达全正在次");
}
