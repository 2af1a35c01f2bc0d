using Analytics.Warehouse;
using Analytics.Warehouse.Catalog;

namespace Analytics.Etl.Load;

/// <summary>
/// Reads rows of the structured-statistics template (see etl/Load/README.md): region (code or
/// name), indicator (code or Chinese name), year, value, unit; optional status, segment,
/// qualifier, period_start, synthetic. Pure: no database, so every rule is testable alone.
/// </summary>
public sealed class StatisticsParser
{
    private readonly IndicatorCatalog catalog;
    private readonly RegionLookup regions;
    private readonly Dictionary<string, Indicator> byName;
    private readonly int region;
    private readonly int indicator;
    private readonly int year;
    private readonly int value;
    private readonly int unit;
    private readonly int status;
    private readonly int segment;
    private readonly int qualifier;
    private readonly int periodStart;
    private readonly int synthetic;

    public StatisticsParser(IndicatorCatalog catalog, RegionLookup regions, TableHeader header)
    {
        this.catalog = catalog;
        this.regions = regions;
        byName = catalog.Indicators.ToDictionary(i => i.NameZh, StringComparer.Ordinal);
        region = header.IndexOfAny("region", "region_code", "region_name");
        indicator = header.IndexOf("indicator");
        year = header.IndexOf("year");
        value = header.IndexOf("value");
        unit = header.IndexOf("unit");
        status = header.IndexOf("status");
        segment = header.IndexOf("segment");
        qualifier = header.IndexOf("qualifier");
        periodStart = header.IndexOf("period_start");
        synthetic = header.IndexOf("synthetic");
        var missing = new[] { ("region", region), ("indicator", indicator), ("year", year), ("value", value), ("unit", unit) }
            .Where(c => c.Item2 < 0).Select(c => c.Item1).ToList();
        if (missing.Count > 0)
        {
            throw new RejectedFileException("statistics table lacks column(s): " + string.Join(", ", missing));
        }
    }

    /// <summary>The fact a row states, or the reason it is refused.</summary>
    public (FactRecord Fact, Rejection? Rejection) Parse(TableRow row)
    {
        if (row.Problem is { } problem)
        {
            return Refuse(row, problem);
        }

        var (place, regionError) = regions.Resolve(row.Cell(region));
        if (place is null)
        {
            return Refuse(row, regionError!); // Resolve gives an error whenever it gives no region
        }

        var code = row.Cell(indicator);
        if (!catalog.TryGet(code, out var ind) && !byName.TryGetValue(code, out ind))
        {
            return Refuse(row, code.Length == 0 ? "indicator is empty" : $"unknown indicator '{code}'");
        }

        if (Cells.Year(row.Cell(year), "year", out var y) is { } yearError)
        {
            return Refuse(row, yearError);
        }

        // A single year's value starts in its own year (the extract contract's rule), so statistics
        // and report prose about the same year meet in one preferred_facts key.
        int? start = y;
        if (row.Cell(periodStart) is { Length: > 0 } startText)
        {
            if (Cells.Year(startText, "period_start", out var s) is { } startError)
            {
                return Refuse(row, startError);
            }

            if (s > y)
            {
                return Refuse(row, $"period_start {s} is after year {y}");
            }

            start = s;
        }

        var unitText = row.Cell(unit);
        if (UnitConversion.Factor(catalog.Units, ind, unitText) is not { } factor)
        {
            return Refuse(row, unitText.Length == 0
                ? "unit is empty"
                : $"unit '{unitText}' does not fit {ind.Code} (canonical {ind.Unit})");
        }

        var valueText = row.Cell(value);
        decimal? amount = null;
        var redacted = Cells.IsMasked(valueText);
        if (!redacted)
        {
            if (Cells.Value(valueText, out var v) is { } valueError)
            {
                return Refuse(row, valueError);
            }

            amount = decimal.Round(v * factor, 6);
        }

        // An empty cell is the common case: an actual, exact, whole-district figure. Forecasts come
        // from the models only, never from a table.
        var statusText = row.Cell(status).ToLowerInvariant();
        var factStatus = FactStatus.Actual;
        if (statusText.Length > 0 && !(FactStatuses.TryParse(statusText, out factStatus) && factStatus != FactStatus.Forecast))
        {
            return Refuse(row, $"status '{statusText}' is not {StatusNames}");
        }

        var segmentText = row.Cell(segment).ToLowerInvariant();
        Segment? part = null;
        if (segmentText.Length > 0)
        {
            if (!Segments.TryParse(segmentText, out var s))
            {
                return Refuse(row, $"segment '{segmentText}' is not {SegmentNames}");
            }

            part = s;
        }

        var qualifierText = row.Cell(qualifier).ToLowerInvariant();
        var how = Qualifier.Exact;
        if (qualifierText.Length > 0 && !Qualifiers.TryParse(qualifierText, out how))
        {
            return Refuse(row, $"qualifier '{qualifierText}' is not {QualifierNames}");
        }

        return (new FactRecord(
            place.Code, place.Name, ind.Code, y, start ?? y, amount, ind.Unit, how, factStatus, part,
            redacted, row.Number, null, null, null, Cells.Flag(row.Cell(synthetic))), null);
    }

    // What the refusals list as allowed: "actual, target or plan".
    private static readonly string StatusNames = Vocabulary.Either(FactStatuses.All.Where(s => s != FactStatus.Forecast).Select(s => s.ToSql()));
    private static readonly string SegmentNames = Vocabulary.Either(Segments.All.Select(s => s.ToSql()));
    private static readonly string QualifierNames = Vocabulary.Either(Qualifiers.All.Select(q => q.ToSql()));

    private static (FactRecord, Rejection?) Refuse(TableRow row, string reason) =>
        (default, Rejection.AtRow(row.Number, reason, row.Raw));
}
