using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Analytics.Warehouse.Catalog;

/// <summary>
/// Canonical units and the measure words that may carry them in prose, each with the exact
/// factor that turns a number in that measure into the canonical unit (元 → 万元 is 1/10000).
/// A number binds to an indicator only when its measure word is listed for the indicator's unit.
/// </summary>
public sealed class UnitTable
{
    private readonly Dictionary<string, Dictionary<string, decimal>> measures;

    public UnitTable(IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> table, IReadOnlyDictionary<string, string> namesZh)
    {
        measures = table.ToDictionary(
            kv => kv.Key, kv => kv.Value.ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        NamesZh = namesZh;
    }

    /// <summary>Chinese display name of each canonical unit (万元, 张, %).</summary>
    public IReadOnlyDictionary<string, string> NamesZh { get; }

    public IEnumerable<string> Codes => measures.Keys;

    public bool Contains(string unit) => measures.ContainsKey(unit);

    /// <summary>The factor from <paramref name="measure"/> to <paramref name="unit"/>, or null when the measure does not fit.</summary>
    public decimal? Factor(string unit, string measure) =>
        measures.TryGetValue(unit, out var words) && words.TryGetValue(measure, out var f) ? f : null;

    /// <summary>Every measure word any unit accepts, longest first, for scanners.</summary>
    public IReadOnlyList<string> AllMeasures() =>
        measures.Values.SelectMany(m => m.Keys).Distinct(StringComparer.Ordinal)
            .OrderByDescending(m => m.Length).ThenBy(m => m, StringComparer.Ordinal).ToList();

    public static UnitTable Load(string path)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { MissingFieldFound = null };
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, config);
        csv.Read();
        csv.ReadHeader();
        var table = new Dictionary<string, IReadOnlyDictionary<string, decimal>>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var unit = (csv.GetField("unit") ?? "").Trim();
            var words = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var pair in (csv.GetField("measures") ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                words[eq < 0 ? pair : pair[..eq]] = eq < 0 ? 1m : ParseFactor(pair[(eq + 1)..], path, csv.Parser.Row);
            }

            table[unit] = words;
            names[unit] = (csv.GetField("name_zh") ?? unit).Trim();
        }

        return new UnitTable(table, names);
    }

    private static decimal ParseFactor(string text, string path, int row)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        try
        {
            return slash < 0
                ? decimal.Parse(text, CultureInfo.InvariantCulture)
                : decimal.Parse(text[..slash], CultureInfo.InvariantCulture) / decimal.Parse(text[(slash + 1)..], CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            throw new InvalidDataException($"{path}: row {row}: factor '{text}' is not a number or a ratio a/b");
        }
    }
}
