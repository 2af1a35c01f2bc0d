using Analytics.Models.WhatIf;
using Analytics.Warehouse.Targets;
using Analytics.Web.Data;
using Analytics.Web.Pages;

namespace Analytics.Tests.Web;

public sealed class WhatIfDisplayTests
{
    private static readonly Dictionary<string, IndicatorInfo> Indicators = new(StringComparer.Ordinal)
    {
        ["elderly_beds"] = new("elderly_beds", "elderly", "养老床位数", "Elderly-care beds", "beds", "count", "higher"),
        ["dibao_standard"] = new("dibao_standard", "social_assistance", "低保标准", "Dibao standard", "yuan_per_person_month", "standard", "higher"),
        ["dibao_payments"] = new("dibao_payments", "social_assistance", "低保金发放", "Dibao payments", "wan_yuan", "flow", "neutral"),
    };

    private static readonly TakeUpMeasurement Measured = new(0.7234, "households.duckdb", new DateOnly(2025, 12, 31), 12_345, 8_930.4, 3, Synthetic: true);

    /// <summary>One example of every note kind, with its Chinese and English rendering.</summary>
    public static TheoryData<WhatIfNote, string, string> Notes => new()
    {
        { new WhatIfNote.CountySum("residents_60plus", 95), "60岁及以上人口：95个县级单位合计", "Residents aged 60+: sum of 95 counties" },
        { new WhatIfNote.CountySum("elderly_beds", 3), "养老床位数：3个县级单位合计", "Elderly-care beds: sum of 3 counties" },
        { new WhatIfNote.CountySum("dibao_persons", 1), "低保人数：1个县级单位合计", "Dibao recipients: sum of 1 county" },
        { new WhatIfNote.WeightedStandard("dibao_standard", 4), "低保标准：4个县级单位按低保人数加权平均", "Dibao standard: recipient-weighted mean of 4 counties" },
        {
            new WhatIfNote.Target("elderly_beds", 55, TargetBasis.Per1kAged60Plus, 2024, false),
            "养老床位数目标：55 张/千名60岁以上老人（2024年，示例目标（非官方））", "Elderly-care beds target: 55 beds per 1,000 residents aged 60+ (2024, example target (not official))"
        },
        { new WhatIfNote.TakeUpAssumed(0.8), "基年参保率0.8为假设值，非测算值", "The base-year take-up 0.8 is assumed, not measured" },
        {
            new WhatIfNote.TakeUpMeasured(Measured),
            "基年参保率0.72由住户文件households.duckdb测算（合成数据）：2025-12-31符合条件12,345人中在册8,930人（3个县级单位）",
            "The base-year take-up 0.72 was measured on the household file households.duckdb (synthetic): 8,930 of 12,345 eligible people enrolled on 2025-12-31 (3 counties)"
        },
        {
            new WhatIfNote.GapClamped(WhatIfMeasure.BedsGap, 12_000, 10_000.4),
            "养老床位缺口记为0：基年存量12,000已超过模拟情景所需的10,000",
            "Elderly-care bed gap shown as 0: the base-year stock of 12,000 exceeds the 10,000 the scenario needs"
        },
        {
            new WhatIfNote.Unavailable(WhatIfMeasure.BedsGap, [new("elderly_beds", TargetBasis.Per1kAged60Plus), new("elderly_beds")]),
            "养老床位缺口：缺少养老床位数目标（张/千名60岁以上老人）、养老床位数",
            "Elderly-care bed gap: missing the elderly-care beds target (beds per 1,000 residents aged 60+), elderly-care beds"
        },
        {
            new WhatIfNote.Unavailable(WhatIfMeasure.DibaoPayments, [new("dibao_payments"), new("residents")]),
            "低保金发放：缺少低保金发放、常住人口", "Dibao payments: missing dibao payments, residents"
        },
        {
            new WhatIfNote.Unavailable(WhatIfMeasure.DibaoPersons, []),
            "低保人数：基年数值无法校准模型（如低保人数为0）", "Dibao recipients: the base-year values cannot calibrate the model (e.g. no recipients)"
        },
    };

    [Theory]
    [InlineData(1103073.6, "persons", 1103074)]
    [InlineData(2.5, "households", 3)]
    [InlineData(75207591.0234, "wan_yuan", 75207591.02)]
    public void Counts_round_to_whole_numbers_and_money_to_two_decimals(decimal value, string unit, decimal shown) =>
        Assert.Equal(shown, Format.Rounded(value, unit));

    [Theory]
    [MemberData(nameof(Notes))]
    public void Each_note_kind_reads_in_chinese_and_in_english(WhatIfNote note, string zh, string en)
    {
        Assert.Equal(zh, new WhatIfText(Indicators, Lang.Zh).Note(note));
        Assert.Equal(en, new WhatIfText(Indicators, Lang.En).Note(note));
    }

    [Fact]
    public void The_examples_cover_every_note_kind() =>
        Assert.Equal(Enum.GetValues<WhatIfNoteKind>(), Notes.Select(row => row.Data.Item1.Kind).Distinct().Order());

    [Fact]
    public void Explanation_lists_the_drivers_that_moved_largest_first_rounded_to_the_unit()
    {
        var output = new WhatIfOutput(WhatIfMeasure.DibaoPersons, 16_000, 16_000, 17_234.6,
        [
            new(WhatIfDriver.AgedGrowth, 0, 3, 0, "persons"),
            new(WhatIfDriver.TakeUp, 0.8, 0.85, 234.4, "persons"),
            new(WhatIfDriver.StandardGrowth, 0, 5, 1_000.2, "persons"),
        ]);

        Assert.Equal("低保人数 +1,235：低保标准增长 +1,000，参保率 +234", new WhatIfText(Indicators, Lang.Zh).Explanation(output));
        Assert.Equal("Dibao recipients +1,235: dibao standard growth +1,000, take-up rate +234", new WhatIfText(Indicators, Lang.En).Explanation(output));
    }

    [Fact]
    public void Explanation_says_so_when_no_driver_moved() =>
        Assert.Equal(
            "Elderly-care bed gap 0: no driver moved it",
            new WhatIfText(Indicators, Lang.En).Explanation(new WhatIfOutput(WhatIfMeasure.BedsGap, 0, 0, 0, [new(WhatIfDriver.AgedGrowth, 0, 0, 0, "beds")])));

    [Theory]
    [InlineData(WhatIfDriver.AgedGrowth, "60岁及以上人口增长", "growth of residents aged 60+")]
    [InlineData(WhatIfDriver.StandardGrowth, "低保标准增长", "dibao standard growth")]
    [InlineData(WhatIfDriver.EdgeMultiplier, "低保边缘倍数", "edge-household multiplier")]
    [InlineData(WhatIfDriver.TakeUp, "参保率", "take-up rate")]
    public void Every_driver_has_a_name_in_both_languages(WhatIfDriver driver, string zh, string en) =>
        Assert.Equal((zh, en), (WhatIfText.Driver(driver, Lang.Zh), WhatIfText.Driver(driver, Lang.En)));
}
