using System.Globalization;
using Analytics.Etl.Extraction.Numbers;

namespace Analytics.Tests.Etl.Numbers;

public sealed class ChineseNumberTests
{
    // Expected values are strings so the test also pins the normalised form: 148700, never 148700.00.
    private static void AssertExact(string expected, decimal actual)
    {
        Assert.Equal(decimal.Parse(expected, NumberStyles.Number, CultureInfo.InvariantCulture), actual);
        Assert.Equal(expected, actual.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("1,234", "1234")]
    [InlineData("1,234,567", "1234567")]
    [InlineData("6561.57", "6561.57")]
    [InlineData("82，225.00", "82225")]
    [InlineData("１２３", "123")]
    [InlineData("１２３４", "1234")]
    [InlineData("１２．５", "12.5")]
    [InlineData(" 42 ", "42")]
    [InlineData("0", "0")]
    [InlineData("-3", "-3")]
    [InlineData("1.2万", "12000")]
    [InlineData("10.1万", "101000")]
    [InlineData("14.87亿", "1487000000")]
    [InlineData("2亿", "200000000")]
    [InlineData("1.5万亿", "1500000000000")]
    [InlineData("12345万", "123450000")]
    [InlineData("100万三千", "1003000")]
    [InlineData("1万600", "10600")]
    [InlineData("1亿72300", "100072300")]
    [InlineData("200亿零四千230", "20000004230")]
    public void Arabic_and_mixed_numerals_read_exactly(string text, string expected)
    {
        Assert.True(ChineseNumber.TryParse(text, out var value));
        AssertExact(expected, value);
    }

    [Theory]
    [InlineData("〇", "0")]
    [InlineData("零", "0")]
    [InlineData("两", "2")]
    [InlineData("十", "10")]
    [InlineData("十二", "12")]
    [InlineData("一百二十", "120")]
    [InlineData("两千三百零五", "2305")]
    [InlineData("一万零一", "10001")]
    [InlineData("一千零十", "1010")]
    [InlineData("一百十六", "116")]
    [InlineData("廿二", "22")]
    [InlineData("两万", "20000")]
    [InlineData("一亿零一万", "100010000")]
    [InlineData("一万亿", "1000000000000")]
    [InlineData("一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一", "1111111111111111")]
    [InlineData("十一億零九", "1100000009")]
    public void Chinese_numerals_with_units_read_exactly(string text, string expected)
    {
        Assert.True(ChineseNumber.TryParse(text, out var value));
        AssertExact(expected, value);
    }

    [Theory]
    [InlineData("三万五", "35000")]
    [InlineData("十三万五", "135000")]
    [InlineData("一百二", "120")]
    [InlineData("两千六", "2600")]
    [InlineData("一百二十万三", "1203000")]
    [InlineData("一亿五", "150000000")]
    [InlineData("一万零五", "10005")]
    public void A_lone_digit_after_a_unit_is_the_next_lower_place(string text, string expected)
    {
        Assert.True(ChineseNumber.TryParse(text, out var value));
        AssertExact(expected, value);
    }

    [Theory]
    [InlineData("一七二零", "1720")]
    [InlineData("二〇二三", "2023")]
    [InlineData("二○二三", "2023")]
    [InlineData("幺幺零", "110")]
    [InlineData("一一", "11")]
    public void Unit_free_chinese_digits_read_digit_by_digit(string text, string expected)
    {
        Assert.True(ChineseNumber.TryParse(text, out var value));
        AssertExact(expected, value);
    }

    [Theory]
    [InlineData("零点五", "0.5")]
    [InlineData("五点零六", "5.06")]
    [InlineData("一点零", "1")]
    [InlineData("一百点123", "100.123")]
    [InlineData("四万点六", "40000.6")]
    [InlineData("二十点一万", "201000")]
    [InlineData("一七二零点一三四", "1720.134")]
    [InlineData("九十九點零零零五", "99.0005")]
    [InlineData("负五", "-5")]
    [InlineData("負十點五", "-10.5")]
    [InlineData("负零点一零", "-0.1")]
    [InlineData("-10.1万", "-101000")]
    public void Decimals_and_signs_read_exactly(string text, string expected)
    {
        Assert.True(ChineseNumber.TryParse(text, out var value));
        AssertExact(expected, value);
    }

    [Theory]
    [InlineData("壹佰贰拾", "120")]
    [InlineData("壹仟壹佰壹拾壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", "111111111111")]
    [InlineData("肆佰叁拾萬", "4300000")]
    [InlineData("壹拾万零叁仟肆佰伍拾叁", "103453")]
    [InlineData("拾", "10")]
    [InlineData("贰拾点伍陆", "20.56")]
    public void Financial_numerals_read_like_plain_ones(string text, string expected)
    {
        Assert.True(ChineseNumber.TryParse(text, out var value));
        AssertExact(expected, value);
    }

    [Theory]
    [InlineData("十分之五", "0.5")]
    [InlineData("二分之一", "0.5")]
    [InlineData("三又五分之一", "3.2")]
    [InlineData("一百分之一", "0.01")]
    [InlineData("千分之五", "0.005")]
    [InlineData("百分之八", "0.08")]
    [InlineData("负三又五分之一", "-3.2")]
    public void Fractions_are_exact_decimal_division(string text, string expected)
    {
        Assert.True(ChineseNumber.TryParse(text, out var value));
        AssertExact(expected, value);
    }

    [Fact]
    public void A_third_is_divided_out_to_decimal_precision()
    {
        Assert.True(ChineseNumber.TryParse("三分之一", out var value));
        Assert.Equal(1m / 3m, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("万")]
    [InlineData("亿")]
    [InlineData("点")]
    [InlineData("点五")]
    [InlineData("十点")]
    [InlineData("十十")]
    [InlineData("百")]
    [InlineData("一二百")]
    [InlineData("两两")]
    [InlineData("1二3")]
    [InlineData("abc")]
    [InlineData("12a")]
    [InlineData("十五个")]
    [InlineData("一百零")]
    [InlineData("万万")]
    [InlineData("一万二万")]
    [InlineData("一千2000")]
    [InlineData("1万60000")]
    [InlineData("四万点六万")]
    [InlineData("1,2")]
    [InlineData("1234,567")]
    [InlineData("1,2345")]
    [InlineData(",123")]
    [InlineData("负负五")]
    [InlineData("零分之一")]
    [InlineData("五分之")]
    [InlineData("99999999999999999999999999999")]
    [InlineData("一万亿亿亿亿")]
    public void Garbage_is_not_a_number(string text) =>
        Assert.False(ChineseNumber.TryParse(text, out _));

    [Theory]
    [InlineData("百分之九十五", "95")]
    [InlineData("百分之二点一五", "2.15")]
    [InlineData("百分五", "5")]
    [InlineData("百分百", "100")]
    [InlineData("百分之一百", "100")]
    [InlineData("百分之负三点八", "-3.8")]
    [InlineData("负百分之三", "-3")]
    [InlineData("95%", "95")]
    [InlineData("95％", "95")]
    [InlineData("-3.8%", "-3.8")]
    [InlineData("１２．５０％", "12.5")]
    public void Percent_gives_the_percentage_figure(string text, string expected)
    {
        Assert.True(ChineseNumber.TryParsePercent(text, out var value));
        AssertExact(expected, value);
    }

    [Theory]
    [InlineData("95")]
    [InlineData("百分之")]
    [InlineData("%")]
    [InlineData("百分之九十五个")]
    [InlineData("负百分之负三")]
    public void Percent_rejects_what_is_not_a_percentage(string text) =>
        Assert.False(ChineseNumber.TryParsePercent(text, out _));

    [Theory]
    [InlineData("十块三毛", "10.3")]
    [InlineData("三块五", "3.5")]
    [InlineData("五毛五", "0.55")]
    [InlineData("两毛", "0.2")]
    [InlineData("五分钱", "0.05")]
    [InlineData("十元零五分", "10.05")]
    [InlineData("82，225.00元", "82225")]
    [InlineData("三百万元", "3000000")]
    [InlineData("6561.57万元", "65615700")]
    [InlineData("14.87亿元", "1487000000")]
    [InlineData("壹拾壹元整", "11")]
    [InlineData("壹拾壹元壹角壹分", "11.11")]
    [InlineData("壹佰壹拾壹圆整", "111")]
    [InlineData("壹拾壹圆正", "11")]
    [InlineData("壹佰壹拾壹圆", "111")]
    [InlineData("肆佰叁拾萬圆整", "4300000")]
    [InlineData("玖仟陆佰陆拾伍圆壹角捌分", "9665.18")]
    [InlineData("壹元伍角整", "1.5")]
    [InlineData("二十五元三毛", "25.3")]
    [InlineData("十块三毛五", "10.35")]
    [InlineData("123元1角1分", "123.11")]
    [InlineData("三千三百八十元五角八分", "3380.58")]
    [InlineData("一百三十五块六角七分钱", "135.67")]
    [InlineData("￥1,200元", "1200")]
    [InlineData("负十元五角", "-10.5")]
    public void Money_folds_jiao_and_fen_into_yuan(string text, string expected)
    {
        Assert.True(ChineseNumber.TryParseMoneyYuan(text, out var value));
        AssertExact(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("元")]
    [InlineData("三百万")]
    [InlineData("十元三")]
    [InlineData("1.5元3角")]
    [InlineData("十二角")]
    [InlineData("五分之一")]
    [InlineData("三元美金")]
    [InlineData("十元整合")]
    [InlineData("十块三毛整")]
    [InlineData("钱")]
    [InlineData("五元一分钟")]
    public void Money_rejects_what_is_not_an_rmb_amount(string text) =>
        Assert.False(ChineseNumber.TryParseMoneyYuan(text, out _));

    [Theory]
    [InlineData('7')]
    [InlineData('７')]
    [InlineData('〇')]
    [InlineData('两')]
    [InlineData('幺')]
    [InlineData('十')]
    [InlineData('萬')]
    [InlineData('億')]
    [InlineData('仟')]
    [InlineData('廿')]
    [InlineData('点')]
    [InlineData('點')]
    [InlineData('.')]
    [InlineData('．')]
    public void Numeral_characters_are_recognised(char c) =>
        Assert.True(ChineseNumber.IsNumeralChar(c));

    [Theory]
    [InlineData('元')]
    [InlineData('个')]
    [InlineData('a')]
    [InlineData(',')]
    [InlineData('，')]
    [InlineData('-')]
    [InlineData('负')]
    [InlineData('%')]
    [InlineData(' ')]
    public void Other_characters_are_not_numeral_characters(char c) =>
        Assert.False(ChineseNumber.IsNumeralChar(c));
}
