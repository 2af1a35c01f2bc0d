using Analytics.Warehouse.Targets;
using Analytics.Web.Data;
using Analytics.Web.Scoring;

namespace Analytics.Tests.Web;

public sealed class ScoringTests
{
    private static readonly ScoreTarget Beds = new("elderly_beds", "elderly_care", TargetComparator.AtLeast, 50m, TargetBasis.Per1kAged60Plus, 2m);
    private static readonly ScoreTarget Stations = new("social_work_stations", "social_work", TargetComparator.AtLeast, 10m, TargetBasis.Absolute, 1m);
    private static readonly ScoreTarget Burial = new("eco_burial_rate", "burial", TargetComparator.AtLeast, 60m, TargetBasis.Percent, 1m);
    private static readonly ScoreTarget Dibao = new("dibao_standard", "social_assistance", TargetComparator.AtLeast, 1000m, TargetBasis.Absolute, 1m);
    private static readonly ScoreTarget Charity = new("charity_raised", "charity", TargetComparator.AtLeast, 100m, TargetBasis.Per10kResidents, 1m);
    private static readonly ScoreTarget[] All = [Beds, Stations, Burial, Dibao, Charity];
    private static readonly Residents Shangcheng = new(1_000_000, 200_000, 2023);

    [Theory]
    [InlineData(">=", 55, 50, 1.1)]
    [InlineData(">=", 45, 50, 0.9)]
    [InlineData("<=", 40, 50, 1.25)]
    [InlineData("<=", 62.5, 50, 0.8)]
    [InlineData("=", 40, 50, 0.8)]
    [InlineData("=", 62.5, 50, 0.8)]
    [InlineData("<=", 0, 50, 1.2)]
    [InlineData(">=", 5, 0, 1.2)]
    public void Attainment_is_value_over_threshold_or_threshold_over_value(string comparator, double value, double threshold, double expected) =>
        Assert.Equal((decimal)expected, Scorer.Attainment(TargetComparators.Parse(comparator), (decimal)value, (decimal)threshold));

    [Fact]
    public void Per_capita_bases_divide_by_residents_from_the_population_table()
    {
        Assert.Equal(60m, Scorer.Measure(12_000m, TargetBasis.Per1kAged60Plus, Shangcheng).Measured);
        Assert.Equal(120m, Scorer.Measure(12_000m, TargetBasis.Per10kResidents, Shangcheng).Measured);
        Assert.Equal(66m, Scorer.Measure(66m, TargetBasis.Percent, Shangcheng).Measured);
        Assert.Equal(((decimal?)null, (MissingReason?)MissingReason.NoAgedResidents), Scorer.Measure(12_000m, TargetBasis.Per1kAged60Plus, new Residents(1_000_000, null, 2023)));
        Assert.Equal(((decimal?)null, (MissingReason?)MissingReason.NoResidents), Scorer.Measure(12_000m, TargetBasis.Per10kResidents, null));
    }

    [Theory]
    [InlineData(1.0, TargetStatus.Met)]
    [InlineData(1.3, TargetStatus.Met)]
    [InlineData(0.9, TargetStatus.Near)]
    [InlineData(0.8999, TargetStatus.Missed)]
    public void Status_is_met_from_100_percent_and_near_from_90(double attainment, TargetStatus expected) =>
        Assert.Equal(expected, Scorer.StatusOf((decimal)attainment));

    [Fact]
    public void Credit_is_capped_at_120_percent_but_status_uses_the_uncapped_attainment()
    {
        var score = Scorer.ScoreOne(Stations, 20m, null);

        Assert.Equal(2.0m, score.Attainment);
        Assert.Equal(1.2m, score.Credit);
        Assert.Equal(10m, score.Gap);
        Assert.Equal(TargetStatus.Met, score.Status);
    }

    [Fact]
    public void Composite_is_the_weighted_mean_of_capped_credit_hand_computed()
    {
        // 上城 2023: beds 12000/200k aged = 60 per 1k → 1.2; stations 12 → 1.2; burial 66 → 1.1;
        // dibao 1100 → 1.1; charity 12000 万元 / 100 (10k residents) = 120 → 1.2.
        // Composite = (2×1.2 + 1.2 + 1.1 + 1.1 + 1.2) / 6 = 7.0 / 6.
        var values = new Dictionary<string, decimal?>
        {
            ["elderly_beds"] = 12_000m, ["social_work_stations"] = 12m, ["eco_burial_rate"] = 66m, ["dibao_standard"] = 1100m, ["charity_raised"] = 12_000m,
        };

        var score = Scorer.Score("330102", All, values, Shangcheng);

        Assert.Equal(7.0m / 6m, score.Composite);
        Assert.Equal(1m, score.Coverage);
        Assert.Equal(1.2m, score.Families["elderly_care"]);
        Assert.Equal(1.1m, score.Families["burial"]);
        Assert.True(score.Rankable);
    }

    [Fact]
    public void Missing_values_are_left_out_of_the_mean_not_counted_as_zero()
    {
        // Only burial (66 → 1.1, weight 1) and stations (5 → 0.5, weight 1): composite 0.8, coverage 2/6.
        var values = new Dictionary<string, decimal?> { ["eco_burial_rate"] = 66m, ["social_work_stations"] = 5m, ["dibao_standard"] = null };

        var score = Scorer.Score("330205", All, values, null);

        Assert.Equal(0.8m, score.Composite);
        Assert.Equal(2m / 6m, score.Coverage);
        Assert.False(score.Rankable);
        Assert.Null(score.Families["elderly_care"]);
        Assert.Equal(TargetStatus.Missing, score.Indicators.Single(i => i.Target.Indicator == "dibao_standard").Status);
        Assert.Equal(MissingReason.NoValue, score.Indicators.Single(i => i.Target.Indicator == "dibao_standard").MissingReason);
    }

    [Fact]
    public void A_per_capita_target_without_population_is_missing()
    {
        var score = Scorer.ScoreOne(Beds, 12_000m, null);

        Assert.Equal(TargetStatus.Missing, score.Status);
        Assert.Equal(12_000m, score.Value);
        Assert.Null(score.Credit);
    }

    [Fact]
    public void Coverage_of_exactly_60_percent_ranks()
    {
        // Weights 2 (beds) + 1 (stations) of 5 = 60%.
        var targets = new[] { Beds, Stations, Burial, Dibao };
        var values = new Dictionary<string, decimal?> { ["elderly_beds"] = 10_000m, ["social_work_stations"] = 10m };

        var score = Scorer.Score("330102", targets, values, Shangcheng);

        Assert.Equal(0.6m, score.Coverage);
        Assert.True(score.Rankable);
    }

    [Fact]
    public void Ties_share_a_rank_and_the_next_rank_is_skipped()
    {
        DistrictScore D(string code, decimal? composite, decimal coverage = 1m) =>
            new(code, [], composite, coverage, new Dictionary<string, decimal?>());

        var ranks = Scorer.Rank([D("a", 1.1m), D("b", 0.96666m), D("c", 0.96667m), D("d", 0.8m), D("e", 1.5m, coverage: 0.5m), D("f", null, 0m)]);

        Assert.Equal(1, ranks["a"]);
        Assert.Equal(2, ranks["b"]);
        Assert.Equal(2, ranks["c"]);
        Assert.Equal(4, ranks["d"]);
        Assert.Null(ranks["e"]);
        Assert.Null(ranks["f"]);
    }

    [Fact]
    public void A_family_without_targets_is_not_assessed_and_adds_nothing_to_coverage()
    {
        ScoreTarget[] withoutCharity = [Beds, Stations, Burial, Dibao];
        var values = new Dictionary<string, decimal?> { ["social_work_stations"] = 12m, ["eco_burial_rate"] = 66m, ["dibao_standard"] = 1100m, ["elderly_beds"] = 11_000m };
        var board = new Scoreboard("330000", 2023, [.. withoutCharity.Select(t => new TargetRow(t, TargetOrigin.ExampleNote(null), false))], [], new Dictionary<(string, string), ActualValue>(), new Dictionary<string, Residents>(), false);

        var score = Scorer.Score("330102", withoutCharity, values, Shangcheng);

        Assert.False(board.Assesses("charity"));
        Assert.True(board.Assesses("burial"));
        Assert.Null(score.Families["charity"]);
        Assert.Equal(1m, score.Coverage);
    }
}
