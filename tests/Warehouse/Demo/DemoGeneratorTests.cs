using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Demo;
using Analytics.Warehouse.Regions;
using Analytics.Warehouse.Targets;

namespace Analytics.Tests.Warehouse.Demo;

public sealed class DemoGeneratorTests
{
    private static readonly IndicatorCatalog Catalog = IndicatorCatalog.LoadDefault();
    private static readonly Gazetteer Gazetteer = Gazetteer.LoadDefault();
    private static readonly DemoOptions Small = new() { Provinces = ["330000"], FirstYear = 2022, LastYear = 2024, GapRate = 0.02, ConflictRate = 0.01 };
    private static readonly Lazy<DemoData> Zhejiang = new(() => Generate(new DemoOptions { Provinces = ["330000"] }));

    [Fact]
    public void The_same_seed_gives_identical_rows_and_another_seed_does_not()
    {
        var first = Generate(Small);
        var again = Generate(Small);
        var other = Generate(Small with { Seed = Small.Seed + 1 });

        Assert.Equal(first.Fingerprint(), again.Fingerprint());
        Assert.Equal(first.Statistics, again.Statistics);
        Assert.NotEqual(first.Fingerprint(), other.Fingerprint());
    }

    [Fact]
    public void A_shorter_demo_is_a_slice_of_the_longer_one()
    {
        var slice = Generate(Small);
        var full = Zhejiang.Value.Statistics.ToDictionary(s => (s.RegionCode, s.Indicator, s.Year));

        // Gaps and conflicts are drawn per run, so compare the values both hold.
        var shared = slice.Statistics.Where(s => full.ContainsKey((s.RegionCode, s.Indicator, s.Year))).ToList();
        Assert.True(shared.Count > slice.Statistics.Count * 0.95);
        Assert.All(shared, s => Assert.Equal(full[(s.RegionCode, s.Indicator, s.Year)].Value, s.Value));
    }

    [Fact]
    public void Every_current_county_of_the_province_has_statistics_and_no_abolished_code_does()
    {
        var data = Generate(Small);
        var current = Gazetteer.Regions.Where(r => r is { Level: RegionLevel.County, IsCurrent: true, ProvinceCode: "330000" }).Select(r => r.Code).ToHashSet();

        Assert.Equal(current.Order(), data.Statistics.Select(s => s.RegionCode).Distinct().Order());
        Assert.Equal(current.Count * 3, data.Population.Count);
        Assert.DoesNotContain(data.Statistics, s => s.RegionCode == "330104"); // 江干区, abolished in 2021
    }

    [Fact]
    public void Statistics_use_catalog_indicators_in_their_canonical_units_and_skip_what_does_not_apply()
    {
        var data = Zhejiang.Value;

        Assert.All(data.Statistics, s => Assert.Equal(Catalog[s.Indicator].Unit, s.Unit));
        Assert.True(data.Statistics.Select(s => s.Indicator).Distinct().Count() >= Catalog.Indicators.Count - 1);
        Assert.DoesNotContain(data.Statistics, s => s.Indicator == "social_work_stations" && s.Year < 2020);
        Assert.DoesNotContain(data.Statistics, s => s.Indicator == "migrant_subsidy_persons" && s.RegionName.EndsWith('区'));
    }

    [Fact]
    public void Trends_move_the_way_the_programmes_do()
    {
        var data = Zhejiang.Value;
        double Mean(string indicator, int year) =>
            (double)data.Statistics.Where(s => s.Indicator == indicator && s.Year == year).Average(s => s.Value);

        foreach (var series in data.Statistics.Where(s => s.Indicator == "dibao_standard").GroupBy(s => s.RegionCode))
        {
            var values = series.OrderBy(s => s.Year).Select(s => s.Value).ToList();
            Assert.True(values.Zip(values.Skip(1)).All(p => p.Second >= p.First), $"dibao standard falls in {series.Key}");
        }

        var growth = Math.Pow(Mean("dibao_standard", 2024) / Mean("dibao_standard", 2014), 0.1) - 1;
        Assert.InRange(growth, 0.05, 0.08);
        Assert.True(Mean("dibao_persons", 2024) < Mean("dibao_persons", 2014));
        Assert.InRange(Mean("eco_burial_rate", 2024), 90, 99);
        Assert.True(Mean("eco_burial_rate", 2014) < 85);
        Assert.True(Mean("certified_social_workers", 2024) > 2.5 * Mean("certified_social_workers", 2014));
        var aged = data.Population.GroupBy(p => p.Year).ToDictionary(g => g.Key, g => g.Average(p => (double)p.Residents60Plus / p.Residents));
        Assert.True(aged[2024] > aged[2014] + 0.03);
    }

    [Fact]
    public void Gaps_are_inner_years_left_out_and_conflicts_restate_a_present_value_differently()
    {
        var data = Generate(Small);
        var present = data.Statistics.ToDictionary(s => (s.RegionCode, s.Indicator, s.Year));

        Assert.NotEmpty(data.Gaps);
        Assert.All(data.Gaps, g =>
        {
            Assert.False(present.ContainsKey((g.RegionCode, g.Indicator, g.Year)));
            Assert.True(present.ContainsKey((g.RegionCode, g.Indicator, g.Year - 1)) || data.Gaps.Contains(g with { Year = g.Year - 1 }));
        });
        Assert.NotEmpty(data.Revised);
        Assert.All(data.Revised, r => Assert.NotEqual(present[(r.RegionCode, r.Indicator, r.Year)].Value, r.Value));
    }

    [Fact]
    public void Targets_cover_both_provinces_and_every_year_and_some_counties_miss_them()
    {
        var data = Generate(new DemoOptions { FirstYear = 2023, LastYear = 2024 });
        var population = data.Population.ToDictionary(p => (p.RegionCode, p.Year));

        Assert.Equal(["320000", "330000"], data.Targets.Select(t => t.ProvinceCode).Distinct().Order());
        Assert.All(data.Targets, t => Assert.Contains("synthetic", t.Note, StringComparison.Ordinal));
        foreach (var target in data.Targets.Where(t => t.Year == 2024))
        {
            var scores = data.Statistics
                .Where(s => s.Indicator == target.Indicator && s.Year == 2024 && s.RegionCode.StartsWith(target.ProvinceCode[..2], StringComparison.Ordinal))
                .Select(s => target.Basis switch
                {
                    TargetBasis.Per10kResidents => s.Value / population[(s.RegionCode, 2024)].Residents * 10_000,
                    TargetBasis.Per1kAged60Plus => s.Value / population[(s.RegionCode, 2024)].Residents60Plus * 1_000,
                    _ => s.Value,
                })
                .ToList();
            var met = scores.Count(v => v >= target.Threshold) / (double)scores.Count;
            Assert.InRange(met, 0.3, 0.9);
        }
    }

    [Fact]
    public void No_example_target_is_made_where_a_published_one_covers_the_indicator_and_year()
    {
        var options = new DemoOptions { Provinces = ["330000"], FirstYear = 2023, LastYear = 2024 };
        var all = Generate(options);
        var published = Generate(options with { Published = [new PublishedTarget("330000", 2024, "elderly_beds"), new PublishedTarget("330000", 2023, "dibao_standard")] });

        Assert.Contains(all.Targets, t => t is { Year: 2024, Indicator: "elderly_beds" });
        Assert.DoesNotContain(published.Targets, t => t is { Year: 2024, Indicator: "elderly_beds" } or { Year: 2023, Indicator: "dibao_standard" });
        Assert.Equal(all.Targets.Count - 2, published.Targets.Count);
    }

    [Fact]
    public void Nursing_beds_are_a_rising_part_of_the_beds_and_consumption_a_base_from_the_year_before_the_first()
    {
        var data = Zhejiang.Value;
        var beds = data.Statistics.Where(s => s.Indicator == "elderly_beds").ToDictionary(s => (s.RegionCode, s.Year), s => s.Value);
        var shares = data.Statistics.Where(s => s.Indicator == "nursing_beds" && beds.ContainsKey((s.RegionCode, s.Year)))
            .Select(s => (s.Year, Share: s.Value / beds[(s.RegionCode, s.Year)])).ToList();

        Assert.All(shares, s => Assert.InRange(s.Share, 0.04m, 0.91m));
        Assert.True(shares.Where(s => s.Year == 2024).Average(s => s.Share) > shares.Where(s => s.Year == 2014).Average(s => s.Share) + 0.2m);
        Assert.Equal(2013, data.Economy.Min(e => e.Year));
        Assert.InRange(data.Economy.Where(e => e.Year == 2023).Average(e => e.Value), 25_000m, 50_000m);
    }

    private static DemoData Generate(DemoOptions options) => new DemoGenerator(Catalog, Gazetteer).Generate(options);
}
