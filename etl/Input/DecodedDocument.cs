using Analytics.Etl.Extraction;

namespace Analytics.Etl.Input;

/// <summary>
/// A report file turned into text. <see cref="Text"/> is exactly what was decoded, line endings
/// and all (only a byte-order mark is dropped), so character spans index into it directly.
/// <see cref="Encoding"/> is one of utf-8, utf-8-bom, utf-16le, utf-16be, gb18030, docx, pdf,
/// pdf+ocr (some pages were scans) or ocr (an image); <see cref="Sha256"/> is the lower-case hex
/// digest of the raw bytes. <see cref="Confidence"/>, when any of the text was read by OCR, holds
/// Tesseract's confidence (0–100) for each character, -1 where the character came from a text layer.
/// </summary>
public sealed record DecodedDocument(
    string Name, string Path, string Text, string Encoding, string Sha256, long SizeBytes, float[]? Confidence = null)
{
    /// <summary>
    /// Below this Tesseract word confidence a figure is flagged: on the project's own scans misread
    /// figures (1.268 for 1,268; 72.59%4 for 72.5%) scored 53–71, figures read right mostly 80–97.
    /// </summary>
    public const float LowConfidence = 75;

    /// <summary>
    /// Marks the facts whose figure was read by OCR (<c>source_format: ocr</c>), and those among them
    /// where Tesseract was unsure of a character of the figure (<c>low_confidence</c>).
    /// </summary>
    public IReadOnlyList<ExtractedFact> Mark(IReadOnlyList<ExtractedFact> facts)
    {
        if (Confidence is null)
        {
            return facts;
        }

        var marked = new List<ExtractedFact>(facts.Count);
        foreach (var fact in facts)
        {
            var read = Confidence.AsSpan(fact.SpanStart, fact.SpanEnd - fact.SpanStart).ToArray().Where(c => c >= 0).ToList();
            marked.Add(read.Count == 0 ? fact : fact with { SourceFormat = SourceFormat.Ocr, LowConfidence = read.Min() < LowConfidence });
        }

        return marked;
    }
}
