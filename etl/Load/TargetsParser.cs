using System.Globalization;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Regions;

namespace Analytics.Etl.Load;

/// <summary>
/// Rows of the targets template: province, year (2023, or a range 2021-2025), indicator,
/// comparator, threshold, basis, weight, note, synthetic. One row may expand to several years.
/// </summary>
public sealed class TargetsParser
{
    private static readonly string[] Bases = ["absolute", "per_10k_residents", "per_1k_aged_60plus", "percent"];

    private readonly IndicatorCatalog catalog;
    private readonly RegionLookup regions;
    private readonly int province;
    private readonly int year;
    private readonly int indicator;
    private readonly int comparator;
    private readonly int threshold;
    private readonly int basis;
    private readonly int weight;
    private readonly int note;
    private readonly int synthetic;

    public TargetsParser(IndicatorCatalog catalog, RegionLookup regions, TableHeader header)
    {
        this.catalog = catalog;
        this.regions = regions;
        province = header.IndexOfAny("province", "region", "province_code");
        year = header.IndexOf("year");
        indicator = header.IndexOf("indicator");
        comparator = header.IndexOf("comparator");
        threshold = header.IndexOf("threshold");
        basis = header.IndexOf("basis");
        weight = header.IndexOf("weight");
        note = header.IndexOf("note");
        synthetic = header.IndexOf("synthetic");
        if (province < 0 || year < 0 || indicator < 0 || comparator < 0 || threshold < 0 || basis < 0)
        {
            throw new RejectedFileException("targets table needs columns province, year, indicator, comparator, threshold, basis");
        }
    }

    public (IReadOnlyList<TargetRecord> Rows, Rejection? Rejection) Parse(TableRow row)
    {
        if (row.Problem is { } problem)
        {
            return Refuse(row, problem);
        }

        var (place, error) = regions.Resolve(row.Cell(province));
        if (place is null)
        {
            return Refuse(row, error!); // Resolve gives an error whenever it gives no region
        }

        if (place.Level != RegionLevel.Province)
        {
            return Refuse(row, $"{place.Name} ({place.Code}) is not a province");
        }

        var years = row.Cell(year).Split('-', 2, StringSplitOptions.TrimEntries);
        if (Cells.Year(years[0], "year", out var first) is { } e1)
        {
            return Refuse(row, e1);
        }

        var last = first;
        if (years.Length == 2 && Cells.Year(years[1], "year", out last) is { } e2)
        {
            return Refuse(row, e2);
        }

        if (last < first)
        {
            return Refuse(row, $"year range {row.Cell(year)} runs backwards");
        }

        if (!catalog.TryGet(row.Cell(indicator), out var ind))
        {
            return Refuse(row, $"unknown indicator '{row.Cell(indicator)}'");
        }

        var op = row.Cell(comparator).Replace('≥', '>').Replace('≤', '<') switch
        {
            ">=" or ">" => ">=",
            "<=" or "<" => "<=",
            "=" or "==" => "=",
            _ => null,
        };
        if (op is null)
        {
            return Refuse(row, $"comparator '{row.Cell(comparator)}' is not >=, <= or =");
        }

        if (!Cells.TryDecimal(row.Cell(threshold), out var limit))
        {
            return Refuse(row, $"threshold '{row.Cell(threshold)}' is not a number");
        }

        var on = row.Cell(basis).ToLowerInvariant();
        if (!Bases.Contains(on))
        {
            return Refuse(row, $"basis '{on}' is not one of {string.Join(", ", Bases)}");
        }

        if ((on == "percent") != (ind.Unit == "percent"))
        {
            return Refuse(row, $"basis {on} does not fit {ind.Code}, measured in {ind.Unit}");
        }

        var w = 1m;
        if (row.Cell(weight) is { Length: > 0 } wt && (!Cells.TryDecimal(wt, out w) || w < 0))
        {
            return Refuse(row, $"weight '{wt}' is not a non-negative number");
        }

        var fake = Cells.Flag(row.Cell(synthetic));
        var text = row.Cell(note);
        var rows = Enumerable.Range(first, last - first + 1)
            .Select(y => new TargetRecord(place.Code, y, ind.Code, op, limit, on, w, text.Length == 0 ? null : text, row.Number, fake))
            .ToList();
        return (rows, null);
    }

    private static (IReadOnlyList<TargetRecord>, Rejection?) Refuse(TableRow row, string reason) =>
        ([], Rejection.AtRow(row.Number, string.Create(CultureInfo.InvariantCulture, $"{reason}"), row.Raw));
}
