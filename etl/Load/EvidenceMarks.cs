namespace Analytics.Etl.Load;

/// <summary>
/// Where a report fact's number stands inside its evidence sentence. Spans index the decoded
/// document, not the sentence, so the sentence is looked for around the span (it covers the span
/// where the evidence is the document's own wording); where it is a rendering (a Word table row
/// read as a sentence) the number's text is looked for in it and kept only when it occurs once.
/// Null when neither finds it: the review sheet then shows the sentence unmarked.
/// </summary>
internal static class EvidenceMarks
{
    public static int? Find(string? text, int spanStart, int spanEnd, string evidence)
    {
        if (text is null || spanStart < 0 || spanEnd > text.Length || spanEnd <= spanStart || evidence.Length < spanEnd - spanStart)
        {
            return null;
        }

        // The sentence starts at most its own length before the number's end and at the latest where the number starts.
        var from = Math.Max(0, spanEnd - evidence.Length);
        var to = Math.Min(text.Length, spanStart + evidence.Length);
        var at = text.AsSpan(from, to - from).IndexOf(evidence, StringComparison.Ordinal);
        if (at >= 0 && from + at <= spanStart)
        {
            return spanStart - (from + at);
        }

        var number = text.AsSpan(spanStart, spanEnd - spanStart);
        var first = evidence.AsSpan().IndexOf(number, StringComparison.Ordinal);
        return first >= 0 && evidence.AsSpan(first + 1).IndexOf(number, StringComparison.Ordinal) < 0 ? first : null;
    }
}
