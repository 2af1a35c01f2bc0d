namespace Analytics.Etl.Load;

/// <summary>
/// A fact ready for the warehouse: resolved region, canonical unit, and its lineage inside the
/// source (table row, or character span and evidence sentence, and where the number starts in that
/// sentence). <see cref="OcrLowConfidence"/> is null for a figure read from text, and for one read by
/// OCR says whether Tesseract was unsure of it (table <c>ocr_readings</c>).
/// </summary>
public readonly record struct FactRecord(
    string? RegionCode,
    string? RegionName,
    string Indicator,
    int? Year,
    int? PeriodStart,
    decimal? Value,
    string Unit,
    Qualifier Qualifier,
    FactStatus Status,
    Segment? Segment,
    bool Redacted,
    int? SourceRow,
    int? SpanStart,
    int? SpanEnd,
    string? Evidence,
    bool Synthetic,
    int? EvidenceMark = null,
    bool? OcrLowConfidence = null);
