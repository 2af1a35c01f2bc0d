using System.Globalization;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Demo;
using CsvHelper;
using CsvHelper.Configuration;
using DuckDB.NET.Data;

namespace Analytics.Models.Forecasting;

/// <summary>
/// Builds a <see cref="SeriesPanel"/> from the warehouse (preferred actual values, no segment, no
/// period) or from a tidy CSV <c>area,indicator,year,value</c>, where the indicators
/// <c>residents</c> and <c>residents_60plus</c> supply the covariates.
/// </summary>
public static class SeriesReader
{
    public const string Residents = "residents", Aged60Plus = "residents_60plus";

    public static SeriesPanel FromWarehouse(DuckDBConnection connection, IndicatorCatalog catalog, CancellationToken ct = default)
    {
        var points = new List<Point>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = """
                SELECT region_code, indicator, year, CAST(value AS DOUBLE), synthetic FROM preferred_facts
                WHERE status = 'actual' AND segment IS NULL AND (period_start IS NULL OR period_start = year) AND value IS NOT NULL
                UNION ALL
                SELECT region_code, measure, year, value, synthetic FROM (
                    SELECT region_code, year, bool_or(synthetic) AS synthetic,
                           CAST(arg_max(residents, run_id) AS DOUBLE) AS residents,
                           CAST(arg_max(residents_60plus, run_id) AS DOUBLE) AS residents_60plus
                    FROM population GROUP BY ALL)
                UNPIVOT (value FOR measure IN (residents, residents_60plus))
                """;
            using var _ = ct.Register(cmd.Cancel);
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                points.Add(new Point(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetDouble(3), reader.GetBoolean(4)));
            }
        }

        return Build(points, catalog);
    }

    /// <summary>Reads a tidy CSV; duplicate (area, indicator, year) rows and unreadable values are errors.</summary>
    public static SeriesPanel FromCsv(TextReader text, IndicatorCatalog catalog, bool synthetic = false)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim };
        using var csv = new CsvReader(text, config);
        var points = new List<Point>();
        var seen = new HashSet<(string, string, int)>();
        foreach (var row in csv.GetRecords<CsvRow>())
        {
            var line = csv.Parser.RawRow;
            if (string.IsNullOrEmpty(row.Area) || string.IsNullOrEmpty(row.Indicator))
            {
                throw new InvalidDataException($"line {line}: area and indicator are required");
            }

            if (!double.IsFinite(row.Value) || row.Value < 0)
            {
                throw new InvalidDataException($"line {line}: value must be a finite number ≥ 0, got {row.Value}");
            }

            if (!seen.Add((row.Area, row.Indicator, row.Year)))
            {
                throw new InvalidDataException($"line {line}: {row.Area} {row.Indicator} {row.Year} appears twice");
            }

            points.Add(new Point(row.Area, row.Indicator, row.Year, row.Value, synthetic));
        }

        return Build(points, catalog);
    }

    /// <summary>The synthetic demo panel (its primary statistics and population), every series marked synthetic.</summary>
    public static SeriesPanel FromDemo(DemoData demo, IndicatorCatalog catalog) => Build(
        [
            .. demo.Statistics.Select(s => new Point(s.RegionCode, s.Indicator, s.Year, (double)s.Value, true)),
            .. demo.Population.SelectMany(p => new[]
            {
                new Point(p.RegionCode, Residents, p.Year, p.Residents, true),
                new Point(p.RegionCode, Aged60Plus, p.Year, p.Residents60Plus, true),
            }),
        ],
        catalog);

    public static SeriesPanel FromCsv(string path, IndicatorCatalog catalog)
    {
        using var reader = new StreamReader(path);
        return FromCsv(reader, catalog);
    }

    private static SeriesPanel Build(List<Point> points, IndicatorCatalog catalog)
    {
        var population = points.Where(p => p.Indicator is Residents or Aged60Plus)
            .GroupBy(p => (p.Area, p.Year))
            .Select(g => (g.Key, Residents: g.FirstOrDefault(p => p.Indicator == Residents), Aged: g.FirstOrDefault(p => p.Indicator == Aged60Plus)))
            .Where(g => g.Residents is not null && g.Aged is not null)
            .ToDictionary(g => g.Key, g => new PopulationPoint(g.Residents!.Value, g.Aged!.Value)); // both checked above
        var series = points.Where(p => p.Indicator is not Residents and not Aged60Plus)
            .GroupBy(p => (p.Area, p.Indicator))
            .Select(g => Series(g.Key.Area, g.Key.Indicator, g.OrderBy(p => p.Year).ToList(), catalog))
            .OrderBy(s => s.Family, StringComparer.Ordinal).ThenBy(s => s.Indicator, StringComparer.Ordinal).ThenBy(s => s.Area, StringComparer.Ordinal)
            .ToList();
        return new SeriesPanel(series, population);
    }

    // The trailing run of consecutive years: a gap means the earlier part may not be comparable.
    private static YearlySeries Series(string area, string indicator, List<Point> sorted, IndicatorCatalog catalog)
    {
        var start = sorted.Count - 1;
        while (start > 0 && sorted[start - 1].Year == sorted[start].Year - 1)
        {
            start--;
        }

        var run = sorted.Skip(start).ToList();
        var (family, unit) = catalog.TryGet(indicator, out var i) ? (i.Family, i.Unit) : (indicator, "");
        return new YearlySeries(area, indicator, family, unit, run[0].Year, run.Select(p => p.Value).ToArray(), run.Any(p => p.Synthetic));
    }

    private sealed record Point(string Area, string Indicator, int Year, double Value, bool Synthetic);

    private sealed class CsvRow
    {
        [CsvHelper.Configuration.Attributes.Name("area")]
        public string Area { get; set; } = "";

        [CsvHelper.Configuration.Attributes.Name("indicator")]
        public string Indicator { get; set; } = "";

        [CsvHelper.Configuration.Attributes.Name("year")]
        public int Year { get; set; }

        [CsvHelper.Configuration.Attributes.Name("value")]
        public double Value { get; set; }
    }
}
