using System.Globalization;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Analytics.Etl.Input;

/// <summary>
/// Reads the text layer of a PDF with PdfPig (Apache-2.0) in reading order (<see cref="PdfLayout"/>):
/// running headers and footers (a line at the same height on two or more pages, digits aside) and
/// page numbers (第 1 页 共 26 页, "- 3 -", 3/26) are dropped, a line that reaches its column's right
/// edge runs on into the next one unless that one is indented or a heading (a word hyphenated at the
/// end of a line is joined), two columns are read one after the other, and a table keeps one line per
/// row with its cells between '|'. A page without a text layer (a scan) is read by <c>scan</c>, when
/// given, into words laid out the same way, and listed in <see cref="PdfPages.Scanned"/>.
/// </summary>
internal static partial class PdfText
{
    /// <param name="scan">Reads a page without a text layer (number, height in points) into words; null leaves it empty.</param>
    /// <param name="progress">Called after each page with (pages done, pages in all).</param>
    public static PdfPages Extract(byte[] bytes, string path, Func<int, double, IReadOnlyList<PdfGlyph>>? scan = null, Action<int, int>? progress = null)
    {
        var pages = new List<List<List<PdfSegment>>>();
        var scanned = new List<int>();
        try
        {
            using var document = PdfDocument.Open(bytes);
            foreach (var page in document.GetPages())
            {
                var glyphs = page.Letters
                    .Where(l => l.TextOrientation == TextOrientation.Horizontal && l.Value.Length > 0)
                    .Select(l => new PdfGlyph(l.Value, l.StartBaseLine.X, l.StartBaseLine.X + Math.Max(l.Width, 0), l.StartBaseLine.Y, l.PointSize > 0 ? l.PointSize : l.BoundingBox.Height))
                    .ToList();
                if (!glyphs.Any(g => !string.IsNullOrWhiteSpace(g.Value)))
                {
                    scanned.Add(page.Number);
                    glyphs = scan is null ? [] : [.. scan(page.Number, page.Height)];
                }

                pages.Add(PdfLayout.Rows(glyphs));
                progress?.Invoke(page.Number, document.NumberOfPages);
            }
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new DocumentReadException(path, null, "is an encrypted PDF (加密的 PDF): it opens only with its password; save an unprotected copy");
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException or DocumentReadException))
        {
            // PdfPig reports a damaged file through whichever exception its parser meets first
            // (PdfDocumentFormatException, InvalidOperationException, IndexOutOfRangeException …).
            throw new DocumentReadException(path, null, "is a damaged PDF (PDF 文件已损坏): " + e.Message);
        }

        var text = Layout(pages);
        return new PdfPages(text.ToString(), scanned.Count > 0 ? text.Confidence() : null, pages.Count, scanned);
    }

    /// <summary>Pages of rows (<see cref="PdfLayout.Rows"/>) as one text: running lines dropped, columns in order, lines run on.</summary>
    public static ConfidentText Layout(List<List<List<PdfSegment>>> pages)
    {
        DropRunningLines(pages);
        return Join([.. pages.SelectMany((rows, i) => PdfLayout.Lines(rows, i + 1))]);
    }

    // Headers, footers and page numbers: the top and bottom two rows of a page, when they are a page
    // number or recur at the same height on another page with only their digits changed.
    private static void DropRunningLines(List<List<List<PdfSegment>>> pages)
    {
        var edges = pages.SelectMany((rows, p) => Edge(rows).Select(r => (Page: p, Row: r))).ToList();
        var drop = new HashSet<List<PdfSegment>>(ReferenceEqualityComparer.Instance);
        foreach (var (page, row) in edges)
        {
            var key = Normalized(row);
            if (PageNumber().IsMatch(key)
                || edges.Any(o => o.Page != page && Math.Abs(o.Row[0].Baseline - row[0].Baseline) <= 3 && Normalized(o.Row) == key))
            {
                drop.Add(row);
            }
        }

        foreach (var rows in pages)
        {
            rows.RemoveAll(drop.Contains);
        }
    }

    private static IEnumerable<List<PdfSegment>> Edge(List<List<PdfSegment>> rows) =>
        rows.Count <= 4 ? rows : rows.Take(2).Concat(rows.TakeLast(2));

    private static string Normalized(List<PdfSegment> row) =>
        Digits().Replace(string.Concat(row.Select(s => s.Text)).Replace(" ", "", StringComparison.Ordinal), "#");

    private static ConfidentText Join(List<PdfLine> lines)
    {
        var pitch = Pitch(lines);
        var text = new ConfidentText();
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            if (k > 0)
            {
                var before = lines[k - 1];
                if (RunsOn(before, line, pitch))
                {
                    if (text.Last == '-' && line.Text[0] is >= 'a' and <= 'z')
                    {
                        text.RemoveLast(); // a word hyphenated at the line's end
                    }
                    else if (char.IsAsciiLetter(text.Last) && char.IsAsciiLetterOrDigit(line.Text[0]))
                    {
                        text.Append(" ", -1);
                    }
                }
                else
                {
                    text.Append("\n", -1);
                }
            }

            text.Append(line.Text, line.Confidence);
        }

        return text;
    }

    // A line runs on into the next when it is full (a line wraps up to two em short of the edge when
    // the next word or a closing mark does not fit), the next is not indented nor a heading, and,
    // within one column, the next follows at the ordinary line distance (wider is a paragraph gap).
    private static bool RunsOn(PdfLine before, PdfLine line, double pitch) =>
        !before.Table && !line.Table
        && before.Right >= before.FlowRight - 2.5 * before.Size
        && line.Left <= line.FlowLeft + 0.5 * line.Size
        && !Heading().IsMatch(line.Text)
        && (before.Page != line.Page || before.Flow != line.Flow || before.Baseline - line.Baseline <= pitch * 1.2);

    // The commonest distance between successive baselines within one column: the line pitch.
    private static double Pitch(List<PdfLine> lines)
    {
        var gaps = lines.Zip(lines.Skip(1))
            .Where(p => p.First.Page == p.Second.Page && p.First.Flow == p.Second.Flow && p.First.Baseline > p.Second.Baseline)
            .Select(p => Math.Round(p.First.Baseline - p.Second.Baseline))
            .ToList();
        return gaps.Count == 0 ? double.MaxValue : gaps.GroupBy(g => g).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    // 第1页共26页, 共26页第1页, -3-, 3, 3/26, Page 3 of 26, 第三页 (spaces already removed, digits as #).
    [GeneratedRegex(@"^(第#页(共#页)?|共#页第#页|[-—–]?#[-—–]?|#/#|(?i:page)#((?i:of)#)?|第[一二三四五六七八九十百]+页)$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    // 一、 （一） (1) 1. 1、 第一章 — but not 1.5万 (a figure wrapped to the start of a line).
    [GeneratedRegex(@"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、](?!\d)|第[一二三四五六七八九十]+[章节部分条])")]
    private static partial Regex Heading();
}

/// <summary>
/// A PDF's text in reading order, with a confidence per character when any page was a scan (see
/// <see cref="ConfidentText"/>), its page count, and the pages (1-based) that have no text layer.
/// </summary>
internal sealed record PdfPages(string Text, float[]? Confidence, int Count, IReadOnlyList<int> Scanned)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Count} pages, {Scanned.Count} without text");
}
