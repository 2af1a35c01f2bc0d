using Analytics.Web.Data;
using Analytics.Web.Pages;

namespace Analytics.Tests.Web;

public sealed class WhatIfDisplayTests
{
    private static readonly Dictionary<string, IndicatorInfo> Indicators = new(StringComparer.Ordinal)
    {
        ["elderly_beds"] = new("elderly_beds", "elderly", "养老床位数", "Elderly-care beds", "beds", "count", "higher"),
    };

    [Theory]
    [InlineData(1103073.6, "persons", 1103074)]
    [InlineData(2.5, "households", 3)]
    [InlineData(75207591.0234, "wan_yuan", 75207591.02)]
    public void Counts_round_to_whole_numbers_and_money_to_two_decimals(decimal value, string unit, decimal shown) =>
        Assert.Equal(shown, Format.Rounded(value, unit));

    [Theory]
    [InlineData("elderly_beds 目标 target 55 per_1k_aged_60plus (2024)", false, "养老床位数目标：55 张/千名60岁以上老人（2024年）")]
    [InlineData("elderly_beds 目标 target 55 per_1k_aged_60plus (2024)", true, "Elderly-care beds target: 55 beds per 1,000 residents aged 60+ (2024)")]
    [InlineData("residents_60plus: 95 个县级单位合计 (sum of 95 counties)", true, "Residents aged 60+: sum of 95 counties")]
    [InlineData("elderly_beds: 3 个县级单位合计 (sum of 3 counties)", false, "养老床位数：3个县级单位合计")]
    [InlineData("something else", false, "something else")]
    public void Notes_name_indicators_and_bases_in_the_readers_language(string note, bool english, string readable) =>
        Assert.Equal(readable, WhatIfNotes.Readable(note, Indicators, new Lang(english)));
}
