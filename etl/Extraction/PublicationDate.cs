using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Analytics.Etl.Extraction;

/// <summary>
/// The year a page was published, where the page shows its date: a metadata line near the top
/// ("发布时间:2024-12-06", "日期:2016-06-14 23:39", "发表于 2013-12-24"), a date standing alone
/// ("2021-11-19 15:59:48", "17.02.2016 11:01", "2021年01月06日 17:28"), or, failing those, the dates of the links at the
/// foot of a news page ("…2023-12-22", in its last 2,000 characters). It is what 今年 and 去年 count from in a news item; a date
/// written in words inside a sentence (2月14日) is an event, not a publication.
/// </summary>
internal static partial class PublicationDate
{
    private const int HeadLines = 25;

    // How far from the end a page's link list reaches.
    private const int FootChars = 2000;

    public static int? Year(string text)
    {
        // The opening lines first: a page states its own date above its text.
        var headEnd = HeadEnd(text);
        var head = text.AsSpan(0, headEnd);
        if (FirstNumericDate(head) is { } year)
        {
            return year;
        }

        // Dates written in words count only on a line that says it gives the page's date.
        if (head.Contains('日') && head.ContainsAny(MetadataLeads) && WordsDateFrom(head) is var from and >= 0)
        {
            var m = WordsDateOnMetadataLine().Match(text, from, headEnd - from);
            if (m.Success)
            {
                return int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
            }
        }

        // The dates of a news page's links, at its foot: 2023-12-22.
        return FirstNumericDate(text.AsSpan(Math.Max(headEnd, text.Length - FootChars)));
    }

    private static readonly SearchValues<char> MetadataLeads = SearchValues.Create("发日时来");

    // WordsDateOnMetadataLine's matches each hold a date 2021年1月21日 and either one of its lead words
    // (发布, 日期, 时间, 发表, 来源) at most 22 characters before the year, a clock time right after the 日, or the
    // page's source, author or editor at most 12 characters after it (SourceAfter looks a little further).
    // Where no date of the text has a first character of a lead word before it or a digit after it, there is no
    // match; otherwise none starts before the earliest such place, and the regex need look only from there
    // (it has no anchors or lookarounds, so the text before cannot change what it finds). -1: no match.
    private static int WordsDateFrom(ReadOnlySpan<char> head)
    {
        var from = -1;
        for (var j = head.IndexOf('年'); j >= 0;)
        {
            if (WordsDateEnd(head, j) is var end and > 0)
            {
                var year = j - 4;
                var lead = Math.Max(0, year - 22);
                var candidate = head[lead..year].ContainsAny(MetadataLeads) ? lead : TimeAfter(head, end) || SourceAfter(head, end) ? year : -1;
                from = candidate >= 0 && (from < 0 || candidate < from) ? candidate : from;
            }

            var next = head[(j + 1)..].IndexOf('年');
            j = next < 0 ? -1 : j + 1 + next;
        }

        return from;
    }

    // The end of the date (?:19|20)\d{2}年\d{1,2}月\d{1,2}日 whose 年 stands at j, or -1.
    private static int WordsDateEnd(ReadOnlySpan<char> text, int j)
    {
        if (j < 4 || !(text[j - 4] == '1' && text[j - 3] == '9' || text[j - 4] == '2' && text[j - 3] == '0')
            || !char.IsDigit(text[j - 2]) || !char.IsDigit(text[j - 1]))
        {
            return -1;
        }

        var month = DigitsThen(text, j + 1, '月');
        return month < 0 ? -1 : DigitsThen(text, month, '日');
    }

    // One or two digits (\d, any decimal digit) from `at` and then `unit`: the index after the unit, or -1.
    private static int DigitsThen(ReadOnlySpan<char> text, int at, char unit)
    {
        if (at >= text.Length || !char.IsDigit(text[at]))
        {
            return -1;
        }

        var p = at + 1 < text.Length && char.IsDigit(text[at + 1]) ? at + 2 : at + 1;
        return p < text.Length && text[p] == unit ? p + 1 : -1;
    }

    // The page's source, author or editor named on the line within a few characters after a date
    // ("2016年03月25日 来源:广西日报").
    private static bool SourceAfter(ReadOnlySpan<char> text, int at)
    {
        var rest = text[at..Math.Min(text.Length, at + SourceReach)];
        var line = rest.IndexOf('\n');
        rest = line < 0 ? rest : rest[..line];
        return rest.Contains("来源", StringComparison.Ordinal) || rest.Contains("作者", StringComparison.Ordinal) || rest.Contains("编辑", StringComparison.Ordinal);
    }

    private const int SourceReach = 14;

    // White space on the line, then a digit: where a clock time (17:28) may follow a date.
    private static bool TimeAfter(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]) && text[at] != '\n')
        {
            at++;
        }

        return at < text.Length && char.IsDigit(text[at]);
    }

    private static readonly SearchValues<char> DateSeparators = SearchValues.Create("-/.");

    // The first numeric date of the text, looked for only around its separators (most text has few
    // '-', '/' and '.'), each window checked with the full pattern.
    private static int? FirstNumericDate(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAny(DateSeparators); i >= 0;)
        {
            // A date holds its first separator at most 4 characters in (2024-, 17.).
            var from = Math.Max(0, i - 5);
            var window = text[from..Math.Min(text.Length, i + 12)];
            foreach (var m in NumericDate().EnumerateMatches(HasSeparatorPair(window) ? window : []))
            {
                var match = window.Slice(m.Index, m.Length);
                var y = char.IsAsciiDigit(match[2]) && char.IsAsciiDigit(match[3]) ? match[..4] : match[^4..];
                return int.Parse(y, NumberStyles.None, CultureInfo.InvariantCulture);
            }

            var next = text[(i + 1)..].IndexOfAny(DateSeparators);
            i = next < 0 ? -1 : i + 1 + next;
        }

        return null;
    }

    /// <summary>Whether <paramref name="line"/> holds a numeric date (2024-12-06, 12/03/2021).</summary>
    public static bool HasNumericDate(ReadOnlySpan<char> line) => FirstNumericDate(line) is not null;

    // Every date NumericDate reads has two separators with its month, one or two digits, between them: a
    // window without such a pair ("4,321.5万元", the point of a figure) holds no date.
    private static bool HasSeparatorPair(ReadOnlySpan<char> window)
    {
        for (var j = window.IndexOfAny(DateSeparators); j >= 0 && j + 2 < window.Length;)
        {
            if (DateSeparators.Contains(window[j + 2]) || (j + 3 < window.Length && DateSeparators.Contains(window[j + 3])))
            {
                return true;
            }

            var next = window[(j + 1)..].IndexOfAny(DateSeparators);
            j = next < 0 ? -1 : j + 1 + next;
        }

        return false;
    }

    private static int HeadEnd(string text)
    {
        var end = 0;
        for (var i = 0; i < HeadLines && end < text.Length; i++)
        {
            var next = text.IndexOf('\n', end);
            end = next < 0 ? text.Length : next + 1;
        }

        return end;
    }

    // 2024-12-06, 2023/05/22, 2016.06.14 (a month and day that can be a date), or a day and month before the
    // year, either way round (17.02.2016, 12/03/2021, 03-12-2021): only the year is read.
    [GeneratedRegex(@"(?<![\d.])(?:(?<y>(?:19|20)\d{2})[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])(?<s>[-/.])(?:0?[1-9]|[12]\d|3[01])\k<s>(?<y>(?:19|20)\d{2}))(?![\d.])")]
    private static partial Regex NumericDate();

    // "发布日期：2023年5月22日", "时间:2021年1月21日" on a line that says it is the page's date, a date with the
    // clock time after it ("2021年01月06日 17:28  |  来源:…"), or with the page's source or author right after it
    // ("2016年03月25日 来源:广西日报").
    [GeneratedRegex(@"(?:发布|日期|时间|发表|来源)[^\n]{0,20}?(?<y>(?:19|20)\d{2})年\d{1,2}月\d{1,2}日|(?<y>(?:19|20)\d{2})年\d{1,2}月\d{1,2}日[^\S\n]*\d{1,2}[:：]\d{2}|(?<y>(?:19|20)\d{2})年\d{1,2}月\d{1,2}日[^\n]{0,12}?(?:来源|作者|编辑)")]
    private static partial Regex WordsDateOnMetadataLine();
}
