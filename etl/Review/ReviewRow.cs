namespace Analytics.Etl.Review;

/// <summary>
/// One reading of the review sheet: the fact's key, what the extractor read (region, indicator,
/// year, status, segment, value in the canonical unit), the document, the sentence with where the
/// number stands in it, and the verdict in force if there is one (<see cref="Current"/>).
/// </summary>
public sealed record ReviewRow(
    string FactKey,
    string? RegionCode,
    string? Region,
    string Indicator,
    string IndicatorName,
    int? Year,
    FactStatus Status,
    Segment? Segment,
    decimal? Value,
    string UnitName,
    string Document,
    string Evidence,
    int? Mark,
    int MarkLength,
    string? Current)
{
    /// <summary>The sentence in three parts around the number, or null when the load could not place it.</summary>
    public (string Before, string Number, string After)? Marked =>
        Mark is { } at && at >= 0 && MarkLength > 0 && at + MarkLength <= Evidence.Length
            ? (Evidence[..at], Evidence.Substring(at, MarkLength), Evidence[(at + MarkLength)..])
            : null;

    /// <summary>The sentence as plain text with the number in 【】, as the CSV and the loader's reports write it.</summary>
    public string MarkedText => Marked is var (before, number, after) ? $"{before}【{number}】{after}" : Evidence;
}
