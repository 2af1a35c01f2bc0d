using Analytics.Etl.Extraction;
using Analytics.Warehouse.Catalog;

namespace Analytics.Etl.Load;

/// <summary>
/// Checks an extracted fact against the catalog and the regions dimension. An unknown indicator
/// or a unit other than the indicator's canonical one is refused; an unresolvable region is kept
/// with its name and no code, so that <c>check</c> can list it and nothing the report says is lost.
/// </summary>
public sealed class ReportFactMapper(IndicatorCatalog catalog, RegionLookup regions)
{
    /// <param name="text">The decoded document the spans index, to find the number inside its evidence; null leaves it unmarked.</param>
    public (FactRecord Fact, Rejection? Rejection) Map(ExtractedFact fact, bool synthetic, string? text = null)
    {
        if (!catalog.TryGet(fact.Indicator, out var ind))
        {
            return Refuse(fact, $"unknown indicator '{fact.Indicator}'");
        }

        if (fact.Unit != ind.Unit)
        {
            return Refuse(fact, $"unit '{fact.Unit}' is not {ind.Code}'s canonical unit {ind.Unit}");
        }

        if (fact.Value is < 0 or > 999_999_999_999m)
        {
            return Refuse(fact, $"value {fact.Value} is out of range");
        }

        if (fact.Year is < Cells.FirstYear or > Cells.LastYear)
        {
            return Refuse(fact, $"year {fact.Year} is outside {Cells.FirstYear}-{Cells.LastYear}");
        }

        string? code = null;
        if (fact.RegionCode is { } given && regions.ByCode(given) is not null)
        {
            code = given;
        }
        else if (fact.Region is { } name)
        {
            code = regions.Resolve(name).Region?.Code;
        }

        var segment = fact.Segment;
        return (new FactRecord(
            code, fact.Region, ind.Code, fact.Year, fact.PeriodStart ?? fact.Year,
            fact.Value is { } v ? decimal.Round(v, 6) : null, ind.Unit,
            fact.Qualifier, fact.Status, segment, fact.Redacted, null, fact.SpanStart, fact.SpanEnd, fact.Evidence, synthetic,
            EvidenceMarks.Find(text, fact.SpanStart, fact.SpanEnd, fact.Evidence),
            fact.SourceFormat == SourceFormat.Ocr ? fact.LowConfidence : null), null);
    }

    private static (FactRecord, Rejection?) Refuse(ExtractedFact fact, string reason) =>
        (default, Rejection.AtOffset(fact.SpanStart, reason, fact.Evidence));
}
