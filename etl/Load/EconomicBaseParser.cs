using Analytics.Warehouse.Targets;

namespace Analytics.Etl.Load;

/// <summary>
/// Rows of the economic-base template: region, year, base (consumption_per_capita or 全体居民人均消费支出),
/// value in yuan per person per year, synthetic. Reference data like population: the denominators
/// of targets set as a share of an economic figure.
/// </summary>
public sealed class EconomicBaseParser
{
    // The largest per-capita figure any Chinese region publishes is a few times 10^4 yuan; a value
    // above this is a total or a unit slip (元 for 万元), not a per-person base.
    private const decimal MaxPerPerson = 1_000_000m;

    private static readonly string Known = string.Join(", ", EconomicBases.All.Select(b => b.ToSql()));

    private readonly RegionLookup regions;
    private readonly int region;
    private readonly int year;
    private readonly int baseColumn;
    private readonly int value;
    private readonly int synthetic;

    public EconomicBaseParser(RegionLookup regions, TableHeader header)
    {
        this.regions = regions;
        region = header.IndexOfAny("region", "region_code", "region_name");
        year = header.IndexOf("year");
        baseColumn = header.IndexOf("base");
        value = header.IndexOf("value");
        synthetic = header.IndexOf("synthetic");
        if (region < 0 || year < 0 || baseColumn < 0 || value < 0)
        {
            throw new RejectedFileException("economic base table needs columns region, year, base, value");
        }
    }

    public (EconomicBaseRecord Row, Rejection? Rejection) Parse(TableRow row)
    {
        if (row.Problem is { } problem)
        {
            return Refuse(row, problem);
        }

        var (place, error) = regions.Resolve(row.Cell(region));
        if (place is null)
        {
            return Refuse(row, error!); // Resolve gives an error whenever it gives no region
        }

        if (Cells.Year(row.Cell(year), "year", out var y) is { } yearError)
        {
            return Refuse(row, yearError);
        }

        if (!EconomicBases.TryParse(row.Cell(baseColumn), out var b))
        {
            return Refuse(row, $"unknown economic base '{row.Cell(baseColumn)}' (known: {Known})");
        }

        var text = row.Cell(value);
        if (!Cells.TryDecimal(text, out var v) || v <= 0 || v > MaxPerPerson)
        {
            return Refuse(row, $"value '{text}' is not a positive yuan-per-person figure");
        }

        return (new EconomicBaseRecord(place.Code, y, b, v, row.Number, Cells.Flag(row.Cell(synthetic))), null);
    }

    private static (EconomicBaseRecord, Rejection?) Refuse(TableRow row, string reason) =>
        (default, Rejection.AtRow(row.Number, reason, row.Raw));
}
