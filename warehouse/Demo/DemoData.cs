using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Targets;

namespace Analytics.Warehouse.Demo;

/// <summary>
/// The generated demo rows, and their CSV files in the load templates (statistics, population,
/// targets), so that the demo goes into the warehouse through the ordinary load path. Every file
/// carries <c>synthetic = true</c> on every row.
/// </summary>
public sealed class DemoData
{
    private readonly UnitTable units;

    internal DemoData(
        DemoOptions options, IReadOnlyList<DemoStatistic> statistics, IReadOnlyList<DemoStatistic> revised,
        IReadOnlyList<DemoGap> gaps, IReadOnlyList<DemoPopulation> population, IReadOnlyList<DemoEconomicBase> economy,
        IReadOnlyList<DemoTarget> targets, UnitTable units)
    {
        Options = options;
        Statistics = statistics;
        Revised = revised;
        Gaps = gaps;
        Population = population;
        Economy = economy;
        Targets = targets;
        this.units = units;
    }

    public DemoOptions Options { get; }

    /// <summary>The primary statistics: one value per county, indicator and year, gaps left out.</summary>
    public IReadOnlyList<DemoStatistic> Statistics { get; }

    /// <summary>A second source restating some primary values differently: the conflicts.</summary>
    public IReadOnlyList<DemoStatistic> Revised { get; }

    /// <summary>Values left out of <see cref="Statistics"/> on purpose.</summary>
    public IReadOnlyList<DemoGap> Gaps { get; }

    public IReadOnlyList<DemoPopulation> Population { get; }

    /// <summary>Per-capita consumption expenditure per county and year, from the year before the first.</summary>
    public IReadOnlyList<DemoEconomicBase> Economy { get; }

    public IReadOnlyList<DemoTarget> Targets { get; }

    /// <summary>
    /// Writes demo-statistics.csv, demo-statistics-revised.csv, demo-population.csv, demo-economy.csv
    /// and demo-targets.csv (UTF-8, no BOM) into <paramref name="folder"/> and returns their paths.
    /// </summary>
    public IReadOnlyList<string> WriteCsv(string folder)
    {
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        foreach (var (name, write) in Tables())
        {
            var path = Path.Combine(folder, name);
            using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
            write(writer);
            files.Add(path);
        }

        return files;
    }

    /// <summary>SHA-256 over the CSV text of every table: equal fingerprints mean identical demo data.</summary>
    public string Fingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, write) in Tables())
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            write(text);
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n" + text));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private IEnumerable<(string Name, Action<TextWriter> Write)> Tables() =>
    [
        ("demo-statistics.csv", w => WriteStatistics(w, Statistics)),
        ("demo-statistics-revised.csv", w => WriteStatistics(w, Revised)),
        ("demo-population.csv", WritePopulation),
        ("demo-economy.csv", WriteEconomy),
        ("demo-targets.csv", WriteTargets),
    ];

    private void WriteStatistics(TextWriter w, IReadOnlyList<DemoStatistic> rows)
    {
        // The unit column uses the Chinese name (张, 万元, 元/人·月), as a bureau's own table would.
        w.WriteLine("region,region_name,indicator,year,value,unit,synthetic");
        foreach (var s in rows)
        {
            var unit = units.NamesZh.TryGetValue(s.Unit, out var zh) ? zh : s.Unit;
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.RegionCode},{s.RegionName},{s.Indicator},{s.Year},{s.Value},{unit},true"));
        }
    }

    private void WritePopulation(TextWriter w)
    {
        w.WriteLine("region,year,residents,residents_60plus,synthetic");
        foreach (var p in Population)
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{p.RegionCode},{p.Year},{p.Residents},{p.Residents60Plus},true"));
        }
    }

    private void WriteEconomy(TextWriter w)
    {
        w.WriteLine("region,year,base,value,synthetic");
        foreach (var e in Economy)
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{e.RegionCode},{e.Year},{e.Base.ToSql()},{e.Value},true"));
        }
    }

    private void WriteTargets(TextWriter w)
    {
        w.WriteLine("province,year,indicator,comparator,threshold,basis,weight,kind,note,synthetic");
        foreach (var t in Targets)
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{t.ProvinceCode},{t.Year},{t.Indicator},{t.Comparator.ToSql()},{t.Threshold},{t.Basis.ToSql()},{t.Weight},{TargetKind.Example.ToSql()},\"{t.Note.Replace("\"", "\"\"", StringComparison.Ordinal)}\",true"));
        }
    }
}
