using System.Globalization;
using System.Text.RegularExpressions;

namespace Analytics.Etl.Extraction;

/// <summary>
/// The Chinese cue words the extractor reads context from. They are language, not indicators:
/// what names a statistic lives in the catalog (data/indicators.csv), what frames it lives here.
/// </summary>
internal static partial class Lexicon
{
    /// <summary>Characters that end a sentence. A clause may end on '，'; a sentence does not.</summary>
    public static bool IsTerminal(char c) => c is '。' or '！' or '？' or '!' or '?' or '；' or ';' or '：' or ':' or '…';

    // Inlined even into the extractor's largest loops, where the JIT's inlining budget runs out before it.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '!' or '?' or '；' or ';' or '\n';

    /// <summary>A character of the CJK Unified Ideographs block (U+4E00–U+9FFF).</summary>
    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>Clause boundaries inside a sentence (the enumeration comma 、 separates list items).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsClauseEnd(char c) => c is '，' or ',' or '、' or '：' or ':';

    /// <summary>Whether a block so far ends a sentence (closing quotes and brackets looked through); an empty one does.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is '”' or '’' or '」' or '』' or '"' or '）' or ')')
            {
                continue;
            }

            return IsTerminal(c);
        }

        return true;
    }

    /// <summary>
    /// Where a news page's article ends: the start of its editor's credit line ("编辑:刘燕", "[责任编辑:…]",
    /// "【我要纠错】 责任编辑:…"); what follows is the page's furniture and other articles. The text's length
    /// when it has none.
    /// </summary>
    public static int ArticleEnd(string text)
    {
        for (var at = text.IndexOf('编'); at >= 0; at = at + 1 < text.Length ? text.IndexOf('编', at + 1) : -1)
        {
            // The credit stands after a line break, a space, a bracket or the end of a sentence (the layout may
            // have run it on after the last paragraph, and the page's furniture on after it).
            var start = at >= 2 && StartsWithAny(text.AsSpan(at - 2), CreditPrefixes) ? at - 2 : at >= 1 && text[at - 1] == '责' ? at - 1 : at;
            if ((start == 0 || char.IsWhiteSpace(text[start - 1]) || text[start - 1] is '。' or '】' or '[' or '【' or '(' or '（' or ')' or '）')
                && EditorCredit().IsMatch(text.AsSpan(start, Math.Min(12, text.Length - start)))
                && text.AsSpan(0, start).Contains('。'))
            {
                return start; // past the article's first sentence: a page's head may name its editor above the text
            }
        }

        return text.Length;
    }

    private static readonly string[] CreditPrefixes = ["责任编", "初审编", "复审编", "终审编", "值班编", "网络编"];

    [GeneratedRegex(@"^(?:初审|复审|终审|值班|网络)?(?:(?:责任编辑|责编)\s*[:：\s]|编辑\s*[:：])")]
    private static partial Regex EditorCredit();

    /// <summary>Whether <paramref name="text"/> starts with one of <paramref name="words"/>.</summary>
    public static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first of <paramref name="words"/> that <paramref name="text"/> ends with, or null.</summary>
    public static string? EndingIn(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return word;
            }
        }

        return null;
    }

    public static bool StartsWithEnumerator(ReadOnlySpan<char> line) => MayOpenWithEnumerator(line) && Enumerator().IsMatch(line);

    // Every alternative of Enumerator() opens, after white space, with a Chinese numeral up to 十, a
    // bracket, a digit (\d: any Unicode decimal digit, as char.IsDigit) or 第: most paragraphs open
    // with none of them, and then the regex need not run.
    private static bool MayOpenWithEnumerator(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return c is '（' or '(' or '第' || char.IsDigit(c) || EnumeratorNumerals.Contains(c, StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>The numbering style and ordinal of a heading ("二、" → ("dun", 2), "（三）" → ("paren", 3)).</summary>
    public static (string Style, int Number)? ParseEnumerator(ReadOnlySpan<char> text)
    {
        if (!MayOpenWithEnumerator(text))
        {
            return null; // most paragraphs
        }

        var matches = Enumerator().EnumerateMatches(text);
        if (!matches.MoveNext())
        {
            return null; // most paragraphs
        }

        // No Match object: each alternative starts with its own kind of character (a Chinese numeral
        // for dun, a bracket for paren, a digit for dot, 第 for ordinal) after the leading white space,
        // and its number runs from there (past the bracket or 第) to the last character of the match.
        var m = text.Slice(matches.Current.Index, matches.Current.Length);
        for (var i = 0; i < m.Length; i++)
        {
            var c = m[i];
            var style = c is '（' or '(' ? "paren" : c == '第' ? "ordinal" : char.IsDigit(c) ? "dot" : EnumeratorNumerals.Contains(c) ? "dun" : null;
            if (style is not null)
            {
                var skip = style is "paren" or "ordinal" ? 1 : 0;
                return (style, SmallNumber(m[(i + skip)..^1]));
            }
        }

        return null;
    }

    private const string EnumeratorNumerals = "一二三四五六七八九十";

    private static int SmallNumber(ReadOnlySpan<char> s)
    {
        if (int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        const string digits = "零一二三四五六七八九";
        if (s.Length == 1)
        {
            return s[0] == '十' ? 10 : digits.IndexOf(s[0], StringComparison.Ordinal);
        }

        // 十一..九十九
        var tens = s[0] == '十' ? 1 : digits.IndexOf(s[0], StringComparison.Ordinal);
        var ones = s[^1] == '十' ? 0 : digits.IndexOf(s[^1], StringComparison.Ordinal);
        return (tens * 10) + ones;
    }

    [GeneratedRegex(@"^\s*(?:(?<dun>[一二三四五六七八九十]{1,3})、|[（(](?<paren>[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|(?<dot>\d{1,2})[.．、](?!\d)|第(?<ordinal>[一二三四五六七八九十]{1,3})[部分章节篇])")]
    private static partial Regex Enumerator();

    /// <summary>A heading or opening that starts a forward-looking section (工作思路, 下一步, 2022年工作计划).</summary>
    /// <remarks>A title that covers both the review and the plan ("2021年工作总结和2022年工作计划") opens no
    /// plan: the review comes first under it, and the plan has a heading of its own.
    /// A site's breadcrumb ("首页>工作计划>…范文") names the page's place on the site, not a section of the text.</remarks>
    public static bool IsPlanHeading(ReadOnlySpan<char> heading) =>
        PlanHeading().IsMatch(heading) && !ReviewHeading().IsMatch(heading) && !IsBreadcrumb(heading);

    private static bool IsBreadcrumb(ReadOnlySpan<char> line) =>
        line.IndexOfAny(BreadcrumbMarks) >= 0
        && (line.Contains("首页", StringComparison.Ordinal) || line.Contains("主页", StringComparison.Ordinal) || line.Contains("位置", StringComparison.Ordinal));

    private static readonly System.Buffers.SearchValues<char> BreadcrumbMarks = System.Buffers.SearchValues.Create(">＞»›");

    [GeneratedRegex("总结|回顾|完成情况|开展情况|工作情况|工作成效|取得的成效|主要成绩|(?:圆满|超额|全面|顺利|已经|已)完成|完成了|考核情况|考核结果|情况的?通报|目标责任制")]
    private static partial Regex ReviewHeading();

    [GeneratedRegex("思路|计划|打算|下一步|工作安排|展望|工作目标|目标任务|重点任务|明年|今后|要点")]
    private static partial Regex PlanHeading();

    /// <summary>Words in a sentence, before a number, that make it forward-looking.</summary>
    [GeneratedRegex("计划|力争|预计|预算|拟|争取|确保(?!了)|要(?:重点|着力|全力|加快|持续|继续|进一步|抓好|扎实)|目标(?:是|为)|将(?:在|于|会|继续|着力|全面|重点|进一步|加快|持续|推进|启动)|将新增|将增|将新建|将新设|将完成|将建成|将达到|将实现|将提高|将提升|明年|(?<!提高|增加|增长|上升|下降|调整|降低|增|升|降|截止|截至)到(?:19|20)\\d{2}年")]
    public static partial Regex PlanCue();

    /// <summary>A threshold to reach rather than an amount to do: 达到…以上, 不低于, 超65%.</summary>
    [GeneratedRegex("达到|不低于|不少于|超过?|以上")]
    public static partial Regex TargetCue();

    /// <summary>Verbs of removal: a count of people struck off is not a count of recipients.</summary>
    [GeneratedRegex("清退|核减|注销|减少|退出|撤销|取消|劝散|停发|停保|退保|清理|调出")]
    public static partial Regex Removal();

    /// <summary>
    /// Verbs of addition, and of upgrading what exists (改造提升助餐服务点1300个 counts the upgraded
    /// points, not all of them): a flow, which a stock indicator (持证社工, 养老机构) must not take.
    /// </summary>
    [GeneratedRegex("新增|新建|增加(?![到至])|增发|打造|招聘|新招|新培育|新设|新开|新纳入|新登记|新成立|新注册|新认定|调进|调入|改造提升|提升改造|升级改造|建设(?<!累计建设|已建设|共建设)(?![局厅部委])")]
    public static partial Regex Addition();

    /// <summary>"每周至少三次" is a rule of frequency, not a count.</summary>
    [GeneratedRegex("每(?:周|月|天|日|年|季度?|半年)[^，。；]{0,6}$")]
    public static partial Regex Frequency();

    /// <summary>"每万人拥有持证社工13.2人": a ratio per head of population, not a count.</summary>
    [GeneratedRegex("每(?:十万|万|千|百)(?:名|个)?(?:人|户|居民|常住人口|老年人|老人)")]
    public static partial Regex PerCapita();

    /// <summary>A report on part of a year (上半年, 1-7月, 截至6月底): its plans are for the rest of that year.</summary>
    [GeneratedRegex(@"上半年|前三季度|1\s*[-－—~至]\s*\d{1,2}\s*月|一至[二三四五六七八九十]{1,2}月|截[至止]\s*\d{1,2}\s*月|截[至止]目前")]
    public static partial Regex PartialYear();

    /// <summary>
    /// Where the header of a table of tasks and their progress starts, or -1: a cell naming the tasks
    /// ("重点工作任务(民生实事项目)", "实施内容 |") and, a few cells on, one naming their progress ("进展情况(一季度)",
    /// "最新进度(8月24日) |"), each on a line of its own as flattened tables leave them.
    /// </summary>
    public static int TaskTableStart(string text)
    {
        if (!text.Contains("任务", StringComparison.Ordinal) && !text.Contains("内容", StringComparison.Ordinal))
        {
            return -1;
        }

        var m = TaskTableHeader().Match(text);
        return m.Success ? m.Index : -1;
    }

    [GeneratedRegex(@"^[^\S\n]*(?:重点工作任务|工作任务|实施内容|任务内容|建设内容|目标任务|项目内容)[^\n]{0,14}\n(?:[^\n]{0,24}\n){0,8}?[^\S\n]*(?:进展情况|最新进度|推进情况|完成情况|进度情况|实施进度|工作进度)", RegexOptions.Multiline)]
    private static partial Regex TaskTableHeader();

    /// <summary>
    /// Whether a figure of a task table's row is the task: the row opens before it (its number at the start
    /// of the sentence, "2新增…床位100张", or between bars, "|15|民政局|新增…") and no word of progress (目前, 已,
    /// 截至, 正在, 累计) comes between.
    /// </summary>
    public static bool IsTask(ReadOnlySpan<char> before) =>
        !ProgressWord().IsMatch(before) && TaskRow().IsMatch(before);

    [GeneratedRegex("目前|已|截[至止]|正在|累计")]
    private static partial Regex ProgressWord();

    [GeneratedRegex(@"^\s*\d{1,2}(?=\p{IsCJKUnifiedIdeographs})|\|\s*\d{1,2}\s*\|")]
    private static partial Regex TaskRow();

    /// <summary>Whether a clause opens with a change to a caseload or a payment ("新增821户", "降补387户", "停发…").</summary>
    public static bool ChangeLead(ReadOnlySpan<char> clause) => ChangeWord().IsMatch(clause);

    [GeneratedRegex(@"^\s*(?:其中)?\s*(?:新增|增补|降补|提补|减补|取消|退出|停发|停保|清退|减少|调增|调减|新纳入)")]
    private static partial Regex ChangeWord();

    /// <summary>Explicit years, ranges and "as of" dates.</summary>
    [GeneratedRegex(@"(?<start>(?:19|20)\d{2})\s*年?\s*(?:至|到|-|—|－|~|～)\s*(?<end>(?:19|20)\d{2})\s*年|(?<single>(?:19|20)\d{2})\s*(?:年|-\d{1,2}月|\.\d{1,2}月)")]
    public static partial Regex Year();

    /// <summary>
    /// The year a <see cref="Year"/> match names and, for a range, the year it starts: read off the
    /// match's text without a Match object. Both alternatives open with the (first) year; a range
    /// "2016—2020年" holds eight digits and ends with its second year, a single year "2020年" or
    /// "2020-12月" holds six at most.
    /// </summary>
    public static (int Year, int? PeriodStart) YearOfMatch(ReadOnlySpan<char> match)
    {
        var first = int.Parse(match[..4], NumberStyles.Integer, CultureInfo.InvariantCulture);
        var digits = 0;
        var last = -1;
        for (var i = 0; i < match.Length; i++)
        {
            if (char.IsDigit(match[i]))
            {
                digits++;
                last = i;
            }
        }

        return digits <= 6
            ? (first, null)
            : (int.Parse(match[(last - 3)..(last + 1)], NumberStyles.Integer, CultureInfo.InvariantCulture), first);
    }

    /// <summary>
    /// The year a sentence is about when it says so as its topic, at the start of a clause and before a
    /// comma: "2020年，全省城乡低保…", "记者获悉，2020年，…", "去年，厦门…" (counted from <paramref name="now"/>).
    /// The last such year of the sentence, or null. "2016年以来，" starts a span and "2月1日" is a day: neither counts.
    /// </summary>
    public static int? TopicYear(ReadOnlySpan<char> sentence, int? now)
    {
        int? topic = null;
        for (var i = NextYearComma(sentence, 0); i >= 0;)
        {
            if (ClauseOpensAt(sentence, i))
            {
                topic = i >= 4 && IsYearDigits(sentence.Slice(i - 4, 4)) ? int.Parse(sentence.Slice(i - 4, 4), NumberStyles.None, CultureInfo.InvariantCulture)
                    : i >= 1 && now is { } n && sentence[i - 1] is '去' or '今' ? (sentence[i - 1] == '去' ? n - 1 : n)
                    : topic;
            }

            i = NextYearComma(sentence, i + 1);
        }

        return topic ?? ColonTopic(sentence);
    }

    // "会议指出，2023年全区民政工作取得显著成效：…": a clause that opens with a year and ends in a colon dates the
    // list it introduces, in its own sentence and the ones after it.
    private static int? ColonTopic(ReadOnlySpan<char> sentence)
    {
        var colon = sentence.IndexOfAny('：', ':');
        if (colon < 5)
        {
            return null;
        }

        var clause = sentence[..colon];
        var start = clause.LastIndexOfAny('，', ',') + 1;
        clause = clause[start..].TrimStart();
        return clause.Length > 5 && IsYearDigits(clause[..4]) && clause[4] == '年' && !char.IsAsciiDigit(clause[5])
            ? int.Parse(clause[..4], NumberStyles.None, CultureInfo.InvariantCulture)
            : null;
    }

    // The next 年 at or after from that a comma follows ("2020年，", "去年,"), or -1.
    private static int NextYearComma(ReadOnlySpan<char> sentence, int from)
    {
        var rest = sentence[from..];
        var wide = rest.IndexOf("年，", StringComparison.Ordinal);
        var narrow = wide == 0 ? -1 : (wide < 0 ? rest : rest[..wide]).IndexOf("年,", StringComparison.Ordinal);
        var at = narrow >= 0 ? narrow : wide;
        return at < 0 ? -1 : from + at;
    }

    /// <summary>The year a sentence's span opens from, at the start of a clause: "2013年以来，我市…" → 2013, or null.</summary>
    public static int? TopicSince(ReadOnlySpan<char> sentence)
    {
        var at = sentence.IndexOf("年以来", StringComparison.Ordinal);
        if (at < 4 || !IsYearDigits(sentence.Slice(at - 4, 4)) || !ClauseOpensAt(sentence, at)
            || at + 3 >= sentence.Length || sentence[at + 3] is not ('，' or ','))
        {
            return null;
        }

        return int.Parse(sentence.Slice(at - 4, 4), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static bool IsYearDigits(ReadOnlySpan<char> s) =>
        s.Length == 4 && (s[0] == '1' && s[1] == '9' || s[0] == '2' && s[1] == '0') && char.IsAsciiDigit(s[2]) && char.IsAsciiDigit(s[3]);

    // The word ending at 年 (index) opens its clause: "2020年" or "去年" right after a clause break or the start.
    private static bool ClauseOpensAt(ReadOnlySpan<char> sentence, int index)
    {
        var wordStart = index >= 4 && IsYearDigits(sentence.Slice(index - 4, 4)) ? index - 4 : index - 1;
        if (wordStart < 0)
        {
            return false;
        }

        var before = sentence[..wordStart].TrimEnd();
        return before.IsEmpty || IsClauseEnd(before[^1]) || IsSentenceEnd(before[^1]);
    }

    /// <summary>Whether the text right after a year starts a span from it: 以来, 来, 起 ("2016年以来").</summary>
    public static bool OpensSpan(ReadOnlySpan<char> after) =>
        after.StartsWith("以来", StringComparison.Ordinal) || after.StartsWith("来", StringComparison.Ordinal);

    /// <summary>
    /// The five-year plans a text names ("十二五", "十三五时期", "十四五"): bit k set for the (12 + k)th plan.
    /// </summary>
    public static int PlanPeriods(string text)
    {
        // One pass over the 十 of the text: 十二五 … 十五五 are 十, a numeral two to five, 五.
        var bits = 0;
        for (var i = text.IndexOf('十', StringComparison.Ordinal); i >= 0 && i + 2 < text.Length; i = text.IndexOf('十', i + 1))
        {
            var k = PlanAt(text, i);
            bits |= k >= 0 ? 1 << k : 0;
        }

        return bits;
    }

    /// <summary>
    /// The first year of the five-year plan that a span before a figure counts from ("“十四五”以来，累计…" → 2021),
    /// or null.
    /// </summary>
    public static int? PlanSince(ReadOnlySpan<char> before)
    {
        if (!before.Contains("以来", StringComparison.Ordinal))
        {
            return null; // almost every figure
        }

        for (var i = before.IndexOf('十'); i >= 0 && i + 2 < before.Length;)
        {
            if (PlanAt(before, i) is var k and >= 0 && before[(i + 3)..].TrimStart("”\"'’」时期").StartsWith("以来", StringComparison.Ordinal))
            {
                return PlanFirstYear(k);
            }

            var next = before[(i + 1)..].IndexOf('十');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return null;
    }

    // Which plan 十二五 … 十五五 starts at i (0 for the 12th), or -1.
    private static int PlanAt(ReadOnlySpan<char> text, int i) =>
        i + 2 < text.Length && text[i + 2] == '五' ? "二三四五".IndexOf(text[i + 1]) : -1;

    private static int PlanFirstYear(int k) => 2011 + (5 * k);

    /// <summary>
    /// The last year of a five-year plan the text names that holds <paramref name="year"/> and has ended by
    /// <paramref name="now"/> (十二五 is 2011–2015, 十三五 2016–2020), or null.
    /// </summary>
    public static int? PlanPeriodEnd(int periods, int year, int? now)
    {
        for (var k = 0; k < 4; k++)
        {
            var first = PlanFirstYear(k);
            if ((periods & (1 << k)) != 0 && year >= first && year <= first + 4 && (now is null || first + 4 < now))
            {
                return first + 4;
            }
        }

        return null;
    }

    /// <summary>Multi-year totals: 十年来, 连续三年, 近五年 (a count of years, not the end of one: 2013年以来 is none).</summary>
    [GeneratedRegex("(?<n>[一二两三四五六七八九十]|(?<!\\d)\\d{1,2})年(?:来|以来|间|中)|连续(?<n2>[一二两三四五六七八九十]|\\d{1,2})年|近(?<n3>[二两三四五六七八九十]|\\d{1,2})年")]
    public static partial Regex YearsSpan();

    // Where the first 年来, 年以来, 年间, 年中, 连续 or 近 of the text stands (-1: none): every form of a
    // YearsSpan has one, and most sentences have none of them. No match starts more than two characters
    // (the count of years) before it.
    private static int FirstYearsSpanKey(ReadOnlySpan<char> text)
    {
        // One pass over the text instead of a search per word: stop at 年, 连 or 近 and look at what follows.
        for (var i = text.IndexOfAny(YearsSpanKeys); i >= 0;)
        {
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var found = text[i] switch
            {
                '近' => true,
                '连' => next == '续',
                _ => next is '来' or '间' or '中' || (next == '以' && i + 2 < text.Length && text[i + 2] == '来'),
            };
            if (found)
            {
                return i;
            }

            var rest = text[(i + 1)..].IndexOfAny(YearsSpanKeys);
            i = rest < 0 ? -1 : i + 1 + rest;
        }

        return -1;
    }

    private static readonly System.Buffers.SearchValues<char> YearsSpanKeys = System.Buffers.SearchValues.Create("年连近");

    public static int ParseSmall(ReadOnlySpan<char> s) => SmallNumber(s is "两" ? "二" : s);

    /// <summary>
    /// How many years the first <see cref="YearsSpan"/> of the text covers (十年来 → 10, 连续三年 → 3,
    /// 近五年 → 5), or null without one. Read off the match span, with no string or Match: each
    /// alternative keeps its number just before 年, after 连续, after 近 or at the start.
    /// </summary>
    public static int? YearsBack(ReadOnlySpan<char> text)
    {
        var key = FirstYearsSpanKey(text);
        if (key < 0)
        {
            return null;
        }

        // From three characters before the key: the count of years and the character its (?<!\d) looks at.
        text = text[Math.Max(0, key - 3)..];
        var matches = YearsSpan().EnumerateMatches(text);
        if (!matches.MoveNext())
        {
            return null;
        }

        var m = text.Slice(matches.Current.Index, matches.Current.Length);
        var from = m.StartsWith("连续", StringComparison.Ordinal) ? 2 : m[0] == '近' ? 1 : 0;
        return ParseSmall(m[from..m.IndexOf('年')]);
    }

    /// <summary>
    /// Segment words: a figure for the towns only, or for the countryside only, is not the total.
    /// Callers ask <see cref="SegmentGate"/> first (the binder through its CueScan): most figures
    /// have no segment word anywhere before them. The last word counts; when it is 其中,
    /// <paramref name="within"/> is set and the segment is null: a part only of a total named before it.
    /// </summary>
    public static Segment? SegmentOf(ReadOnlySpan<char> before, out bool within)
    {
        // The last of SegmentWord's matches, read left to right as the regex does: no word is a prefix of
        // another, so at each position at most one of them starts, and the next search goes on after it.
        Segment? last = null;
        within = false;
        for (var i = before.IndexOfAny(SegmentLeads); i >= 0;)
        {
            if (before[i] is '(' or '（')
            {
                // "（包括农村五保户）": what a note of inclusion names is inside the group, not the group's part.
                var close = before[i..].IndexOfAny(')', '）');
                var skip = close > 0 && IsInclusionNote(before[(i + 1)..]) ? close + 1 : 1;
                var after = before[(i + skip)..].IndexOfAny(SegmentLeads);
                i = after < 0 ? -1 : i + skip + after;
                continue;
            }

            var (length, segment, isWithin) = SegmentWordAt(before[i..]);
            if (length > 0 && segment is Segment.Urban or Segment.Rural && i + length + 1 < before.Length
                && before[i + length] is '、' or '和' or '与' or '及'
                && SegmentWordAt(before[(i + length + 1)..]) is { Length: > 0, Segment: Segment.Urban or Segment.Rural } other
                && other.Segment != segment)
            {
                // "纳入农村、城市低保的家庭": the towns and the countryside named together are the whole area.
                (last, within) = (null, false);
                length += 1 + other.Length;
            }
            else if (length > 0)
            {
                (last, within) = (segment, isWithin);
            }

            var next = i + Math.Max(length, 1);
            var rest = before[next..].IndexOfAny(SegmentLeads);
            i = rest < 0 ? -1 : next + rest;
        }

        return last;
    }

    /// <summary>Whether a bracketed note opens with a word of inclusion (包括, 含, 包含): it says who else is counted.</summary>
    public static bool IsInclusionNote(ReadOnlySpan<char> note) =>
        note.StartsWith("包括", StringComparison.Ordinal) || note.StartsWith("包含", StringComparison.Ordinal) || note.StartsWith("含", StringComparison.Ordinal);

    /// <summary>The segment the last segment word names; a 其中 there makes the figure a part.</summary>
    public static Segment? SegmentOf(ReadOnlySpan<char> before) =>
        SegmentOf(before, out var within) ?? (within ? Segment.Part : null);

    // The SegmentWord alternative that starts the text (its length, 0 for none) and what it reads as.
    private static (int Length, Segment? Segment, bool Within) SegmentWordAt(ReadOnlySpan<char> text)
    {
        var next = text.Length > 1 ? text[1] : '\0';
        return text[0] switch
        {
            '城' when next is '市' or '镇' => (2, Segment.Urban, false),
            '市' when next == '区' => (2, Segment.Urban, false),
            '市' when text.StartsWith("市本级", StringComparison.Ordinal) => (3, Segment.Part, false),
            '农' or '乡' when next == '村' => (2, Segment.Rural, false),
            '其' when next == '中' => (2, null, true),
            '集' when text.StartsWith("集中供养", StringComparison.Ordinal) => (4, Segment.Part, false),
            '分' when text.StartsWith("分散供养", StringComparison.Ordinal) => (4, Segment.Part, false),
            _ => (0, null, false),
        };
    }

    private static readonly System.Buffers.SearchValues<char> SegmentLeads = System.Buffers.SearchValues.Create("城市农乡其集分(（");

    /// <summary>Every urban/rural word in order ("城市和农村" → urban, rural), for 分别 lists.</summary>
    public static IReadOnlyList<Segment> SegmentWords(string text) =>
        [.. SegmentWord().Matches(text).Select(m => m.Value switch
        {
            "城市" or "城镇" or "市区" => Segment.Urban,
            "农村" or "乡村" => Segment.Rural,
            _ => (Segment?)null,
        }).OfType<Segment>()];

    [GeneratedRegex("城市|城镇|市区|农村|乡村|市本级|其中|集中供养|分散供养")]
    private static partial Regex SegmentWord();

    public static readonly CueGate SegmentGate = new(SegmentWord());

    /// <summary>The party congresses that anniversary retrospectives count from (党的十八大以来…十年).</summary>
    [GeneratedRegex("(?<congress>十八大|十九大|二十大)以来")]
    public static partial Regex CongressSince();

    public static int CongressYear(string congress) => congress switch
    {
        "十八大" => 2012,
        "十九大" => 2017,
        _ => 2022,
    };
}
