using System.Buffers;
using Analytics.Etl.Extraction.Numbers;

namespace Analytics.Etl.Extraction;

/// <summary>
/// Finds every number in a text that carries a measure word the unit table knows
/// (人, 户, 张, 万元, %, 百分之…). A number without such a word — a year, a date, a
/// name like 十四五 — is not a quantity. Chinese numerals count only when a measure follows,
/// so 一是 and 三级 never turn into statistics. Money is read to the 分 in the measure 元, whichever
/// way it is written: "123元1角1分", "壹佰壹拾壹圆整", "十块三毛".
/// </summary>
public sealed class QuantityScanner(IReadOnlyList<string> measures)
{
    // The measure of every amount of money, however its 元 is written (元, 圆, 块).
    private const string Yuan = "元";

    // The measures by their first character, longest first within each (the order MeasureAt tries them).
    private readonly string[]?[] measuresByFirstChar = ByFirstChar(measures.Where(m => m != "%").OrderByDescending(m => m.Length));

    // What may stand right after a number that has a measure: a measure word's first character,
    // 余/多 (36万余元), a percent sign, or 圆/块 (元 as cheques and speech write it). Anything else ends
    // the figure before it is parsed.
    private readonly CharTable measureLeads = new(measures.Where(m => m.Length > 0).Select(m => m[0]).Concat("余多%％圆圓块塊"));

    public IReadOnlyList<Quantity> Scan(string text)
    {
        var found = new List<Quantity>();
        Scan(text, found);
        return found;
    }

    /// <summary>Fills <paramref name="found"/> (cleared first) with the quantities of <paramref name="text"/>: one list reused per document.</summary>
    public void Scan(ReadOnlySpan<char> text, List<Quantity> found)
    {
        found.Clear();
        var i = 0;
        while (i < text.Length)
        {
            // Only a numeral, 百 (of 百分之) or a mask character can start a quantity: skip to the next one.
            var next = StartChars.IndexOfAny(text[i..]);
            if (next < 0)
            {
                break;
            }

            i += next;
            if (TryAt(text, i) is { } q)
            {
                found.Add(q);
                i = q.End;
            }
            else
            {
                i++;
            }
        }
    }

    private Quantity? TryAt(ReadOnlySpan<char> text, int start)
    {
        var c = text[start];
        if (start > 0 && (IsRunChar(text[start - 1]) || text[start - 1] == '第' || char.IsAsciiLetter(text[start - 1]) || IsMaskChar(text[start - 1])))
        {
            return null; // inside a number, a word or a mask ("20xx9人" is not nine)
        }

        if (c == '百' && start + 1 < text.Length && text[start + 1] == '分')
        {
            return Percent(text, start);
        }

        if (IsMaskChar(c))
        {
            return Masked(text, start);
        }

        if (!ChineseNumber.IsNumeralChar(c))
        {
            return null;
        }

        var end = RunEnd(text, start);
        if (end < text.Length && end > start && char.IsAsciiDigit(c)
            && (IsMaskChar(text[end]) || (text[end] == '.' && end + 1 < text.Length && IsMaskChar(text[end + 1])) || MaskedGroupAt(text, end)))
        {
            return Masked(text, start); // a partly masked figure: 38xx人, 9596.X万元, 6,2XX人
        }

        var run = text[start..end];
        if (run.IsEmpty)
        {
            return null; // a lone 点 is the next word's, not a number
        }

        // Years, dates and enumerators (2019年, 3月, 1.) and numeral characters inside words (进一步,
        // 一是) outnumber figures: WithMeasure would turn them down, so they are not parsed at all.
        if (end >= text.Length ? run[^1] is not ('万' or '亿') : !measureLeads.Contains(text[end]) && !BareMoney(text, start, end, end) && !BarePeople(text, end, end))
        {
            return null;
        }

        var arabic = char.IsAsciiDigit(run[0]) || run[0] is >= '０' and <= '９';
        // 一个 is "a", and 千家万户 or 百人 are idioms: a Chinese numeral needs a digit, unless it opens
        // with a ten, which needs no 一 (十, 拾, 廿, and 十万 or 十亿 with the multiplier right before the measure).
        // Digit-by-digit readings (唯一一家 → 一一) are for years and codes, never for statistics.
        // (Checked before parsing: most Chinese runs in prose are words like these, not numbers.)
        if (!arabic && (run is "一" || (ChineseDigits.IndexOfAny(run) < 0 && !Tens.Contains(run[0]))
            || (run.Length > 1 && ChinesePlaces.IndexOfAny(run) < 0)))
        {
            return null;
        }

        if (!ChineseNumber.TryParse(run, out var value))
        {
            return null;
        }

        return WithMeasure(text, start, end, value, arabic);
    }

    private Quantity? WithMeasure(ReadOnlySpan<char> text, int start, int numberEnd, decimal value, bool arabic)
    {
        var p = numberEnd;
        var qualifier = Qualifier.Exact;
        if (p < text.Length && text[p] is '余' or '多')
        {
            qualifier = Qualifier.AtLeast;
            p++;
        }

        // 200余万元: the multiplier may follow 余.
        if (p < text.Length && qualifier == Qualifier.AtLeast && text[p] is '万' or '亿')
        {
            value *= text[p] == '万' ? 10_000m : 100_000_000m;
            p++;
        }

        if (p < text.Length && text[p] is '%' or '％')
        {
            return Finish(text, start, numberEnd, p + 1, value, "%", Period.None, qualifier, redacted: false);
        }

        var measure = MeasureAt(text, p);
        if (p < text.Length && YuanAmount.IsYuanChar(text[p]) && measure is null or Yuan)
        {
            return Money(text, start, numberEnd, p, value, qualifier);
        }

        if (measure is null)
        {
            return BareMoney(text, start, numberEnd, p) ? Finish(text, start, numberEnd, p, value, Yuan, Period.None, qualifier, redacted: false)
                : BarePeople(text, numberEnd, p) ? Finish(text, start, numberEnd, p, value, "人", Period.None, qualifier, redacted: false)
                : null;
        }

        return Finish(text, start, numberEnd, p + measure.Length, value, measure, Period.None, qualifier, redacted: false);
    }

    // "支出低保金2860万，", "发放临时救助金额48.1万，": a sum of money named right before the figure may drop
    // the 元 after 万 or 亿.
    private static bool BareMoney(ReadOnlySpan<char> text, int start, int numberEnd, int p)
    {
        if (p != numberEnd || numberEnd - start < 2 || text[numberEnd - 1] is not ('万' or '亿')
            || (p < text.Length && !Lexicon.IsClauseEnd(text[p]) && !Lexicon.IsSentenceEnd(text[p])))
        {
            return false;
        }

        var before = text[..start];
        if (before is [.., '达' or '为' or '约'])
        {
            before = before[..^1]; // "发放金额达48.1万，"
        }

        foreach (var noun in MoneyNouns)
        {
            if (before.EndsWith(noun, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "全省330万低保对象", "170多万大中型水库移民": a count in 万 or 亿 right before a group of people drops its 人.
    private static bool BarePeople(ReadOnlySpan<char> text, int numberEnd, int p)
    {
        if (text[p - 1] is not ('万' or '亿') || (p == numberEnd && numberEnd < 2))
        {
            return false;
        }

        var after = text[p..];
        foreach (var noun in PeopleNouns)
        {
            if (after.StartsWith(noun, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] PeopleNouns =
    [
        "低保对象", "城乡低保对象", "城市低保对象", "农村低保对象", "低保人员", "特困人员", "特困供养人员", "特困供养对象",
        "农村特困人员", "五保对象", "困难群众", "大中型水库移民", "水库移民",
    ];

    private static readonly string[] MoneyNouns = ["金", "资金", "金额", "经费", "善款", "款物", "补贴", "补助", "支出", "拨付", "投入"];

    // text[p] is the 元, 圆 or 块 after a figure. 角/毛/分 count only here, right after it: elsewhere 分
    // is a word's (分别, 部分, 分散) and 毛 or 角 too.
    private Quantity? Money(ReadOnlySpan<char> text, int start, int numberEnd, int p, decimal value, Qualifier qualifier)
    {
        if (!YuanAmount.TryReadInText(text[p..], out var length, out var fen, out var coins))
        {
            return null; // 三块场地: pieces, not money
        }

        if (coins && qualifier == Qualifier.Exact && decimal.Truncate(value) == value
            && text[start..numberEnd].IndexOfAny(BigUnits) < 0)
        {
            value += fen / 100m; // exact: 123元1角1分 is 123.11 元, 0.012311 万元
        }
        else if (coins)
        {
            // "1.5元3角", "200余元5角" and "100万元5角" make no sense (the last is 100万元一分不少 in
            // prose): the figure ends at its 元.
            length = 1;
        }

        var (per, end) = PerPeriod(text, p + length);
        return Finish(text, start, numberEnd, end, value, Yuan, per, qualifier, redacted: false);
    }

    private Quantity Finish(ReadOnlySpan<char> text, int start, int numberEnd, int end, decimal? value, string measure, Period per, Qualifier qualifier, bool redacted)
    {
        // Words after the measure: 以上, 左右, 以内; before the number: 约, 近, 超, 逾, 不到.
        var after = text.Slice(end, Math.Min(3, text.Length - end));
        if (qualifier == Qualifier.Exact)
        {
            if (after.StartsWith("以上") || after.StartsWith("多"))
            {
                qualifier = Qualifier.AtLeast;
            }
            else if (after.StartsWith("左右"))
            {
                qualifier = Qualifier.Approx;
            }
            else if (after.StartsWith("以内") || after.StartsWith("以下"))
            {
                qualifier = Qualifier.AtMost;
            }
            else
            {
                qualifier = Before(text, start);
            }
        }

        return new Quantity(start, end, numberEnd, value is null ? null : Decimals.TrimZeros(value.Value), measure, per, qualifier, redacted);
    }

    private static Qualifier Before(ReadOnlySpan<char> text, int start)
    {
        // "不低于每人每月900元": the words of a per-person level stand between the qualifier and the figure.
        start -= Lexicon.EndingIn(text[..start], PerPersonWords)?.Length ?? 0;

        var from = Math.Max(0, start - 3);
        var before = text[from..start];
        if (before.EndsWith("不到") || before.EndsWith("不足") || before.EndsWith("低于") && !before.EndsWith("不低于"))
        {
            return Qualifier.AtMost;
        }

        if (before.EndsWith("约") || before.EndsWith("近") || before.EndsWith("大约") || before.EndsWith("将近"))
        {
            return Qualifier.Approx;
        }

        if (before.EndsWith("超") || before.EndsWith("超过") || before.EndsWith("逾") || before.EndsWith("不少于")
            || before.EndsWith("不低于") || before.EndsWith("至少") || before.EndsWith("突破"))
        {
            return Qualifier.AtLeast;
        }

        return Qualifier.Exact;
    }

    private static readonly string[] PerPersonWords = ["每人每月", "每人每年", "月人均", "年人均", "每月", "每年", "人均"];

    // 百分之九十五, 百分之负三点八, 百分之百, and the spoken 百分三十 and 百分百. 百分点 and 百分比 are words:
    // no numeral follows them.
    private Quantity? Percent(ReadOnlySpan<char> text, int start)
    {
        var p = start + 2;
        if (p < text.Length && text[p] == '之')
        {
            p++;
        }

        if (p < text.Length && NumeralChars.IsMinus(text[p]))
        {
            p++;
        }

        var end = RunEnd(text, p);
        if (end == p || !ChineseNumber.TryParsePercent(text[start..end], out var value))
        {
            return null;
        }

        return Finish(text, start, end, end, value, "%", Period.None, Qualifier.Exact, redacted: false);
    }

    // Masks: X, XX, xx, ***, __, and figures masked in part (38xx, 20xx9, 9596.X, X.X).
    private Quantity? Masked(ReadOnlySpan<char> text, int start)
    {
        var p = start;
        var masks = 0;
        while (p < text.Length && p - start < 10 && (IsMaskChar(text[p]) || char.IsAsciiDigit(text[p])
            || (text[p] == '.' && p + 1 < text.Length && (IsMaskChar(text[p + 1]) || char.IsAsciiDigit(text[p + 1])))
            || MaskedGroupAt(text, p)))
        {
            masks += IsMaskChar(text[p]) ? 1 : 0;
            p++;
        }

        if (masks == 0)
        {
            return null;
        }

        var numberEnd = p;
        if (p < text.Length && text[p] is '万' or '亿')
        {
            p++;
        }

        if (p < text.Length && text[p] is '%' or '％')
        {
            return Finish(text, start, numberEnd, p + 1, null, "%", Period.None, Qualifier.Exact, redacted: true);
        }

        var measure = MeasureAt(text, p);
        if (measure is null)
        {
            return null;
        }

        var end = p + measure.Length;
        var per = Period.None;
        if (measure == "元")
        {
            (per, end) = PerPeriod(text, end);
        }

        return Finish(text, start, numberEnd, end, null, measure, per, Qualifier.Exact, redacted: true);
    }

    // A thousands comma before a group of three that masks at least one digit: the ",2XX" of "6,2XX人".
    private static bool MaskedGroupAt(ReadOnlySpan<char> text, int p)
    {
        if (p + 3 >= text.Length || text[p] is not (',' or '，') || p == 0 || !char.IsAsciiDigit(text[p - 1]))
        {
            return false;
        }

        var masks = 0;
        for (var k = p + 1; k <= p + 3; k++)
        {
            if (IsMaskChar(text[k]))
            {
                masks++;
            }
            else if (!char.IsAsciiDigit(text[k]))
            {
                return false;
            }
        }

        return masks > 0 && (p + 4 == text.Length || !(IsMaskChar(text[p + 4]) || char.IsAsciiDigit(text[p + 4])));
    }

    private string? MeasureAt(ReadOnlySpan<char> text, int p)
    {
        // 万元 and 亿元 fold into the number; the measure is what is left.
        if (p >= text.Length || measuresByFirstChar[text[p]] is not { } candidates)
        {
            return null;
        }

        foreach (var m in candidates)
        {
            if (text[p..].StartsWith(m, StringComparison.Ordinal))
            {
                return m;
            }
        }

        return null;
    }

    // 元/月, 元/人·月, 元/人/月, 元/年, 元每月: the period a standard is quoted for.
    private static (Period, int) PerPeriod(ReadOnlySpan<char> text, int end)
    {
        var tail = text.Slice(end, Math.Min(6, text.Length - end));
        foreach (var (form, period) in PeriodForms)
        {
            if (tail.StartsWith(form))
            {
                return (period, end + form.Length);
            }
        }

        return (Period.None, end);
    }

    private static readonly (string, Period)[] PeriodForms =
    [
        ("/人·月", Period.Month), ("/人/月", Period.Month), ("/人.月", Period.Month), ("/人月", Period.Month), ("/月", Period.Month), ("每月", Period.Month),
        ("/人·年", Period.Year), ("/人/年", Period.Year), ("/人.年", Period.Year), ("/人年", Period.Year), ("/年", Period.Year), ("每年", Period.Year),
    ];

    private static readonly SearchValues<char> BigUnits = SearchValues.Create("万萬亿億");

    private static readonly CharTable ChinesePlaces = new("十拾百佰千仟万萬亿億点廿卅卌");

    // Tens that need no digit before them: 十 and 拾 are ten, 廿 twenty, 卅 thirty, 卌 forty.
    private static readonly CharTable Tens = new("十拾廿卅卌");

    private static readonly CharTable ChineseDigits = new("〇零一二两三四五六七八九壹贰叁肆伍陆柒捌玖");

    // Every character TryAt can start at, worked out from the numeral table itself so the two never disagree.
    // (A bit table, not SearchValues: numerals are among the commonest characters of Chinese prose; see CharTable.)
    private static readonly CharTable StartChars = new(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => ChineseNumber.IsNumeralChar(c) || c == '百' || IsMaskChar(c)));

    /// <summary>Characters that stand for a masked digit: X, x, ×, *, and the blanks of a template (__%).</summary>
    private static bool IsMaskChar(char c) => c is '*' or '＊' or 'X' or 'x' or 'Ｘ' or '×' or '_' or '＿';

    private static string[]?[] ByFirstChar(IEnumerable<string> measuresInOrder)
    {
        var table = new string[]?[char.MaxValue + 1];
        foreach (var group in measuresInOrder.Where(m => m.Length > 0).GroupBy(m => m[0]))
        {
            table[group.Key] = [.. group]; // GroupBy keeps the order within a group
        }

        return table;
    }

    private static bool IsRunChar(char c) => ChineseNumber.IsNumeralChar(c) && c != '点';

    private static int RunEnd(ReadOnlySpan<char> text, int start)
    {
        var p = start;
        while (p < text.Length)
        {
            var c = text[p];
            if (c is ',' or '，' && p > start && char.IsAsciiDigit(text[p - 1]) && ThreeDigitsFollow(text, p + 1))
            {
                p++;
                continue;
            }

            if (c is '.' or '．' && !(p + 1 < text.Length && char.IsAsciiDigit(text[p + 1]) || p + 1 < text.Length && text[p + 1] is >= '０' and <= '９'))
            {
                break;
            }

            if (!ChineseNumber.IsNumeralChar(c) && c is not '.' and not '．')
            {
                break;
            }

            p++;
        }

        // A trailing 点 belongs to the next word (…达到三点), not to the number.
        while (p > start && text[p - 1] is '点' or '.' or '．')
        {
            p--;
        }

        return p;
    }

    private static bool ThreeDigitsFollow(ReadOnlySpan<char> text, int p) =>
        p + 3 <= text.Length && char.IsAsciiDigit(text[p]) && char.IsAsciiDigit(text[p + 1]) && char.IsAsciiDigit(text[p + 2])
        && (p + 3 == text.Length || !char.IsAsciiDigit(text[p + 3]));

}
