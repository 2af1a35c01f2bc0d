using System.Globalization;
using Analytics.Etl.Extraction;

namespace Analytics.Tests.Etl.Extraction;

/// <summary>
/// A head count in a "惠及/救助/覆盖 N人" clause right after an amount belongs to the head-count
/// indicator of the amount's family that the amount's alias names (sentences our own).
/// </summary>
public sealed class BeneficiaryTests
{
    private static readonly FactExtractor Extractor = FactExtractor.CreateDefault();

    private static IReadOnlyList<ExtractedFact> Extract(string sentence) =>
        Extractor.Extract("test.txt", "平湖市民政局2024年工作总结\n\n" + sentence + "\n");

    [Theory]
    [InlineData("全年发放殡葬惠民补助资金350万元，惠及1.2万人。", "funeral_subsidy_amount", "350", "funeral_subsidy_persons", "12000")]
    [InlineData("落实殡葬惠民补助资金86.4万元，共惠及群众2160人。", "funeral_subsidy_amount", "86.4", "funeral_subsidy_persons", "2160")]
    [InlineData("全年支出临时救助资金615万元，救助困难群众4321人次。", "temp_relief_payments", "615", "temp_relief_cases", "4321")]
    [InlineData("发放临时救助金92万元，惠及1050人次。", "temp_relief_payments", "92", "temp_relief_cases", "1050")]
    [InlineData("累计发放低保资金5210万元，覆盖低保家庭7300户。", "dibao_payments", "5210", "dibao_households", "7300")]
    public void Count_after_an_amount_binds_to_the_head_count_of_its_family(
        string sentence, string amountCode, string amount, string countCode, string count)
    {
        var facts = Extract(sentence);
        Assert.Equal(2, facts.Count);
        Assert.Equal(Decimal(amount), Assert.Single(facts, f => f.Indicator == amountCode).Value);
        var counted = Assert.Single(facts, f => f.Indicator == countCode);
        Assert.Equal(Decimal(count), counted.Value);
        Assert.Equal(2024, counted.Year);
        Assert.True(counted.SpanStart > facts.Single(f => f.Indicator == amountCode).SpanEnd, "the count's span is its own, after the amount");
    }

    [Fact]
    public void A_run_of_counts_after_an_amount_gives_households_and_persons()
    {
        var facts = Extract("全年发放低保资金5210万元，惠及困难群众3120户5480人。");
        Assert.Equal(
            [("dibao_payments", 5210m), ("dibao_households", 3120m), ("dibao_persons", 5480m)],
            facts.Select(f => (f.Indicator, f.Value!.Value)));
    }

    [Fact]
    public void A_count_of_at_least_keeps_its_qualifier()
    {
        var count = Assert.Single(Extract("发放殡葬惠民补助资金128万元，受益群众3400余人。"), f => f.Indicator == "funeral_subsidy_persons");
        Assert.Equal((3400m, Qualifier.AtLeast), (count.Value!.Value, count.Qualifier));
    }

    [Theory]
    // 公益创投 has no head-count indicator: the beneficiaries of its projects are no statistic of the catalog.
    [InlineData("安排公益创投资金48万元支持22个项目，受益群众3.5万余人。", "venture_philanthropy_funds")]
    // 人次 is not a measure of persons: 殡葬惠民补助 counts people.
    [InlineData("发放殡葬惠民补助资金350万元，惠及1.2万人次。", "funeral_subsidy_amount")]
    // A clause that is not about reach ("培训…") says nothing of the recipients.
    [InlineData("发放殡葬惠民补助资金350万元，培训殡葬从业人员120人。", "funeral_subsidy_amount")]
    public void Count_without_a_fitting_head_count_is_left_out(string sentence, string amountCode)
    {
        var facts = Extract(sentence);
        Assert.Contains(facts, f => f.Indicator == amountCode);
        Assert.DoesNotContain(facts, f => f.Unit is "persons" or "households" or "person_times");
    }

    [Fact]
    public void Count_in_the_next_sentence_is_not_read_as_the_amounts() =>
        Assert.DoesNotContain(
            Extract("发放殡葬惠民补助资金350万元。惠及1.2万人。"),
            f => f.Indicator == "funeral_subsidy_persons");

    private static decimal Decimal(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);
}
