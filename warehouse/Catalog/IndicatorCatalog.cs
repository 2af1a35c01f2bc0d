using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Analytics.Warehouse.Catalog;

/// <summary>
/// The indicator catalog, read from <c>data/indicators.csv</c>. Adding an indicator or an
/// alias is a catalog edit: nothing in code names an indicator's aliases.
/// </summary>
public sealed class IndicatorCatalog
{
    private readonly Dictionary<string, Indicator> byCode;

    public IndicatorCatalog(IReadOnlyList<Indicator> indicators, UnitTable units)
    {
        Indicators = indicators;
        Units = units;
        byCode = indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            if (!units.Contains(indicator.Unit))
            {
                throw new InvalidDataException(
                    $"indicator '{indicator.Code}' has unit '{indicator.Unit}', which units.csv does not define");
            }
        }
    }

    public IReadOnlyList<Indicator> Indicators { get; }

    public UnitTable Units { get; }

    public Indicator this[string code] => byCode[code];

    public bool TryGet(string code, out Indicator indicator) =>
        byCode.TryGetValue(code, out indicator!);

    /// <summary>The catalog shipped next to the binaries (<c>data/indicators.csv</c>, <c>data/units.csv</c>).</summary>
    public static IndicatorCatalog LoadDefault() =>
        Load(DataFiles.Path("indicators.csv"), DataFiles.Path("units.csv"));

    public static IndicatorCatalog Load(string indicatorsCsv, string unitsCsv)
    {
        var units = UnitTable.Load(unitsCsv);
        using var reader = new StreamReader(indicatorsCsv);
        return new IndicatorCatalog(Read(reader, indicatorsCsv), units);
    }

    private static List<Indicator> Read(TextReader text, string source)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { MissingFieldFound = null };
        using var csv = new CsvReader(text, config);
        csv.Read();
        csv.ReadHeader();
        var list = new List<Indicator>();
        while (csv.Read())
        {
            string Field(string name) => (csv.GetField(name) ?? "").Trim();
            var code = Field("code");
            if (code.Length == 0)
            {
                throw new InvalidDataException($"{source}: row {csv.Parser.Row} has no code");
            }

            list.Add(new Indicator(
                code, Field("family"), Field("name_zh"), Field("name_en"),
                Split(Field("aliases_zh")), Field("unit"), Field("kind"), Field("direction"),
                Split(csv.HeaderRecord!.Contains("exclude_zh") ? Field("exclude_zh") : "")));
        }

        return list;
    }

    private static string[] Split(string pipeList) =>
        pipeList.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
