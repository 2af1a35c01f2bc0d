using System.Globalization;
using System.Text;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Regions;

namespace Analytics.Bench.Load;

/// <summary>
/// Writes N statistics rows twice: in the load template (region code, indicator, year, value in a
/// unit the load converts, synthetic) and as the exact <c>facts</c> rows the load makes of them
/// (ids, canonical unit and value, lineage), so that COPY and the load end with the same table.
/// </summary>
internal static class BenchFacts
{
    public static void Write(IndicatorCatalog catalog, Gazetteer gazetteer, int rows, string statisticsCsv, string factsCsv)
    {
        var counties = gazetteer.Regions.Where(r => r.Level == RegionLevel.County && r.IsCurrent).ToArray();
        var indicators = catalog.Indicators;
        using var statistics = new StreamWriter(statisticsCsv, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        using var facts = new StreamWriter(factsCsv, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        statistics.WriteLine("region,indicator,year,value,unit,synthetic");
        facts.WriteLine("fact_id,region_code,region_name,indicator,year,period_start,value,unit,qualifier,status,segment,redacted,source_id,source_row,span_start,span_end,evidence,run_id,synthetic");
        for (var i = 0; i < rows; i++)
        {
            // Counties fastest, then indicators, then years 1950-2100: every key repeats only past ~1 million rows.
            var county = counties[i % counties.Length];
            var indicator = indicators[i / counties.Length % indicators.Count];
            var year = 1950 + (i / (counties.Length * indicators.Count) % 151);
            var value = ((i * 7919L) % 1_000_000) / 100m;
            var (stated, unit) = indicator.Unit == "wan_yuan" ? (value * 10_000, "元") : (value, indicator.Unit);
            statistics.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{county.Code},{indicator.Code},{year},{stated},{unit},true"));
            facts.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{i + 1},{county.Code},{county.Name},{indicator.Code},{year},{year},{value},{indicator.Unit},exact,actual,,false,1,{i + 2},,,,1,true"));
        }
    }
}
