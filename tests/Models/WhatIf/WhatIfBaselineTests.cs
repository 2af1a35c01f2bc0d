using Analytics.Models.WhatIf;
using Analytics.Warehouse.Targets;

namespace Analytics.Tests.Models.WhatIf;

public sealed class WhatIfBaselineTests
{
    private static TinyWarehouse Filled()
    {
        var w = new TinyWarehouse();
        foreach (var (county, scale) in new[] { ("990101", 1.0), ("990102", 3.0) })
        {
            w.Population(county, 2024, 100_000 * scale, 20_000 * scale)
                .Fact(county, "dibao_persons", 2024, 1_000 * scale)
                .Fact(county, "dibao_households", 2024, 600 * scale)
                .Fact(county, "dibao_standard", 2024, county == "990101" ? 1_000 : 1_200)
                .Fact(county, "dibao_standard", 2024, 900, segment: "rural")
                .Fact(county, "dibao_payments", 2024, 500 * scale)
                .Fact(county, "elderly_beds", 2024, 800 * scale)
                .Fact(county, "funeral_subsidy_persons", 2024, 150 * scale)
                .Fact(county, "dibao_persons", 2023, 9_999)
                .Fact(county, "dibao_persons", 2025, 7_777, status: "forecast");
        }

        w.Fact("990102", "certified_social_workers", 2024, 300)
            .Target(2020, "elderly_beds", "per_1k_aged_60plus", 25)
            .Target(2025, "elderly_beds", "per_1k_aged_60plus", 30)
            .Target(2025, "certified_social_workers", "per_10k_residents", 18);
        return w;
    }

    [Fact]
    public void County_baseline_reads_actual_unsegmented_values_of_the_base_year()
    {
        using var w = Filled();
        var b = WhatIfBaseline.FromWarehouse(w.Connection, "990101", 2024);
        Assert.Equal(("甲县", 100_000d, 20_000d, 1_000d, 600d, 1_000d, 500d), (b.RegionName, b.Residents, b.Aged60Plus, b.DibaoPersons, b.DibaoHouseholds, b.DibaoStandard, b.DibaoPayments));
        Assert.Null(b.CertifiedSocialWorkers);
        Assert.Equal(30, b.BedsPer1000AgedTarget);
        Assert.Equal(18, b.SocialWorkersPer10kTarget);
        Assert.True(b.Synthetic);
    }

    [Fact]
    public void City_baseline_sums_its_counties_and_weights_the_standard_by_recipients()
    {
        using var w = Filled();
        var b = WhatIfBaseline.FromWarehouse(w.Connection, "990100", 2024);
        Assert.Equal(400_000, b.Residents);
        Assert.Equal(4_000, b.DibaoPersons);
        Assert.Equal(3_200, b.ElderlyBeds);
        // (1,000 × 1,000 + 1,200 × 3,000) / 4,000
        Assert.Equal(1_150, b.DibaoStandard!.Value, 1e-9);
        // Only one of two counties reports social workers: no partial sum.
        Assert.Null(b.CertifiedSocialWorkers);
        Assert.Contains(new WhatIfNote.CountySum("dibao_persons", 2), b.Notes);
        Assert.Contains(new WhatIfNote.WeightedStandard("dibao_standard", 2), b.Notes);
        Assert.Contains(new WhatIfNote.Target("elderly_beds", 30, TargetBasis.Per1kAged60Plus, 2025, false), b.Notes);
        Assert.Contains(new WhatIfNote.Target("certified_social_workers", 18, TargetBasis.Per10kResidents, 2025, false), b.Notes);
        Assert.DoesNotContain(b.Notes, n => n is WhatIfNote.CountySum { Indicator: "certified_social_workers" });
    }

    [Fact]
    public void Own_value_of_an_aggregate_beats_the_sum_of_its_counties()
    {
        using var w = Filled();
        w.Fact("990100", "dibao_persons", 2024, 4_100);
        Assert.Equal(4_100, WhatIfBaseline.FromWarehouse(w.Connection, "990100", 2024).DibaoPersons);
        Assert.Equal(400_000, WhatIfBaseline.FromWarehouse(w.Connection, "990000", 2024).Residents);
    }

    [Theory]
    [InlineData("990101", new[] { "990101" })]
    [InlineData("990100", new[] { "990101", "990102" })]
    [InlineData("990000", new[] { "990101", "990102" })]
    public void County_codes_are_the_county_itself_or_the_counties_of_an_aggregate(string region, string[] counties)
    {
        using var w = Filled();
        Assert.Equal(counties, BaselineQuery.CountyCodes(w.Connection, region, 2024).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Unknown_region_is_refused()
    {
        using var w = Filled();
        var e = Assert.Throws<ArgumentException>(() => WhatIfBaseline.FromWarehouse(w.Connection, "123456", 2024));
        Assert.Contains("unknown region code", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Baseline_from_the_warehouse_runs_end_to_end()
    {
        using var w = Filled();
        var result = WhatIfEngine.Run(WhatIfBaseline.FromWarehouse(w.Connection, "990100", 2024), new WhatIfDrivers(3, 5, 2, 0.8, 2027));
        Assert.Equal(4_000, result[WhatIfMeasure.DibaoPersons]!.BaseYear, 1e-6);
        Assert.Contains(result.Unavailable, u => u.Measure == WhatIfMeasure.SocialWorkersGap);
    }
}
