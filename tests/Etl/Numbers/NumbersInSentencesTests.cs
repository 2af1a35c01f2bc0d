using System.Globalization;
using Analytics.Etl.Extraction;
using Analytics.Etl.Extraction.Numbers;
using Analytics.Warehouse.Catalog;

namespace Analytics.Tests.Etl.Numbers;

/// <summary>
/// Numbers as they stand in report sentences: the scanner must find every way a figure is written
/// (financial numerals, 圆/块 money to the 分, spoken percentages) and nothing in the words and dates
/// around them that merely contain numeral characters.
/// </summary>
public sealed class NumbersInSentencesTests
{
    private static readonly QuantityScanner Scanner = new(IndicatorCatalog.LoadDefault().Units.AllMeasures());

    private static readonly FactExtractor Extractor = FactExtractor.CreateDefault();

    [Theory]
    [InlineData("今年新建护理型床位十万张。", "100000", "张")]
    [InlineData("全省养老床位总数突破十萬张。", "100000", "张")]
    [InlineData("中央预算内投资累计十億元。", "1000000000", "元")]
    [InlineData("本季度增设床位拾张。", "10", "张")]
    [InlineData("街道新增家庭养老床位廿二张。", "22", "张")]
    [InlineData("为每位老人发放慰问金壹佰壹拾壹圆整，", "111", "元")]
    [InlineData("另付交通补贴壹拾壹圆正。", "11", "元")]
    [InlineData("补发差额壹佰壹拾壹圆。", "111", "元")]
    [InlineData("应付款项壹拾壹元壹角壹分。", "11.11", "元")]
    [InlineData("合计玖仟陆佰陆拾伍圆壹角捌分。", "9665.18", "元")]
    [InlineData("本月拨付肆佰叁拾萬圆整。", "4300000", "元")]
    [InlineData("每人每天餐补十块三毛，按月结算。", "10.3", "元")]
    [InlineData("单次上门服务收费一百三十五块六角七分钱。", "135.67", "元")]
    [InlineData("每份助餐补贴二十五元三毛。", "25.3", "元")]
    [InlineData("人均救助123元1角1分。", "123.11", "元")]
    [InlineData("临时救助三千三百八十元五角八分。", "3380.58", "元")]
    [InlineData("每人每月补贴三块五，由村委会代发。", "3.5", "元")]
    [InlineData("每人每月发放100元零5分。", "100.05", "元")]
    [InlineData("老人每月享受补助300块。", "300", "元")]
    [InlineData("困难群众医疗救助覆盖率达百分之百。", "100", "%")]
    [InlineData("群众满意度百分百。", "100", "%")]
    [InlineData("农村参保率百分三十，", "30", "%")]
    [InlineData("婚姻登记量增长率为百分之负三点八。", "-3.8", "%")]
    [InlineData("资金规模增长百分之十二点五。", "12.5", "%")]
    public void A_figure_reads_to_its_value_in_its_measure(string sentence, string expected, string measure)
    {
        var q = Assert.Single(Scanner.Scan(sentence));
        Assert.Equal(expected, q.Value?.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(measure, q.Measure);
    }

    [Theory]
    [InlineData("全年共支出低保资金123元1角1分。", "dibao_payments", "0.012311")]
    [InlineData("本年度发放低保金三千三百八十元五角八分。", "dibao_payments", "0.338058")]
    [InlineData("一季度发放低保金壹佰壹拾壹圆整。", "dibao_payments", "0.0111")]
    [InlineData("农村低保标准为每人每月伍佰叁拾元伍角。", "dibao_standard", "530.5")]
    public void Money_in_wan_yuan_keeps_every_fen(string sentence, string indicator, string expected)
    {
        var fact = Assert.Single(Extractor.Extract("t.txt", "某县民政局2022年工作总结\n\n" + sentence + "\n"), f => f.Indicator == indicator);
        Assert.Equal(expected, fact.Value?.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("每人补助100元，分别于月底发放。", "100元")]
    [InlineData("专项资金100万元整合使用。", "100万元")]
    [InlineData("城区专项资金50万元正在拨付。", "50万元")]
    [InlineData("补助壹拾壹圆整。", "壹拾壹圆整")]
    [InlineData("收费一百三十五块六角七分钱，", "一百三十五块六角七分钱")]
    [InlineData("单价1.5元3角。", "1.5元")]
    [InlineData("每次5元1分钟。", "5元")]
    [InlineData("救助金500元一分不少发到户。", "500元")]
    [InlineData("补助资金100万元5角。", "100万元")]
    [InlineData("每次收费5元五分之一由财政负担。", "5元")]
    public void An_amount_ends_where_its_money_words_end(string sentence, string span)
    {
        var q = Assert.Single(Scanner.Scan(sentence), q => q.Measure == "元");
        Assert.Equal(span, sentence[q.Start..q.End]);
    }

    [Theory]
    [InlineData("进一步健全县乡村三级服务网络。")]
    [InlineData("一是兜牢底线，二是提升服务。")]
    [InlineData("谋划“十四五”民政事业发展。")]
    [InlineData("把党的温暖送进千家万户。")]
    [InlineData("低保对象中残疾人占比提高若干百分点。")]
    [InlineData("百分比统计口径有所调整。")]
    [InlineData("各项资金分别拨付到位，部分资金分散使用。")]
    [InlineData("考核满分为一百分，得分九十五分。")]
    [InlineData("三分之一的乡镇完成改造。")]
    [InlineData("挂牌两块牌子，划出三块场地。")]
    [InlineData("邻里一块开展互助活动。")]
    [InlineData("开展“十圆梦”助学活动。")]
    [InlineData("资助五毛钱的事也要办好。")]
    [InlineData("2021年3月5日召开全县民政工作会议。")]
    [InlineData("二〇二一年十二月三十一日前完成。")]
    public void Numerals_inside_words_and_dates_are_no_figures(string sentence) =>
        Assert.Empty(Scanner.Scan(sentence));

    /// <summary>
    /// Deliberate: the parser reads these numerals, but in a sentence the scanner takes none of them as a
    /// count. A lone 一 before a measure is the article "a" (一个, 一家); digit-by-digit readings (幺幺零,
    /// 一二三四) are how codes, phone numbers and years are written, never a statistic.
    /// </summary>
    [Theory]
    [InlineData("养老院新增床位一张。", "一", "1")]
    [InlineData("楼内新设床位幺幺零张。", "幺幺零", "110")]
    [InlineData("全县新增床位一二三四张。", "一二三四", "1234")]
    [InlineData("全县新增床位二二三四张。", "二二三四", "2234")]
    public void Readings_left_to_the_parser_are_no_counts_in_prose(string sentence, string numeral, string value)
    {
        Assert.True(ChineseNumber.TryParse(numeral, out var parsed));
        Assert.Equal(value, parsed.ToString(CultureInfo.InvariantCulture));
        Assert.Empty(Scanner.Scan(sentence));
    }
}
