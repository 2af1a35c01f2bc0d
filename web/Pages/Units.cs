using System.Globalization;
using Analytics.Warehouse;
using Analytics.Warehouse.Targets;
using CsvHelper;

namespace Analytics.Web.Pages;

/// <summary>Display names of the canonical units (data/units.csv) and of the target bases, in both languages.</summary>
public static class Units
{
    private static readonly Lazy<IReadOnlyDictionary<string, (string Zh, string En)>> Names = new(Load);

    public static string Name(string unit, Lang lang) =>
        Names.Value.TryGetValue(unit, out var n) ? lang.T(n.Zh, n.En) : unit;

    /// <summary>
    /// The unit a value is in on a direct basis: the indicator's unit, per 10,000 residents or per
    /// 1,000 aged 60+. Relative bases (ratio, share, base share) name another figure: <see cref="TargetText.MeasureUnit"/>.
    /// </summary>
    public static string OnBasis(string unit, TargetBasis basis, Lang lang) => basis switch
    {
        TargetBasis.Per10kResidents => lang.T($"{Name(unit, lang)}/万常住人口", $"{Name(unit, lang)} per 10,000 residents"),
        TargetBasis.Per1kAged60Plus => lang.T($"{Name(unit, lang)}/千名60岁以上老人", $"{Name(unit, lang)} per 1,000 residents aged 60+"),
        TargetBasis.Ratio => lang.T("倍", "×"),
        TargetBasis.Share or TargetBasis.BaseShare => "%",
        _ => Name(unit, lang),
    };

    private static IReadOnlyDictionary<string, (string Zh, string En)> Load()
    {
        using var reader = new StreamReader(DataFiles.Path("units.csv"));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var names = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        while (csv.Read())
        {
            names[csv.GetField("unit")!] = (csv.GetField("name_zh")!, csv.GetField("name_en")!); // columns of the shipped file
        }

        return names;
    }
}
