namespace Analytics.Etl.Input;

/// <summary>
/// One glyph of a PDF page, or one word Tesseract read from a scan: its text, left and right edge,
/// baseline and size in points (y grows upwards), and Tesseract's confidence (0–100; -1 for a text layer).
/// </summary>
internal readonly record struct PdfGlyph(string Value, double Left, double Right, double Baseline, double Size, float Confidence = -1);

/// <summary>A run of glyphs on one baseline with no gap wider than a cell gap in it; one confidence per character of its text.</summary>
internal sealed record PdfSegment(string Text, double Left, double Right, double Baseline, double Size, float[] Confidence);

/// <summary>
/// A line in reading order. <see cref="FlowLeft"/> and <see cref="FlowRight"/> are the edges of the
/// column (or page body) it stands in, so that a line can be told full (it wraps on) or indented (it
/// starts a paragraph); <see cref="Flow"/> says which column; a table row has its cells between '|'.
/// </summary>
internal sealed record PdfLine(string Text, float[] Confidence, double Left, double Right, double Baseline, double Size, int Page, int Flow, double FlowLeft, double FlowRight, bool Table);

/// <summary>
/// Turns a page's glyphs into lines in reading order: glyphs on one baseline become a row, a gap
/// of more than <see cref="CellGap"/> em splits it into segments, and a run of rows that shares an
/// empty vertical band in the middle of the page is two columns when its left side reads as wrapped
/// text (most of its lines reach the column's right edge), otherwise a table, each row kept as one
/// line with its cells between '|' (the form <c>TextTables</c> reads).
/// </summary>
internal static class PdfLayout
{
    /// <summary>A gap wider than this (in em) is between cells or columns, not between words: justified text stays below it.</summary>
    public const double CellGap = 0.8;

    /// <summary>The same for words Tesseract read: its word boxes stray by half a character or more, so a cell gap is wider.</summary>
    public const double ScanCellGap = 1.6;

    /// <summary>Rows on one page, top first, each a list of segments left to right.</summary>
    public static List<List<PdfSegment>> Rows(IEnumerable<PdfGlyph> glyphs)
    {
        var rows = new List<List<PdfGlyph>>();
        foreach (var g in glyphs.OrderByDescending(g => g.Baseline).ThenBy(g => g.Left))
        {
            // Glyphs of one line share a baseline; a superscript or a mixed font moves it by a fraction of the size.
            if (rows.Count > 0 && Math.Abs(rows[^1][0].Baseline - g.Baseline) <= 0.3 * Math.Max(g.Size, rows[^1][0].Size))
            {
                rows[^1].Add(g);
            }
            else
            {
                rows.Add([g]);
            }
        }

        return [.. rows.Select(Segments).Where(r => r.Count > 0)];
    }

    /// <summary>The page's rows in reading order, columns one after the other.</summary>
    public static IEnumerable<PdfLine> Lines(List<List<PdfSegment>> rows, int page)
    {
        if (rows.Count == 0)
        {
            yield break;
        }

        var left = rows.Min(r => r[0].Left);
        var right = rows.Max(r => r[^1].Right);

        // A line of text is full when it reaches the page's text edge; a table wider than the text does not move that edge.
        var textRight = rows.Where(r => r.Count == 1).Select(r => r[0].Right).DefaultIfEmpty(right).Max();
        var (middleFrom, middleTo) = (left + 0.25 * (right - left), left + 0.75 * (right - left));
        var i = 0;
        while (i < rows.Count)
        {
            var free = Free(rows[i], middleFrom, middleTo);
            var j = i + 1;
            while (free.Count > 0 && j < rows.Count && Intersect(free, Free(rows[j], middleFrom, middleTo)) is { Count: > 0 } narrower)
            {
                free = narrower;
                j++;
            }

            var zone = rows.GetRange(i, j - i);
            if (free.Count > 0 && zone.Count >= 3 && Columns(zone, free) is var (leftSide, rightSide))
            {
                foreach (var line in Flow(leftSide, page, 1).Concat(Flow(rightSide, page, 2)))
                {
                    yield return line;
                }
            }
            else
            {
                foreach (var line in Flow(zone, page, 0, left, textRight))
                {
                    yield return line;
                }
            }

            i = j;
        }
    }

    /// <summary>The row's text as a string, cells between '|' when it has more than one, and a confidence per character.</summary>
    public static (string Text, float[] Confidence) Text(IReadOnlyList<PdfSegment> row)
    {
        if (row.Count == 1)
        {
            return (row[0].Text, row[0].Confidence);
        }

        var text = new ConfidentText();
        foreach (var s in row)
        {
            text.Append(text.Length == 0 ? "| " : " | ", -1);
            text.Append(s.Text, s.Confidence);
        }

        text.Append(" |", -1);
        return (text.ToString(), text.Confidence());
    }

    private static List<PdfSegment> Segments(List<PdfGlyph> row)
    {
        row.Sort((a, b) => a.Left.CompareTo(b.Left));
        var segments = new List<PdfSegment>();
        var text = new ConfidentText();
        var start = 0;
        for (var k = 0; k < row.Count; k++)
        {
            var g = row[k];
            if (k > start && g.Left - row[k - 1].Right > (g.Confidence < 0 ? CellGap : ScanCellGap) * g.Size && !string.IsNullOrWhiteSpace(row[k - 1].Value))
            {
                Close(segments, text, row, start, k);
                start = k;
            }

            if (string.IsNullOrWhiteSpace(g.Value))
            {
                if (text.Length > 0 && text.Last != ' ')
                {
                    text.Append(" ", -1);
                }

                continue;
            }

            // Western words need a space the PDF may draw as a gap only; Chinese takes none (年 2023 年 is LibreOffice's autospacing).
            if (k > start && text.Length > 0 && text.Last != ' ' && g.Left - row[k - 1].Right > 0.2 * g.Size
                && IsWestern(text.Last) && IsWestern(g.Value[0]))
            {
                text.Append(" ", -1);
            }

            text.Append(g.Value, g.Confidence);
        }

        Close(segments, text, row, start, row.Count);
        return segments;
    }

    private static void Close(List<PdfSegment> segments, ConfidentText text, List<PdfGlyph> row, int start, int end)
    {
        text.TrimEnd();
        var (value, confidence) = (text.ToString(), text.Confidence());
        text.Clear();
        var inked = row.Skip(start).Take(end - start).Where(g => !string.IsNullOrWhiteSpace(g.Value)).ToList();
        if (value.Length > 0 && inked.Count > 0)
        {
            segments.Add(new PdfSegment(value, inked[0].Left, inked[^1].Right, inked[0].Baseline, inked.Max(g => g.Size), confidence));
        }
    }

    private static bool IsWestern(char c) => c < 0x2E80 && !char.IsWhiteSpace(c) && !char.IsPunctuation(c);

    // Columns when the left side reads as wrapped text: most of its lines but the last reach its right edge.
    private static (List<List<PdfSegment>>, List<List<PdfSegment>>)? Columns(List<List<PdfSegment>> zone, List<(double From, double To)> free)
    {
        var widest = free.MaxBy(f => f.To - f.From);
        var gutter = (widest.From + widest.To) / 2;
        var leftSide = zone.Select(r => r.Where(s => s.Right <= gutter).ToList()).Where(r => r.Count > 0).ToList();
        var rightSide = zone.Select(r => r.Where(s => s.Left >= gutter).ToList()).Where(r => r.Count > 0).ToList();
        if (leftSide.Count < 2 || rightSide.Count < 2 || leftSide.Any(r => r.Count > 1))
        {
            return null;
        }

        // A text gutter is a few em wide; a wide empty band is the gap between a table's label and value columns.
        if (widest.To - widest.From > 3 * zone.Max(r => r.Max(s => s.Size)))
        {
            return null;
        }

        var edge = leftSide.Max(r => r[^1].Right);
        var full = leftSide.SkipLast(1).Count(r => r[^1].Right >= edge - 1.5 * r[^1].Size);
        return full * 2 >= leftSide.Count - 1 ? (leftSide, rightSide) : null;
    }

    private static IEnumerable<PdfLine> Flow(List<List<PdfSegment>> rows, int page, int flow, double? left = null, double? right = null)
    {
        var from = left ?? rows.Min(r => r[0].Left);
        var to = right ?? rows.Max(r => r[^1].Right);
        foreach (var r in rows)
        {
            var (text, confidence) = Text(r);
            yield return new PdfLine(text, confidence, r[0].Left, r[^1].Right, r[0].Baseline, r.Max(s => s.Size), page, flow, from, to, r.Count > 1);
        }
    }

    // The stretches of [from, to] no segment of the row covers.
    private static List<(double From, double To)> Free(List<PdfSegment> row, double from, double to)
    {
        var free = new List<(double, double)>();
        var x = from;
        foreach (var s in row)
        {
            if (s.Left > x)
            {
                free.Add((x, Math.Min(s.Left, to)));
            }

            x = Math.Max(x, s.Right);
            if (x >= to)
            {
                break;
            }
        }

        if (x < to)
        {
            free.Add((x, to));
        }

        return [.. free.Where(f => f.Item2 - f.Item1 > 1)];
    }

    private static List<(double From, double To)> Intersect(List<(double From, double To)> a, List<(double From, double To)> b) =>
        [.. a.SelectMany(x => b.Select(y => (From: Math.Max(x.From, y.From), To: Math.Min(x.To, y.To)))).Where(f => f.To - f.From > 1)];
}
