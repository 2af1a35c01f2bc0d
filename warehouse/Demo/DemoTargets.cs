using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Regions;
using Analytics.Warehouse.Targets;

namespace Analytics.Warehouse.Demo;

/// <summary>
/// Example provincial targets for the demo, only for indicators and years no published target covers
/// (<see cref="DemoOptions.Published"/>). Each threshold is a quantile of the province's own synthetic
/// county values that year, rounded to a figure a planner would write, so that some counties meet it,
/// some fall just short and some miss by far. They are not any province's real assessment: they load
/// as kind example, and their note says so.
/// </summary>
internal static class DemoTargets
{
    public const string Note = "合成示例目标：本年度本指标无已发布的官方目标，并非浙江省或江苏省的真实考核指标 (synthetic example target: no published target covers this indicator and year; not the province's real assessment)";

    private static readonly Spec[] Specs =
    [
        new("dibao_standard", TargetBasis.Absolute, 2.0m, 0.40),
        new("tekun_standard", TargetBasis.Absolute, 1.0m, 0.35),
        new("elderly_beds", TargetBasis.Per1kAged60Plus, 2.0m, 0.45),
        new("meal_points", TargetBasis.Per1kAged60Plus, 1.0m, 0.40),
        new("eco_burial_rate", TargetBasis.Percent, 1.5m, 0.35),
        new("public_cemetery_coverage", TargetBasis.Percent, 1.0m, 0.30),
        new("cremation_rate", TargetBasis.Percent, 0.5m, 0.25),
        new("certified_social_workers", TargetBasis.Per10kResidents, 1.5m, 0.50),
        new("community_workers", TargetBasis.Per10kResidents, 1.0m, 0.40),
        new("social_orgs_registered", TargetBasis.Per10kResidents, 1.0m, 0.40),
    ];

    public static List<DemoTarget> Build(
        DemoOptions options, IReadOnlyList<Region> counties, IReadOnlyDictionary<string, CountySeries> ledger,
        IReadOnlyList<DemoPopulation> population, IndicatorCatalog catalog)
    {
        var people = population.ToDictionary(p => (p.RegionCode, p.Year));
        var published = options.Published.ToHashSet();
        var targets = new List<DemoTarget>();
        foreach (var province in options.Provinces)
        {
            var inProvince = counties.Where(c => c.ProvinceCode == province).ToList();
            foreach (var spec in Specs.Where(s => catalog.TryGet(s.Indicator, out _)))
            {
                for (var year = options.FirstYear; year <= options.LastYear; year++)
                {
                    if (published.Contains(new PublishedTarget(province, year, spec.Indicator)))
                    {
                        continue; // the official target is the one the demo scores
                    }

                    var values = new List<double>();
                    foreach (var county in inProvince)
                    {
                        if (ledger[county.Code].Value(spec.Indicator, year) is { } v)
                        {
                            var p = people[(county.Code, year)];
                            values.Add(spec.Basis switch
                            {
                                TargetBasis.Per10kResidents => v / p.Residents * 10_000,
                                TargetBasis.Per1kAged60Plus => v / p.Residents60Plus * 1_000,
                                _ => v,
                            });
                        }
                    }

                    if (values.Count > 0)
                    {
                        values.Sort();
                        var at = values[(int)Math.Floor(spec.Quantile * (values.Count - 1))];
                        var threshold = spec.Basis == TargetBasis.Percent ? Math.Round((decimal)at * 2, MidpointRounding.AwayFromZero) / 2 : Tidy(at);
                        targets.Add(new DemoTarget(province, year, spec.Indicator, TargetComparator.AtLeast, threshold, spec.Basis, spec.Weight, Note));
                    }
                }
            }
        }

        return targets;
    }

    /// <summary>Two significant figures below 100 (46, 17, 9.5), three above (1,040), one decimal at most.</summary>
    internal static decimal Tidy(double value)
    {
        if (value <= 0)
        {
            return 0;
        }

        var digits = value < 100 ? 2 : 3;
        var scale = Math.Pow(10, Math.Floor(Math.Log10(value)) + 1 - digits);
        return Math.Round((decimal)(Math.Round(value / scale) * scale), 1);
    }

    private sealed record Spec(string Indicator, TargetBasis Basis, decimal Weight, double Quantile);
}
