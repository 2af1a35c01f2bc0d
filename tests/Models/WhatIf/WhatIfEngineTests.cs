using Analytics.Models.WhatIf;
using Analytics.Warehouse.Targets;
using static Analytics.Tests.Models.WhatIf.WhatIfExamples;

namespace Analytics.Tests.Models.WhatIf;

public sealed class WhatIfEngineTests
{
    private const double Tolerance = 1e-6;

    [Fact]
    public void Hand_computed_example_matches()
    {
        // Two years of 3% growth of the aged; everything else at the status quo.
        var result = WhatIfEngine.Run(County, Drivers(aged: 3));

        // aged = 100,000 × 1.03² = 106,090; residents = 1,000,000 + 6,090.
        Assert.Equal(106_090, result[WhatIfMeasure.Aged60Plus]!.Scenario, Tolerance);
        Assert.Equal(1_006_090, result[WhatIfMeasure.Residents]!.Scenario, Tolerance);
        // 30 beds per 1,000 aged: 3,182.7 needed against 2,500 held.
        Assert.Equal(3_182.7, result[WhatIfMeasure.BedsNeeded]!.Scenario, Tolerance);
        Assert.Equal(682.7, result[WhatIfMeasure.BedsGap]!.Scenario, Tolerance);
        Assert.Equal(500, result[WhatIfMeasure.BedsGap]!.Reference, Tolerance);
        // Funeral subsidies: 1,000 × (0.8 × 1.0609 + 0.2).
        Assert.Equal(1_048.72, result[WhatIfMeasure.FuneralSubsidy]!.Scenario, Tolerance);
        // 18 social workers per 10,000 residents.
        Assert.Equal(1_810.962, result[WhatIfMeasure.SocialWorkersNeeded]!.Scenario, Tolerance);
        Assert.Equal(310.962, result[WhatIfMeasure.SocialWorkersGap]!.Scenario, Tolerance);
        // The eligible share stays 16,000 / 0.8 / 1,000,000 = 2% while the standard is unchanged.
        Assert.Equal(0.8 * 1_006_090 * 0.02, result[WhatIfMeasure.DibaoPersons]!.Scenario, Tolerance);
        Assert.Equal(16_000, result[WhatIfMeasure.DibaoPersons]!.Reference, Tolerance);
    }

    [Fact]
    public void Standard_growth_moves_the_eligible_share_along_the_lognormal()
    {
        // Share below the line: Φ(Φ⁻¹(0.02) + 2 ln 1.05 / 0.8) = Φ(−2.05375 + 0.12198) = 0.0266937.
        var result = WhatIfEngine.Run(County, Drivers(standard: 5));
        Assert.Equal(0.8 * 1_000_000 * 0.0266937, result[WhatIfMeasure.DibaoPersons]!.Scenario, 0.5);
    }

    [Fact]
    public void Base_year_reproduces_the_observed_recipients_and_payments()
    {
        var result = WhatIfEngine.Run(County, Drivers(aged: 4, standard: 6, edge: 2, takeUp: 0.9));
        Assert.Equal(16_000, result[WhatIfMeasure.DibaoPersons]!.BaseYear, Tolerance);
        Assert.Equal(10_000, result[WhatIfMeasure.DibaoHouseholds]!.BaseYear, Tolerance);
        Assert.Equal(9_600, result[WhatIfMeasure.DibaoPayments]!.BaseYear, Tolerance);
        Assert.Equal(3_000, result[WhatIfMeasure.BedsNeeded]!.BaseYear, Tolerance);
    }

    [Fact]
    public void Same_inputs_give_the_same_answer()
    {
        var a = WhatIfEngine.Run(County, Drivers(aged: 3.3, standard: 7.1, edge: 1.8, takeUp: 0.66, year: 2029));
        var b = WhatIfEngine.Run(County with { Notes = [] }, Drivers(aged: 3.3, standard: 7.1, edge: 1.8, takeUp: 0.66, year: 2029));
        Assert.Equal(a.Outputs, b.Outputs, (x, y) =>
            x.Measure == y.Measure && x.Scenario.Equals(y.Scenario) && x.Reference.Equals(y.Reference)
            && x.Contributions.SequenceEqual(y.Contributions));
    }

    [Fact]
    public void Contributions_sum_to_the_change()
    {
        var result = WhatIfEngine.Run(County, Drivers(aged: 4, standard: 8, edge: 2, takeUp: 0.95, year: 2030));
        Assert.Equal(WhatIfMeasure.All.Count, result.Outputs.Count);
        foreach (var o in result.Outputs)
        {
            Assert.Equal(o.Change, o.Contributions.Sum(c => c.Contribution), 1e-6 * Math.Max(1, Math.Abs(o.Scenario)));
        }
    }

    [Fact]
    public void A_driver_that_does_not_move_gets_no_credit()
    {
        var result = WhatIfEngine.Run(County, Drivers(takeUp: 0.9));
        var persons = result[WhatIfMeasure.DibaoPersons]!;
        Assert.Equal(WhatIfDriver.TakeUp, persons.MainDriver!.Driver);
        Assert.Equal(persons.Change, persons.Contributions.Single(c => c.Driver == WhatIfDriver.TakeUp).Contribution, Tolerance);
        Assert.All(persons.Contributions.Where(c => c.Driver != WhatIfDriver.TakeUp), c => Assert.Equal(0, c.Contribution, Tolerance));
        Assert.Equal(0, result[WhatIfMeasure.BedsNeeded]!.Change, Tolerance);
        var moved = Assert.Single(persons.Moved);
        Assert.Equal((WhatIfDriver.TakeUp, 0.8, 0.9, "persons"), (moved.Driver, moved.From, moved.To, moved.Unit));
        Assert.Equal(2_000, moved.Contribution, Tolerance);
    }

    public static TheoryData<WhatIfDriver, string[]> Monotone => new()
    {
        { WhatIfDriver.AgedGrowth, ["residents", "residents_60plus", "dibao_persons", "dibao_households", "dibao_payments", "edge_persons", "elderly_beds_needed", "elderly_beds_gap", "funeral_subsidy_persons", "certified_social_workers_needed", "certified_social_workers_gap"] },
        { WhatIfDriver.StandardGrowth, ["dibao_persons", "dibao_households", "dibao_payments"] },
        { WhatIfDriver.EdgeMultiplier, ["edge_persons", "edge_households"] },
        { WhatIfDriver.TakeUp, ["dibao_persons", "dibao_households", "dibao_payments", "edge_persons", "edge_households"] },
    };

    [Theory]
    [MemberData(nameof(Monotone))]
    public void Outputs_rise_with_their_driver(WhatIfDriver driver, string[] measures)
    {
        var (min, max) = driver switch
        {
            WhatIfDriver.AgedGrowth => (WhatIfDrivers.MinAgedGrowth, WhatIfDrivers.MaxAgedGrowth),
            WhatIfDriver.StandardGrowth => (WhatIfDrivers.MinStandardGrowth, WhatIfDrivers.MaxStandardGrowth),
            WhatIfDriver.EdgeMultiplier => (WhatIfDrivers.MinEdgeMultiplier, WhatIfDrivers.MaxEdgeMultiplier),
            _ => (0.05, 1.0),
        };
        var others = Drivers(aged: 2, standard: 4, edge: 1.7, takeUp: 0.7, year: 2030);
        double[]? previous = null;
        for (var step = 0; step <= 20; step++)
        {
            var value = min + ((max - min) * step / 20);
            var scenario = others.With(driver, Drivers(aged: value, standard: value, edge: value, takeUp: value, year: 2030));
            var result = WhatIfEngine.Run(County, scenario);
            var current = measures.Select(m => result.Outputs.Single(o => o.Measure.Code == m).Scenario).ToArray();
            if (previous is not null)
            {
                for (var i = 0; i < measures.Length; i++)
                {
                    Assert.True(current[i] >= previous[i] - 1e-9, $"{measures[i]} fell from {previous[i]} to {current[i]} as {driver} rose to {value}");
                }
            }

            previous = current;
        }

        var low = WhatIfEngine.Run(County, others.With(driver, Drivers(aged: min, standard: min, edge: min, takeUp: 0.05, year: 2030)));
        var high = WhatIfEngine.Run(County, others.With(driver, Drivers(aged: max, standard: max, edge: max, takeUp: 1, year: 2030)));
        Assert.True(high[WhatIfMeasure.All.Single(m => m.Code == measures[0])]!.Scenario > low[WhatIfMeasure.All.Single(m => m.Code == measures[0])]!.Scenario);
    }

    [Theory]
    [InlineData(20, 0, 1.5, 0.8, 2026, "60岁及以上人口年增长率")]
    [InlineData(0, 40, 1.5, 0.8, 2026, "dibao standard growth must be between")]
    [InlineData(0, 0, 2.5, 0.8, 2026, "edge-household multiplier must be between 1.5 and 2")]
    [InlineData(0, 0, 1.5, 0, 2026, "take-up rate must be in (0, 1]")]
    [InlineData(0, 0, 1.5, 0.8, 2020, "target year must be between 2024 and 2054")]
    [InlineData(double.NaN, 0, 1.5, 0.8, 2026, "aged 60+ must be between")]
    public void Out_of_range_drivers_are_refused_with_a_clear_error(double aged, double standard, double edge, double takeUp, int year, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => WhatIfEngine.Run(County, new WhatIfDrivers(aged, standard, edge, takeUp, year)));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_inputs_make_outputs_unavailable_not_guessed()
    {
        var result = WhatIfEngine.Run(County with { DibaoPayments = null, BedsPer1000AgedTarget = null }, Drivers(aged: 3));
        Assert.Null(result[WhatIfMeasure.DibaoPayments]);
        Assert.Null(result[WhatIfMeasure.BedsGap]);
        Assert.NotNull(result[WhatIfMeasure.DibaoPersons]);
        Assert.Equal([new WhatIfInput("dibao_payments")], result.Unavailable.Single(u => u.Measure == WhatIfMeasure.DibaoPayments).Missing);
        Assert.Equal([new WhatIfInput("elderly_beds", TargetBasis.Per1kAged60Plus)], result.Unavailable.Single(u => u.Measure == WhatIfMeasure.BedsNeeded).Missing);
        Assert.Equal([new WhatIfInput("elderly_beds", TargetBasis.Per1kAged60Plus)], result.Unavailable.Single(u => u.Measure == WhatIfMeasure.BedsGap).Missing);
        var noBeds = WhatIfEngine.Run(County with { ElderlyBeds = null, BedsPer1000AgedTarget = null }, Drivers(aged: 3));
        Assert.Equal(
            [new WhatIfInput("elderly_beds", TargetBasis.Per1kAged60Plus), new WhatIfInput("elderly_beds")],
            noBeds.Unavailable.Single(u => u.Measure == WhatIfMeasure.BedsGap).Missing);
        Assert.All(result.Unavailable, u => Assert.Equal(WhatIfNoteKind.Unavailable, u.Kind));
    }

    [Fact]
    public void Zero_recipients_make_dibao_outputs_unavailable_with_nothing_missing()
    {
        var result = WhatIfEngine.Run(County with { DibaoPersons = 0 }, Drivers());
        Assert.Empty(result.Unavailable.Single(u => u.Measure == WhatIfMeasure.DibaoPersons).Missing);
    }

    [Fact]
    public void Run_notes_say_the_base_take_up_is_assumed_and_which_gaps_are_shown_as_zero()
    {
        // 2,500 beds against 30 per 1,000 of 100,000 aged (3,000 needed): shrinking the aged by 5 %/yr
        // for 5 years needs 3,000 × 0.95⁵ ≈ 2,321 beds, below the stock, so the gap is floored at 0.
        var baseline = County with { Notes = [new WhatIfNote.Target("elderly_beds", 30, TargetBasis.Per1kAged60Plus, 2025, false)] };
        var result = WhatIfEngine.Run(baseline, Drivers(aged: -5, year: 2029));

        Assert.Equal(0, result[WhatIfMeasure.BedsGap]!.Scenario);
        Assert.Equal(
            [WhatIfNoteKind.Target, WhatIfNoteKind.TakeUpAssumed, WhatIfNoteKind.GapClamped],
            result.Notes.Select(n => n.Kind));
        Assert.Equal(new WhatIfNote.TakeUpAssumed(0.8), result.Notes[1]);
        var gap = Assert.IsType<WhatIfNote.GapClamped>(result.Notes[2]);
        Assert.Equal((WhatIfMeasure.BedsGap, 2_500d), (gap.Gap, gap.Existing));
        Assert.Equal(3_000 * Math.Pow(0.95, 5), gap.Needed, 1e-6);
        // 18 per 10,000 of ~977,400 residents ≈ 1,759 social workers, above the 1,500 on file: a real gap, no note.
        Assert.DoesNotContain(result.Notes, n => n is WhatIfNote.GapClamped { Gap: var g } && g == WhatIfMeasure.SocialWorkersGap);
    }

    [Fact]
    public void A_measured_base_take_up_calibrates_the_model_and_says_where_it_came_from()
    {
        var measured = new TakeUpMeasurement(0.64, "households.duckdb", new DateOnly(2024, 12, 31), 25_000, 16_000, 1, Synthetic: true);
        var assumptions = WhatIfAssumptions.Default.WithMeasuredTakeUp(measured);
        var result = WhatIfEngine.Run(County, Drivers(takeUp: 0.64), assumptions);

        Assert.Equal(new WhatIfNote.TakeUpMeasured(measured), Assert.Single(result.Notes));
        Assert.Equal(0.64, result.Reference.TakeUpRate);
        // The status quo at the measured take-up reproduces the base year's recipients.
        Assert.Equal(16_000, result[WhatIfMeasure.DibaoPersons]!.Reference, 1e-6);
        // Overriding the rate afterwards makes it an assumption again.
        Assert.IsType<WhatIfNote.TakeUpAssumed>((assumptions with { BaseTakeUp = 0.7 }).TakeUpNote);
    }
}
