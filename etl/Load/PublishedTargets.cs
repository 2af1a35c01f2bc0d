using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Demo;
using Analytics.Warehouse.Regions;
using Analytics.Warehouse.Targets;

namespace Analytics.Etl.Load;

/// <summary>
/// Which provinces, years and indicators a targets file covers with official targets, national rows
/// counted for every province given (they inherit them): the demo invents examples only elsewhere.
/// Rows the file would refuse cover nothing; the load quarantines them with their reason.
/// </summary>
public static class PublishedTargets
{
    public static IReadOnlyList<PublishedTarget> Covered(string targetsFile, IndicatorCatalog catalog, Gazetteer gazetteer, IReadOnlyList<string> provinces)
    {
        using var table = TableReader.Open(targetsFile);
        var parser = new TargetsParser(catalog, new RegionLookup(gazetteer), table.Header);
        var covered = new HashSet<PublishedTarget>();
        foreach (var row in table.Rows())
        {
            foreach (var t in parser.Parse(row).Rows.Where(t => t.Source.Kind == TargetKind.Official))
            {
                foreach (var province in t.ProvinceCode == NationalTargets.Code ? provinces : provinces.Where(p => p == t.ProvinceCode))
                {
                    covered.Add(new PublishedTarget(province, t.Year, t.Indicator));
                }
            }
        }

        return [.. covered.OrderBy(c => c.ProvinceCode, StringComparer.Ordinal).ThenBy(c => c.Year).ThenBy(c => c.Indicator, StringComparer.Ordinal)];
    }
}
