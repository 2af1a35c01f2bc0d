using System.Buffers;

namespace Analytics.Etl.Extraction;

/// <summary>
/// A report's text rebuilt into paragraphs and headings, with every character mapped back to
/// its offset in the decoded original. Reports arrive hard-wrapped (a column of 16 characters,
/// a number split from its measure word by a blank line: "中心1\n\n家") and with spaces between
/// characters ("社 会 组 织", "1.2 万元"); both are undone here so that sentences read whole.
/// </summary>
public sealed partial class TextLayout
{
    // The map back to the original, kept as runs: the characters of a cleaned line are copied in
    // stretches that each keep one distance to their original offsets, so only the first rebuilt
    // index of each stretch and its original offset are stored (a few per line, not an int per character).
    private readonly int[] runStarts;
    private readonly int[] runOriginals;
    private readonly int originalLength;

    private TextLayout(string text, int[] runStarts, int[] runOriginals, int originalLength, IReadOnlyList<Block> blocks)
    {
        Text = text;
        this.runStarts = runStarts;
        this.runOriginals = runOriginals;
        this.originalLength = originalLength;
        Blocks = blocks;
    }

    /// <summary>Whether the original was written in traditional script (and <see cref="Text"/> is folded to simplified).</summary>
    public bool IsTraditional { get; private init; }

    /// <summary>The rebuilt text: blocks joined by '\n'.</summary>
    public string Text { get; }

    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>Offset in the original text of the character at <paramref name="index"/> of <see cref="Text"/>.</summary>
    public int ToOriginal(int index)
    {
        if (index >= Text.Length)
        {
            return originalLength;
        }

        // The last run starting at or before index (the first run starts at 0).
        int low = 0, high = runStarts.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) >>> 1;
            if (runStarts[mid] <= index)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return runOriginals[low] + (index - runStarts[low]);
    }

    /// <summary>Original span [start, end) of the rebuilt span [start, end).</summary>
    public (int Start, int End) ToOriginalSpan(int start, int end) =>
        (ToOriginal(start), end > start ? ToOriginal(end - 1) + 1 : ToOriginal(start));

    public static TextLayout Build(string original) => Build(original, new Scratch());

    /// <summary>
    /// The lists one build works in (the cleaned lines, the blocks, the runs of the map), kept by the
    /// caller and cleared rather than allocated for each document.
    /// </summary>
    internal sealed class Scratch
    {
        internal List<Line> Lines { get; } = [];

        internal List<Block> Blocks { get; } = [];

        internal List<int> RunStarts { get; } = [];

        internal List<int> RunOriginals { get; } = [];
    }

    internal static TextLayout Build(string original, Scratch scratch)
    {
        // Cleaned lines live side by side in one buffer, each character with its original offset.
        // Scratch buffers of the original's length (the rebuilt text is never longer), rented.
        var chars = ArrayPool<char>.Shared.Rent(original.Length);
        var offsets = ArrayPool<int>.Shared.Rent(original.Length);
        var text = ArrayPool<char>.Shared.Rent(original.Length);
        var map = ArrayPool<int>.Shared.Rent(original.Length);
        try
        {
            return Build(original, chars, offsets, text, map, scratch);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<int>.Shared.Return(offsets);
            ArrayPool<char>.Shared.Return(text);
            ArrayPool<int>.Shared.Return(map);
        }
    }

    private static TextLayout Build(string original, char[] chars, int[] offsets, char[] text, int[] map, Scratch scratch)
    {
        var lines = SplitLines(original, chars, offsets, scratch.Lines);
        var length = 0;
        var blocks = scratch.Blocks;
        blocks.Clear();
        var blockStart = -1;
        var previousRow = false;
        var previousShortRow = false; // a short row ends its block: what follows is the next row or a paragraph
        var previousStamp = false; // the line above was a dateline: a headline may follow it

        void Close(bool heading)
        {
            if (blockStart >= 0 && length > blockStart)
            {
                blocks.Add(new Block(blockStart, length, heading));
            }

            blockStart = -1;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            var lineChars = chars.AsSpan(line.Start, line.Length);
            var heading = IsHeadingLike(chars, lines, i, previousStamp);
            var row = IsRow(lineChars);
            var stamp = IsStamp(lineChars) || lineChars.StartsWith("原标题", StringComparison.Ordinal);
            previousStamp = stamp;
            var continues = blockStart >= 0 && !heading && !stamp && !Lexicon.StartsWithEnumerator(lineChars) && !OpensNewsItem(lineChars)
                && !Lexicon.EndsSentence(text.AsSpan(blockStart, length - blockStart))
                && !(row && previousRow) && !previousShortRow;
            previousRow = row;
            previousShortRow = (row && line.Length <= ShortRow) || stamp;
            if (!continues)
            {
                Close(heading: false);
                if (length > 0)
                {
                    // One '\n' stands for the line break(s) before this line; there was at least one.
                    text[length] = '\n';
                    map[length] = offsets[line.Start];
                    length++;
                }

                blockStart = length;
            }

            lineChars.CopyTo(text.AsSpan(length));
            offsets.AsSpan(line.Start, line.Length).CopyTo(map.AsSpan(length));
            length += line.Length;
            if (heading)
            {
                Close(heading: true);
            }
        }

        Close(heading: false);
        var traditional = TraditionalScript.IsTraditional(original);
        if (traditional)
        {
            TraditionalScript.Fold(text.AsSpan(0, length)); // one character for one: the map stays as it is
        }

        var (runStarts, runOriginals) = Runs(map.AsSpan(0, length), scratch);
        return new TextLayout(new string(text, 0, length), runStarts, runOriginals, original.Length, [.. blocks]) { IsTraditional = traditional };
    }

    // The stretches of map where each offset is one past the one before, found in one pass into the
    // scratch lists, then copied out at their exact size.
    private static (int[] Starts, int[] Originals) Runs(ReadOnlySpan<int> map, Scratch scratch)
    {
        var (starts, originals) = (scratch.RunStarts, scratch.RunOriginals);
        starts.Clear();
        originals.Clear();
        var expected = -1;
        for (var i = 0; i < map.Length; i++)
        {
            if (map[i] != expected)
            {
                starts.Add(i);
                originals.Add(map[i]);
            }

            expected = map[i] + 1;
        }

        return ([.. starts], [.. originals]);
    }

    // A row of a table written as text, "低保对象：12463人，同比下降3.2%": a short label, a colon, a figure.
    // Two such lines in a row are two rows, not one sentence hard-wrapped, though neither ends in punctuation.
    private static bool IsRow(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOfAny('：', ':');
        return colon is >= 2 and <= 12
            && line[..colon].IndexOfAny(RowLabelBreaks) < 0
            && line[(colon + 1)..].ContainsAnyInRange('0', '9');
    }

    private const int ShortRow = 30;

    // A news page's dateline, "重庆日报  2018-12-21 13:39:11", "Posted on 12/03/2021 by admin": a line of its own,
    // never the end of the title above it or the start of the text below. A time (13:39) on a short line that
    // also holds a year, a numeric date, or a date in words beside the page's source or author.
    private static bool IsStamp(ReadOnlySpan<char> line)
    {
        if (line.Length > 60)
        {
            return false;
        }

        if (PublicationDate.HasNumericDate(line))
        {
            return true;
        }

        // "2016年03月25日 来源:广西日报 作者:…": a date written in words beside the page's source or author.
        if ((line.Contains("来源", StringComparison.Ordinal) || line.Contains("作者", StringComparison.Ordinal) || line.Contains("编辑", StringComparison.Ordinal))
            && line.Contains('日') && WrittenDate().IsMatch(line))
        {
            return true;
        }

        var colon = line.IndexOf(':');
        if (colon < 1 || colon + 2 >= line.Length || !char.IsAsciiDigit(line[colon - 1]) || !char.IsAsciiDigit(line[colon + 1]) || !char.IsAsciiDigit(line[colon + 2]))
        {
            return false;
        }

        var year = line.IndexOf("20", StringComparison.Ordinal);
        return year >= 0 && year + 4 < line.Length && char.IsAsciiDigit(line[year + 2]) && char.IsAsciiDigit(line[year + 3]) && line[year + 4] is '-' or '年' or '/' or '.';
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")]
    private static partial System.Text.RegularExpressions.Regex WrittenDate();

    // "本报讯（记者 …）…", "记者近日从…获悉": the first line of a news item's text, never the end of its title.
    private static bool OpensNewsItem(ReadOnlySpan<char> line) => Lexicon.StartsWithAny(line, NewsLeads);

    private static readonly string[] NewsLeads = ["本报讯", "本网讯", "本台讯", "本刊讯", "讯（", "讯(", "记者从", "记者近日", "记者日前", "记者获悉", "记者了解到"];

    private static readonly SearchValues<char> RowLabelBreaks = SearchValues.Create("，。、；,;0123456789");

    // A short line standing alone with no closing punctuation is a heading or a photo caption;
    // a short line inside a run of lines is a hard-wrapped piece of a sentence.
    private static bool IsHeadingLike(char[] buffer, List<Line> lines, int i, bool afterStamp)
    {
        var chars = buffer.AsSpan(lines[i].Start, lines[i].Length);
        if (chars.Length > 40 || Lexicon.IsTerminal(chars[^1]) || chars[^1] == '，' || chars[^1] == ','
            || chars[..^1].IndexOfAny('。', '！', '？') >= 0)
        {
            return false;
        }

        if (Lexicon.StartsWithEnumerator(chars))
        {
            return true;
        }

        var previous = Neighbour(lines, i, -1);
        var next = Neighbour(lines, i, +1);
        var standsAfter = previous is null || previous.Value.Length == 0 || Lexicon.IsTerminal(buffer[previous.Value.Start + previous.Value.Length - 1])
            || afterStamp;
        var standsBefore = next is null || next.Value.Length == 0;
        return standsAfter && (standsBefore || IsTitle(chars) || IsHeadline(chars, lines, i, next));
    }

    // "我市上调城乡低保标准" above "日前，市民政局…": the first line of a page, short and far shorter than the line
    // after it, is its headline (a hard-wrapped first line is as long as the lines after it). A headline with a
    // figure in it is read with the text below it, as headings are not.
    private static bool IsHeadline(ReadOnlySpan<char> chars, List<Line> lines, int i, Line? next)
    {
        if (chars.Length > 30 || next is not { } after || after.Length < chars.Length * 2 || chars.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        for (var j = 0; j < i; j++)
        {
            if (lines[j].Length > 0)
            {
                return false;
            }
        }

        return true;
    }

    // "2023年某区民政局工作总结" straight above its first paragraph: a line that names a kind of document
    // is its title, though no blank line sets it apart.
    private static bool IsTitle(ReadOnlySpan<char> line) => line.IndexOfAny('，', ',') < 0 && Lexicon.EndingIn(line, TitleEnds) is not null;

    private static readonly string[] TitleEnds = ["总结", "汇报", "报告", "要点", "计划", "公报", "通报", "情况", "總結", "匯報", "報告", "要點", "計劃", "通報", "情況"];

    private static Line? Neighbour(List<Line> lines, int i, int step)
    {
        var j = i + step;
        return j < 0 || j >= lines.Count ? null : lines[j];
    }

    /// <summary>A cleaned line: [Start, Start + Length) of the shared character and offset buffers.</summary>
    internal readonly record struct Line(int Start, int Length);

    // Full-width digits, point and percent read as their ASCII forms ("２０２１年", "９５％"), one
    // character for one, so offsets still map back to the original.
    private static char Narrow(char c) => c switch
    {
        >= '０' and <= '９' => (char)('0' + (c - '０')),
        '．' => '.',
        '％' => '%',
        _ => c,
    };

    private static List<Line> SplitLines(string original, char[] chars, int[] offsets, List<Line> lines)
    {
        lines.Clear();
        var start = 0;
        var used = 0;
        while (start <= original.Length)
        {
            var end = original.IndexOf('\n', start);
            if (end < 0)
            {
                end = original.Length;
            }

            var line = Clean(original, start, end, chars, offsets, used);
            lines.Add(line);
            used += line.Length;
            start = end + 1;
        }

        return lines;
    }

    // Whitespace survives only between two ASCII letters or digits ("5A 级" keeps none,
    // "Analytics test" keeps one); everything else is layout.
    private static Line Clean(string s, int start, int end, char[] chars, int[] offsets, int at)
    {
        var n = 0;
        var groupedAt = -1;
        for (var i = start; i < end; i++)
        {
            // Most characters stay as they are: copy each stretch of them at once, up to the next one
            // that Clean changes or drops (white space, a BOM, a full-width digit, point or percent).
            var stretch = Rewritten.IndexOfAny(s.AsSpan(i, end - i));
            var length = stretch < 0 ? end - i : stretch;
            if (length > 0)
            {
                s.AsSpan(i, length).CopyTo(chars.AsSpan(at + n));
                var slots = offsets.AsSpan(at + n, length);
                for (var k = 0; k < slots.Length; k++)
                {
                    slots[k] = i + k;
                }

                n += length;
                i += length;
                if (i >= end)
                {
                    break;
                }
            }

            var c = s[i];
            if (c == '\uFEFF')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                var j = i;
                while (j < end && char.IsWhiteSpace(s[j]))
                {
                    j++;
                }

                if (n > 0 && j < end && DigitGroupFollows(chars.AsSpan(at, n), s.AsSpan(j, end - j), groupedAt))
                {
                    groupedAt = n; // "1 326户": a thousands space goes, as a comma would
                }
                else if (n > 0 && j < end && char.IsAsciiLetterOrDigit(chars[at + n - 1]) && char.IsAsciiLetterOrDigit(s[j]))
                {
                    chars[at + n] = ' ';
                    offsets[at + n] = i;
                    n++;
                }

                i = j - 1;
                continue;
            }

            chars[at + n] = Narrow(c);
            offsets[at + n] = i;
            n++;
        }

        LettersForDigits(chars.AsSpan(at, n));
        ChineseYears(chars.AsSpan(at, n));
        OcrConfusions(chars.AsSpan(at, n));
        n = DropPinyin(chars.AsSpan(at, n), offsets.AsSpan(at, n));
        return new Line(at, n);
    }

    // "1 326户", "2 518人", "1 856.3 万元": thousands set apart by a space, as some typesetting and OCR leave
    // them. Only where the figure ends in a unit: figures in columns ("3256 3018", "21 230") stay apart.
    private static bool DigitGroupFollows(ReadOnlySpan<char> before, ReadOnlySpan<char> after, int groupedAt)
    {
        var lead = before.Length - before.LastIndexOfAnyExceptInRange('0', '9') - 1;
        var leadOk = groupedAt >= 0 && before.Length - groupedAt == 3 && lead >= 3
            || lead is >= 1 and <= 3 && (lead == before.Length || !char.IsAsciiLetter(before[^(lead + 1)]));
        if (!leadOk)
        {
            return false;
        }

        var p = 0;
        while (true)
        {
            // A digit OCR read as a letter ("3 O56户") counts: LettersForDigits turns it back once the line is built.
            if (after.Length < p + 3 || !DigitLike(after[p]) || !DigitLike(after[p + 1]) || !DigitLike(after[p + 2])
                || (after.Length > p + 3 && DigitLike(after[p + 3])))
            {
                return false;
            }

            p += 3;
            var gap = p;
            while (gap < after.Length && after[gap] == ' ')
            {
                gap++;
            }

            if (gap == p || gap + 3 > after.Length || !DigitLike(after[gap]))
            {
                break;
            }

            p = gap; // a further group: "1 326 581户"
        }

        if (p + 1 < after.Length && after[p] == '.' && char.IsAsciiDigit(after[p + 1]))
        {
            p += 2;
            while (p < after.Length && char.IsAsciiDigit(after[p]))
            {
                p++;
            }
        }

        while (p < after.Length && char.IsWhiteSpace(after[p]))
        {
            p++;
        }

        return p < after.Length && (after[p] is >= '\u4e00' and <= '\u9fff' or '%' or '％');
    }

    // OCR reads 0 as O and 1 as l or I: "2O22年", "特困供养人员l,024人", "养老机构l8家". A letter that touches a
    // digit (or a thousands comma before one) and no other letter is the digit.
    private static void LettersForDigits(Span<char> line)
    {
        for (var i = line.IndexOfAny(DigitLookalikes); i >= 0;)
        {
            var left = i > 0 ? line[i - 1] : ' ';
            var right = i + 1 < line.Length ? line[i + 1] : ' ';
            var touchesDigit = char.IsAsciiDigit(left) || char.IsAsciiDigit(right)
                || (right == ',' && i + 2 < line.Length && char.IsAsciiDigit(line[i + 2]));
            if (touchesDigit && !char.IsAsciiLetter(left) && !char.IsAsciiLetter(right))
            {
                line[i] = line[i] is 'O' or 'o' ? '0' : '1';
            }

            var next = line[(i + 1)..].IndexOfAny(DigitLookalikes);
            i = next < 0 ? -1 : i + 1 + next;
        }
    }

    private static readonly SearchValues<char> DigitLookalikes = SearchValues.Create("OolI");

    private static bool DigitLike(char c) => char.IsAsciiDigit(c) || DigitLookalikes.Contains(c);

    // Characters that OCR of a scanned report reads for a similar glyph, and the word each belongs to:
    // 救劣 is 救助, 月仹 is 月份, 启劢 is 启动. Replaced in place, one character for one.
    private static void OcrConfusions(Span<char> line)
    {
        if (line.IndexOfAny(OcrMisreads) < 0)
        {
            return; // almost every line
        }

        for (var i = 1; i < line.Length; i++)
        {
            line[i] = (line[i - 1], line[i]) switch
            {
                ('救', '劣') => '助',
                ('月', '仹') => '份',
                ('启', '劢') => '动',
                _ => line[i],
            };
        }
    }

    private static readonly SearchValues<char> OcrMisreads = SearchValues.Create("劣仹劢");

    // Re-posting sites annotate characters with their reading: "結(jié)婚登記", "指標(biāo)". A bracket
    // right after a Han character that holds only Latin letters, at least one with a tone mark, is such
    // an annotation and is dropped (its characters and their offsets), so that 結婚登記 reads whole.
    private static int DropPinyin(Span<char> line, Span<int> offsets)
    {
        // Every tone mark lies in U+00E0…U+01DC: a vectorised range test rules out almost every line
        // before the search for the marks themselves.
        if (!line.ContainsAnyInRange('\u00E0', '\u01DC') || line.IndexOfAny(ToneMarks) < 0)
        {
            return line.Length; // almost every line
        }

        var n = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] is '(' or '（' && i > 0 && line[i - 1] is >= '\u3400' and <= '\u9fff' && PinyinEnd(line, i + 1) is var end and > 0)
            {
                i = end; // past the closing bracket
                continue;
            }

            line[n] = line[i];
            offsets[n] = offsets[i];
            n++;
        }

        return n;
    }

    // The index of the ')' closing a reading that starts at from, or -1.
    private static int PinyinEnd(ReadOnlySpan<char> line, int from)
    {
        var toned = false;
        for (var j = from; j < line.Length && j - from <= 8; j++)
        {
            var c = line[j];
            if (c is ')' or '）')
            {
                return toned && j > from ? j : -1;
            }

            var isTone = ToneMarks.Contains(c);
            if (!isTone && !char.IsAsciiLetterLower(c))
            {
                return -1;
            }

            toned |= isTone;
        }

        return -1;
    }

    private static readonly SearchValues<char> ToneMarks = SearchValues.Create("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ");

    // Every character Clean does not copy as it is: white space, the BOM, and what Narrow folds.
    private static readonly CharTable Rewritten = new(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c == '\uFEFF' || char.IsWhiteSpace(c) || Narrow(c) != c));

    // "二〇二二年" is written digit by digit: four characters for four digits, so it reads as
    // "2022年" in place without moving any offset.
    private static void ChineseYears(Span<char> line)
    {
        if (!line.ContainsAny('〇', '零', '○') || !ChineseYear().IsMatch(line))
        {
            return; // 零 is mostly a digit of 一百零五 or a word (零星): no year, no string to build
        }

        var replaced = ChineseYear().Replace(line.ToString(), m =>
        {
            var digits = m.Value.AsSpan(0, 4);
            Span<char> ascii = stackalloc char[4];
            for (var i = 0; i < 4; i++)
            {
                ascii[i] = (char)('0' + "〇一二三四五六七八九".IndexOf(digits[i] is '零' or '○' ? '〇' : digits[i], StringComparison.Ordinal));
            }

            return new string(ascii) + "年";
        });
        replaced.AsSpan().CopyTo(line); // one character for one: the length is unchanged
    }

    [System.Text.RegularExpressions.GeneratedRegex("[一二][〇零○][〇零○一二三四五六七八九]{2}年")]
    private static partial System.Text.RegularExpressions.Regex ChineseYear();
}

/// <summary>A paragraph or a heading of the rebuilt text, as [Start, End) offsets into it.</summary>
public readonly record struct Block(int Start, int End, bool IsHeading);
