using System.Globalization;

namespace Analytics.Etl.Load;

/// <summary>Rows of the population template: region, year, residents, residents_60plus (persons), synthetic.</summary>
public sealed class PopulationParser
{
    private readonly RegionLookup regions;
    private readonly int region;
    private readonly int year;
    private readonly int residents;
    private readonly int aged;
    private readonly int synthetic;

    public PopulationParser(RegionLookup regions, TableHeader header)
    {
        this.regions = regions;
        region = header.IndexOfAny("region", "region_code", "region_name");
        year = header.IndexOf("year");
        residents = header.IndexOf("residents");
        aged = header.IndexOf("residents_60plus");
        synthetic = header.IndexOf("synthetic");
        if (region < 0 || year < 0 || aged < 0)
        {
            throw new RejectedFileException("population table needs columns region, year, residents, residents_60plus");
        }
    }

    public (PopulationRecord Row, Rejection? Rejection) Parse(TableRow row)
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

        if (Count(row.Cell(residents), "residents", out var all) is { } e1)
        {
            return Refuse(row, e1);
        }

        if (Count(row.Cell(aged), "residents_60plus", out var old) is { } e2)
        {
            return Refuse(row, e2);
        }

        if (all is null && old is null)
        {
            return Refuse(row, "neither residents nor residents_60plus is given");
        }

        if (all < old)
        {
            return Refuse(row, string.Create(CultureInfo.InvariantCulture, $"residents_60plus {old} exceeds residents {all}"));
        }

        return (new PopulationRecord(place.Code, y, all, old, row.Number, Cells.Flag(row.Cell(synthetic))), null);
    }

    private static string? Count(string text, string column, out long? count)
    {
        count = null;
        if (text.Length == 0)
        {
            return null;
        }

        if (!Cells.TryDecimal(text, out var v) || v < 0 || v != decimal.Truncate(v) || v > long.MaxValue)
        {
            return $"{column} '{text}' is not a whole number of persons";
        }

        count = (long)v;
        return null;
    }

    private static (PopulationRecord, Rejection?) Refuse(TableRow row, string reason) =>
        (default, Rejection.AtRow(row.Number, reason, row.Raw));
}
