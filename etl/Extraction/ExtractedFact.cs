namespace Analytics.Etl.Extraction;

/// <summary>
/// One statistic read from a report, in the indicator's canonical unit, with the exact
/// characters it came from. Serialised as one JSON Lines object by <see cref="FactJson"/>
/// following shared/spec/extract-format.md.
/// </summary>
public sealed record ExtractedFact(
    string Document,
    string? Region,
    string? RegionCode,
    Segment? Segment,
    string Indicator,
    decimal? Value,
    string Unit,
    int? Year,
    int? PeriodStart,
    Qualifier Qualifier,
    FactStatus Status,
    bool Redacted,
    int SpanStart,
    int SpanEnd,
    string Evidence)
{
    /// <summary>How the figure's characters were read: from text (any text layer) or by OCR from a scan.</summary>
    public SourceFormat SourceFormat { get; init; }

    /// <summary>OCR only: Tesseract's confidence in a character of the figure was low; review it first.</summary>
    public bool LowConfidence { get; init; }
}

/// <summary>Where a fact's characters came from; <c>source_format</c> in the JSON Lines output.</summary>
public enum SourceFormat
{
    Text,
    Ocr,
}
