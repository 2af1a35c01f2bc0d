using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Regions;
using Analytics.Warehouse.Targets;

namespace Analytics.Warehouse.Demo;

/// <summary>
/// Builds the synthetic demo warehouse content in memory: statistics for every current
/// county-level division of the chosen provinces and every catalog indicator the demo models,
/// population, per-capita consumption expenditure, a few gaps and conflicts, and example provincial
/// targets where no published one covers an indicator and year. Deterministic: the same
/// options give the same rows, on any machine. Nothing here is real data; every row loads with
/// <c>synthetic = true</c>.
/// </summary>
public sealed class DemoGenerator(IndicatorCatalog catalog, Gazetteer gazetteer)
{
    // Trends start here whatever FirstYear is, so a shorter demo is a slice of the longer one.
    private const int BaseYear = 2010;

    public DemoData Generate(DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.LastYear < options.FirstYear)
        {
            throw new ArgumentException($"LastYear {options.LastYear} is before FirstYear {options.FirstYear}", nameof(options));
        }

        var baseYear = Math.Min(BaseYear, options.FirstYear);
        var counties = Counties(options.Provinces);
        var statistics = new List<DemoStatistic>();
        var revised = new List<DemoStatistic>();
        var gaps = new List<DemoGap>();
        var population = new List<DemoPopulation>();
        var economy = new List<DemoEconomicBase>();
        var ledger = new Dictionary<string, CountySeries>(StringComparer.Ordinal);
        foreach (var county in counties)
        {
            var history = new CountySeries(options.Seed, county.Code, county.Name.EndsWith('区'), county.ProvinceCode == "330000", baseYear, options.LastYear);
            ledger[county.Code] = history;
            for (var year = options.FirstYear; year <= options.LastYear; year++)
            {
                population.Add(new DemoPopulation(county.Code, year, (long)history.Residents[year - baseYear], (long)history.Aged[year - baseYear]));
            }

            // A year before the first too: a target set against 上年度 consumption needs it.
            for (var year = options.FirstYear - 1; year <= options.LastYear; year++)
            {
                if (history.ConsumptionIn(year) is { } spent)
                {
                    economy.Add(new DemoEconomicBase(county.Code, year, EconomicBase.ConsumptionPerCapita, (decimal)spent));
                }
            }

            foreach (var indicator in catalog.Indicators.Where(i => history.Knows(i.Code)))
            {
                Emit(options, county, indicator, history, statistics, revised, gaps);
            }
        }

        var targets = DemoTargets.Build(options, counties, ledger, population, catalog);
        return new DemoData(options, statistics, revised, gaps, population, economy, targets, catalog.Units);
    }

    private List<Region> Counties(IReadOnlyList<string> provinces)
    {
        foreach (var code in provinces)
        {
            if (gazetteer.ByCode(code) is not { Level: RegionLevel.Province })
            {
                throw new ArgumentException($"'{code}' is not a province in the gazetteer", nameof(provinces));
            }
        }

        // Abolished codes (无锡 崇安区 until 2015, ...) are history; the demo speaks of today's map.
        return [.. gazetteer.Regions.Where(r => r.Level == RegionLevel.County && r.IsCurrent && provinces.Contains(r.ProvinceCode))];
    }

    private static void Emit(
        DemoOptions options, Region county, Indicator indicator, CountySeries history,
        List<DemoStatistic> statistics, List<DemoStatistic> revised, List<DemoGap> gaps)
    {
        var decimals = Decimals(indicator.Unit);
        var chance = new DemoRandom(options.Seed, county.Code, "faults:" + indicator.Code);
        var years = Enumerable.Range(options.FirstYear, options.LastYear - options.FirstYear + 1)
            .Where(y => history.Value(indicator.Code, y) is not null).ToList();
        foreach (var year in years)
        {
            var value = (decimal)history.Value(indicator.Code, year)!.Value; // the filter above keeps only years with a value
            value = decimal.Round(value, decimals);

            // A gap only inside a series: a missing first or last year is not detectable as missing.
            var gap = chance.Chance(options.GapRate);
            if (gap && year != years[0] && year != years[^1])
            {
                gaps.Add(new DemoGap(county.Code, indicator.Code, year));
                continue;
            }

            statistics.Add(new DemoStatistic(county.Code, county.Name, indicator.Code, year, value, indicator.Unit));
            if (chance.Chance(options.ConflictRate))
            {
                // A revised yearbook restates the figure 3-15 % off, as corrections do.
                var factor = (decimal)(chance.Chance(0.5) ? 1 + chance.Uniform(0.03, 0.15) : 1 - chance.Uniform(0.03, 0.15));
                var other = decimal.Round(value * factor, decimals);
                if (other == value)
                {
                    other += decimals == 0 ? 1 : 0.1m;
                }

                if (indicator.Unit == "percent" && other > 100)
                {
                    other = decimal.Round(value * 0.9m, decimals);
                }

                revised.Add(new DemoStatistic(county.Code, county.Name, indicator.Code, year, other, indicator.Unit));
            }
        }
    }

    internal static int Decimals(string unit) => unit switch
    {
        "wan_yuan" => 2,
        "percent" => 1,
        _ => 0,
    };
}
