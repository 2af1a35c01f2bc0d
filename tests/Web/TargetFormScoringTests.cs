using Analytics.Warehouse.Targets;
using Analytics.Web.Scoring;

namespace Analytics.Tests.Web;

/// <summary>
/// The target forms real documents use, each on hand-computed cases (docs/scoring.md gives the same
/// numbers): a ratio to another indicator, a share of one indicator in another, a range, a share of an
/// economic base; and what is missing when the figure to divide by is missing — never zero.
/// </summary>
public sealed class TargetFormScoringTests
{
    private static readonly ScoreTarget TekunRatio =
        new("tekun_standard", "social_assistance", TargetComparator.AtLeast, 1.3m, TargetBasis.Ratio, 1m, Of: "dibao_standard");

    private static readonly ScoreTarget NursingShare =
        new("nursing_beds", "elderly_care", TargetComparator.AtLeast, 70m, TargetBasis.Share, 1m, Of: "elderly_beds");

    private static readonly ScoreTarget BedsRange =
        new("elderly_beds", "elderly_care", TargetComparator.Range, 35m, TargetBasis.Per1kAged60Plus, 2m, ThresholdHigh: 40m);

    private static readonly ScoreTarget DibaoOfConsumption =
        new("dibao_standard", "social_assistance", TargetComparator.Range, 30m, TargetBasis.BaseShare, 1m, ThresholdHigh: 40m, Of: "consumption_per_capita", Lag: 1);

    private static readonly Residents Aged100k = new(500_000, 100_000, 2021);

    private static DistrictFigures Figures(params (string Indicator, decimal? Value)[] values) =>
        new(2021, values.ToDictionary(v => v.Indicator, v => v.Value), Aged100k, new Dictionary<(string Base, int Year), Reference>
        {
            [("consumption_per_capita", 2020)] = new Reference(30_000m, "330600", 2020),
        });

    [Fact]
    public void A_ratio_divides_by_the_other_indicator_of_the_same_district_and_year()
    {
        // 嵊州市 2021 (seed report): 特困供养标准 1,179 ÷ 低保标准 890 = 1.32472; ÷ 1.3 = 1.01902 → met.
        var score = Scorer.ScoreOne(TekunRatio, Figures(("tekun_standard", 1179m), ("dibao_standard", 890m)));

        Assert.Equal(1179m / 890m, score.Measured);
        Assert.Equal(1179m / 890m / 1.3m, score.Attainment);
        Assert.Equal(TargetStatus.Met, score.Status);
        Assert.Equal(890m, score.Against!.Value);
        Assert.Equal(1179m / 890m - 1.3m, score.Gap);

        // 1,100 ÷ 900 = 1.2222 → 0.9402 of 1.3: near.
        Assert.Equal(TargetStatus.Near, Scorer.ScoreOne(TekunRatio, Figures(("tekun_standard", 1100m), ("dibao_standard", 900m))).Status);
    }

    [Fact]
    public void A_share_is_the_part_over_the_whole_in_percent()
    {
        // 9,447 nursing-type of 14,934 beds = 63.258%; ÷ 70 = 0.90369 → near, gap −6.74 points.
        var score = Scorer.ScoreOne(NursingShare, Figures(("nursing_beds", 9447m), ("elderly_beds", 14934m)));

        Assert.Equal(9447m * 100m / 14934m, score.Measured);
        Assert.Equal(9447m * 100m / 14934m / 70m, score.Attainment);
        Assert.Equal(TargetStatus.Near, score.Status);
        Assert.Equal(-6.74m, Math.Round(score.Gap!.Value, 2));
    }

    [Theory]
    [InlineData(3000, 30, 30.0 / 35, TargetStatus.Missed, -5)]    // 3,000 beds ÷ 100 = 30 per 1,000: below, 30 ÷ 35
    [InlineData(3400, 34, 34.0 / 35, TargetStatus.Near, -1)]      // 34 ÷ 35 = 0.971
    [InlineData(3500, 35, 1.0, TargetStatus.Met, 0)]              // the low end meets it
    [InlineData(3700, 37, 1.0, TargetStatus.Met, 0)]              // inside
    [InlineData(4500, 45, 1.0, TargetStatus.Met, 5)]              // above is met too; gap counts from the high end
    public void A_range_is_met_from_its_low_end_up_and_below_it_scores_value_over_low(
        int beds, double measured, double attainment, TargetStatus status, double gap)
    {
        var score = Scorer.ScoreOne(BedsRange, Figures(("elderly_beds", beds)));

        Assert.Equal((decimal)measured, score.Measured);
        Assert.Equal(Math.Round((decimal)attainment, 10), Math.Round(score.Attainment!.Value, 10));
        Assert.Equal(status, score.Status);
        Assert.Equal((decimal)gap, score.Gap);
        Assert.Equal(Math.Min(score.Attainment!.Value, Scorer.Cap), score.Credit);
    }

    [Fact]
    public void A_base_share_is_twelve_months_of_the_standard_over_the_base_of_the_year_the_target_names()
    {
        // 低保 850 元/月 × 12 = 10,200 ÷ 2020 consumption 30,000 = 34% → inside 30–40%: met.
        var inside = Scorer.ScoreOne(DibaoOfConsumption, Figures(("dibao_standard", 850m)));
        Assert.Equal(34m, inside.Measured);
        Assert.Equal(TargetStatus.Met, inside.Status);
        Assert.Equal(new Reference(30_000m, "330600", 2020), inside.Against);

        // 700 × 12 = 8,400 ÷ 30,000 = 28% → 28 ÷ 30 = 0.9333: near, 2 points short.
        var below = Scorer.ScoreOne(DibaoOfConsumption, Figures(("dibao_standard", 700m)));
        Assert.Equal(28m, below.Measured);
        Assert.Equal(28m / 30m, below.Attainment);
        Assert.Equal(TargetStatus.Near, below.Status);
        Assert.Equal(-2m, below.Gap);
    }

    [Fact]
    public void Without_the_figure_to_divide_by_a_relative_target_is_missing_with_its_reason_and_never_zero()
    {
        var noBase = Scorer.ScoreOne(DibaoOfConsumption, DistrictFigures.Of(2021, new Dictionary<string, decimal?> { ["dibao_standard"] = 850m }, null));
        var noOf = Scorer.ScoreOne(TekunRatio, Figures(("tekun_standard", 1179m)));
        var maskedOf = Scorer.ScoreOne(TekunRatio, Figures(("tekun_standard", 1179m), ("dibao_standard", null)));
        var zeroOf = Scorer.ScoreOne(NursingShare, Figures(("nursing_beds", 10m), ("elderly_beds", 0m)));
        var wrongYear = Scorer.ScoreOne(DibaoOfConsumption with { Lag = 0 }, Figures(("dibao_standard", 850m)));

        Assert.Equal([MissingReason.NoBase, MissingReason.NoOfValue, MissingReason.NoOfValue, MissingReason.ZeroOfValue, MissingReason.NoBase],
            new[] { noBase, noOf, maskedOf, zeroOf, wrongYear }.Select(s => s.MissingReason));
        Assert.All(new[] { noBase, noOf, maskedOf, zeroOf, wrongYear }, s =>
        {
            Assert.Equal(TargetStatus.Missing, s.Status);
            Assert.Null(s.Credit);
            Assert.Null(s.Attainment);
        });
    }

    [Fact]
    public void The_composite_over_mixed_forms_leaves_a_missing_relative_target_out_of_the_mean()
    {
        // Ratio 1.01902 (weight 1), share 9,447 ÷ 14,934 → 0.90369 (1) and range 1.0 (2) have data; the
        // base share has no base (1) and is left out, not counted as zero.
        // Composite = (1.01902 + 0.90369 + 2 × 1.0) / 4; coverage 4 of 5.
        var figures = new DistrictFigures(2021,
            new Dictionary<string, decimal?> { ["tekun_standard"] = 1179m, ["dibao_standard"] = 890m, ["nursing_beds"] = 9447m, ["elderly_beds"] = 14934m },
            new Residents(2_000_000, 400_000, 2021), DistrictFigures.NoBases);

        var score = Scorer.Score("330683", [TekunRatio, NursingShare, BedsRange, DibaoOfConsumption], figures);

        // Beds 14,934 ÷ 400 = 37.335 per 1,000: inside the range, 1.0.
        var expected = ((1179m / 890m / 1.3m) + (9447m * 100m / 14934m / 70m) + (2m * 1m)) / 4m;
        Assert.Equal(expected, score.Composite);
        Assert.Equal(4m / 5m, score.Coverage);
        Assert.Equal(MissingReason.NoBase, score.Indicators.Single(i => i.Target.Basis == TargetBasis.BaseShare).MissingReason);
    }
}
