using Analytics.Etl.Extraction;

namespace Analytics.Tests.Etl.Extraction;

/// <summary>
/// One row per pattern the extractor must read, each a two-line report of our own: a heading
/// that gives the area and year, and the sentence under test.
/// </summary>
public sealed class ExtractionPatternTests
{
    private static readonly FactExtractor Extractor = FactExtractor.CreateDefault();

    private static IReadOnlyList<ExtractedFact> Extract(string sentence, string heading = "海宁市民政局2023年工作总结") =>
        Extractor.Extract("test.txt", heading + "\n\n" + sentence + "\n");

    [Theory]
    [InlineData("本年度累计支出低保金4382.06万元。", "dibao_payments", "4382.06")]
    [InlineData("全年募集慈善资金14.87亿元。", "charity_raised", "148700")]
    [InlineData("全年发放临时救助资金356800元。", "temp_relief_payments", "35.68")]
    [InlineData("全市养老床位一万二千三百张。", "elderly_beds", "12300")]
    [InlineData("全市养老床位两千三百零五张。", "elderly_beds", "2305")]
    [InlineData("全市养老床位１２３４张。", "elderly_beds", "1234")]
    [InlineData("全市养老床位1,234张。", "elderly_beds", "1234")]
    [InlineData("全市节地生态安葬率达95%。", "eco_burial_rate", "95")]
    [InlineData("全市火化率达到百分之九十五。", "cremation_rate", "95")]
    [InlineData("全市火化率为99.5％。", "cremation_rate", "99.5")]
    [InlineData("每人每月890元的低保标准全面落实，低保标准为每人每月890元。", "dibao_standard", "890")]
    [InlineData("城乡低保年标准达到1.2万元。", "dibao_standard", "1000")]
    [InlineData("特困供养标准为每人每年18000元。", "tekun_standard", "1500")]
    [InlineData("特困供养标准为1383元/月。", "tekun_standard", "1383")]
    [InlineData("全年结婚登记3048对。", "marriage_registrations", "3048")]
    [InlineData("全年临时救助287人次。", "temp_relief_cases", "287")]
    [InlineData("全市持证社工1.6万名。", "certified_social_workers", "16000")]
    [InlineData("城乡低保月人均保障标准提高到1050元。", "dibao_standard", "1050")]
    [InlineData("特困人员救助供养标准为每人每月1500元。", "tekun_standard", "1500")]
    [InlineData("全年临时救助3000人次、560万元。", "temp_relief_payments", "560")]
    [InlineData("全市共有社会组织1234家。", "social_orgs_registered", "1234")]
    [InlineData("实施临时救助，惠及困难群众8642人次，发放资金1538万元。", "temp_relief_payments", "1538")]
    [InlineData("全市低保对象1.2万人，同比增长3%，发放资金3500万元。", "dibao_payments", "3500")]
    [InlineData("临时救助2836人次，救助资金736万元。", "temp_relief_payments", "736")]
    [InlineData("全年新增社会工作站12个，累计达到18个。", "social_work_stations", "18")]
    [InlineData("全市新增养老机构3家，总数达到45家。", "elderly_institutions", "45")]
    [InlineData("为320户特殊困难老年人家庭实施适老化改造。", "aging_retrofit_households", "320")]
    [InlineData("各级慈善组织全年接收社会捐赠款物18.5亿元。", "charity_raised", "185000")]
    public void Value_converts_to_the_indicator_unit(string sentence, string indicator, string expected)
    {
        var fact = Assert.Single(Extract(sentence), f => f.Indicator == indicator);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), fact.Value);
    }

    [Theory]
    [InlineData("2016年至2020年累计支出低保金3亿余元。", Qualifier.AtLeast)]
    [InlineData("全年发放低保金200余万元。", Qualifier.AtLeast)]
    [InlineData("全年发放低保金超过200万元。", Qualifier.AtLeast)]
    [InlineData("全年发放低保金逾200万元。", Qualifier.AtLeast)]
    [InlineData("全年发放低保金200万元以上。", Qualifier.AtLeast)]
    [InlineData("全年发放低保金约200万元。", Qualifier.Approx)]
    [InlineData("全年发放低保金近200万元。", Qualifier.Approx)]
    [InlineData("全年发放低保金200万元左右。", Qualifier.Approx)]
    [InlineData("全年发放低保金不到200万元。", Qualifier.AtMost)]
    [InlineData("全年发放低保金200万元以内。", Qualifier.AtMost)]
    [InlineData("全年发放低保金200万元。", Qualifier.Exact)]
    public void Qualifier_words_are_read(string sentence, Qualifier expected) =>
        Assert.Equal(expected, Assert.Single(Extract(sentence)).Qualifier);

    [Theory]
    [InlineData("全区在册低保**户**人。")]
    [InlineData("全区在册低保XX户XX人。")]
    public void Masked_numbers_are_null_and_redacted(string sentence)
    {
        var facts = Extract(sentence);
        Assert.Equal(["dibao_households", "dibao_persons"], facts.Select(f => f.Indicator).Order(StringComparer.Ordinal));
        Assert.All(facts, f => Assert.True(f.Value is null && f.Redacted));
    }

    [Fact]
    public void From_a_to_b_gives_two_facts_and_a_takes_only_its_own_year()
    {
        var facts = Extract("本区持证社工由72人增至415人；专职社区工作者由2016年的288人增长到460人。", "柯城区民政局2019年工作总结");
        Assert.Equal([(72m, null), (415m, 2019)], facts.Where(f => f.Indicator == "certified_social_workers").Select(f => (f.Value, f.Year)));
        Assert.Equal([(288m, 2016), (460m, 2019)], facts.Where(f => f.Indicator == "community_workers").Select(f => ((decimal?)f.Value, f.Year)).Select(t => (t.Item1!.Value, t.Year)));
    }

    [Theory]
    [InlineData("全市养老床位3000张。", 1)]   // beds need 张
    [InlineData("全市养老床位3000万元。", 0)] // money is not beds
    [InlineData("全市养老床位3000人。", 0)]
    public void A_number_binds_only_when_its_unit_fits(string sentence, int count) =>
        Assert.Equal(count, Extract(sentence).Count);

    [Fact]
    public void Each_number_takes_the_nearest_sensible_alias()
    {
        var facts = Extract("督查了112家居家服务中心、97个助餐点；年内支付低保金620万元、特困供养金95万元。");
        Assert.Equal(
            ["home_care_centers=112", "meal_points=97", "dibao_payments=620", "tekun_payments=95"],
            facts.Select(f => $"{f.Indicator}={f.Value}"));
    }

    [Theory]
    [InlineData("截至2020年12月31日，本县在册低保4310户。", "某县民政局工作总结", 2020, null)]
    [InlineData("2017年至2020年，累计募得善款356万元。", "某县民政局工作总结", 2020, 2017)]
    [InlineData("2021年1-7月共办理结婚登记1874对。", "某县民政局工作总结", 2021, 2021)]
    [InlineData("十年来，全市募集慈善资金14.87亿元。", "湖州市民政局2022年工作总结", 2022, 2013)]
    [InlineData("连续三年开展公益创投，投入资金145万元。", "柯城区民政局2019年工作总结", 2019, 2017)]
    [InlineData("全年发放低保金500万元。", "嵊州市民政局2021年工作总结", 2021, 2021)]
    [InlineData("二〇二〇年全年发放低保金500万元。", "嵊州市民政局2021年工作总结", 2020, 2020)]
    [InlineData("２０２０年全年发放低保金500万元。", "嵊州市民政局2021年工作总结", 2020, 2020)]
    public void Years_come_from_the_sentence_then_the_report(string sentence, string heading, int year, int? periodStart)
    {
        var fact = Extract(sentence, heading)[0];
        Assert.Equal(year, fact.Year);
        if (periodStart is not null)
        {
            Assert.Equal(periodStart, fact.PeriodStart);
        }
    }

    [Fact]
    public void Report_year_comes_from_the_statements_when_the_title_has_none()
    {
        var text = "民政局工作汇报\n\n2021年，我市民政工作稳步推进。2021年全年发放低保金100万元。2020年同期为90万元。\n";
        Assert.All(Extractor.Extract("t.txt", text), f => Assert.Equal(2021, f.Year));
    }

    [Theory]
    [InlineData("力争新增养老床位600张。", FactStatus.Plan)]
    [InlineData("计划新增养老床位600张。", FactStatus.Plan)]
    [InlineData("预计新增养老床位600张。", FactStatus.Plan)]
    [InlineData("到2025年新增养老床位600张。", FactStatus.Plan)]
    [InlineData("全年新增养老床位600张。", FactStatus.Actual)]
    public void Cue_words_make_a_statement_a_plan(string sentence, FactStatus expected) =>
        Assert.Equal(expected, Assert.Single(Extract(sentence)).Status);

    [Fact]
    public void A_plan_section_lasts_until_the_earlier_numbering_resumes()
    {
        var text = "金坛区民政局2018年工作总结\n\n（一）重点工作\n全年新增养老床位100张。\n\n2019年工作思路\n\n新增养老床位200张。\n\n（二）常规工作\n全年新增养老床位300张。\n";
        var facts = Extractor.Extract("t.txt", text);
        Assert.Equal(
            [(100m, 2018, FactStatus.Actual), (200m, 2019, FactStatus.Plan), (300m, 2018, FactStatus.Actual)],
            facts.Select(f => (f.Value!.Value, f.Year!.Value, f.Status)));
    }

    [Fact]
    public void A_rate_to_reach_in_a_plan_is_a_target()
    {
        var text = "嵊州市民政局2021年工作总结\n\n二、2022年工作计划\n\n全市节地生态安葬率超65%，新增持证养老护理员93人。\n";
        var facts = Extractor.Extract("t.txt", text);
        Assert.Equal([FactStatus.Target, FactStatus.Plan], facts.Select(f => f.Status));
        Assert.All(facts, f => Assert.Equal(2022, f.Year));
    }

    [Theory]
    [InlineData("城镇低保标准从870元/月提高到910元/月，农村低保标准从730元/月提高到780元/月。", new[] { "urban", "urban", "rural", "rural" })]
    [InlineData("全县特困人员1408人（其中城市三无27人，农村分散五保1105人）。", new[] { null, "urban", "rural" })]
    [InlineData("2022年受理结婚登记2710对(其中复婚183对补办342对)。", new[] { null, "part", "part" })]
    [InlineData("城市、农村低保标准分别为每人每月1120元、1050元。", new[] { "urban", "rural" })]
    [InlineData("城镇和农村低保对象分别为1200人和3400人。", new[] { "urban", "rural" })]
    public void Parts_of_an_area_carry_a_segment(string sentence, string?[] segments) =>
        Assert.Equal(segments, Extract(sentence).Select(f => f.Segment.ToSql()));

    [Theory]
    [InlineData("年内核查后清退不再符合低保条件的对象512户、876人。")] // removals are not recipients
    [InlineData("今年新增持证社工100名。")]                     // a flow is not the stock of social workers
    [InlineData("全年改造提升老年助餐点46个。")]                  // upgraded points are not all the points
    [InlineData("每万人拥有持证社工13.2人。")]                   // a ratio, not a count
    [InlineData("规定网格员每月不少于两次上门探访空巢老人。")]               // a rule, not a count
    [InlineData("低保边缘户**户**人。")]                         // edge households are not dibao households
    [InlineData("建成后将是全市唯一一家养老机构。")]             // 唯一一家 is not eleven
    [InlineData("推进“十四五”规划，开展一是、二是等三级联动。")]
    [InlineData("低保金（万元）\t低保人数（万人）\t养老床位（张）")]      // a unit in a table header is not a value
    [InlineData("单位：万元、人、张。")]
    public void Look_alikes_yield_nothing(string sentence) =>
        Assert.Empty(Extract(sentence));

    [Theory]
    [InlineData("嵊州市民政局2021年工作总结", "嵊州市", "330683")]
    [InlineData("区民政局：奋力开创柯城民政工作新局面", "柯城区", "330802")]
    [InlineData("**区民政局全面工作情况汇报", null, null)]
    public void Region_comes_from_the_title(string heading, string? region, string? code)
    {
        var fact = Assert.Single(Extract("全年发放低保金100万元。", heading));
        Assert.Equal(region, fact.Region);
        Assert.Equal(code, fact.RegionCode);
    }

    [Fact]
    public void Span_points_at_the_number_in_the_original_text()
    {
        var text = "海宁市民政局2023年工作总结\n\n年内支出低\n保金 4382.06 万元。\n";
        var fact = Assert.Single(Extractor.Extract("t.txt", text));
        Assert.Equal("4382.06 万", text[fact.SpanStart..fact.SpanEnd]); // the numeral as written, multiplier included
        Assert.Equal("年内支出低保金4382.06万元。", fact.Evidence);
    }

    [Fact]
    public void Table_rows_written_as_text_are_read_row_by_row()
    {
        var facts = Extract("低保对象：12463人，同比下降3.2%\n特困供养资金：2145万元\n临时救助：2836人次\n全年为困难群众发放补贴245万元，惠及1.2万人。");

        Assert.Equal(12463m, Assert.Single(facts, f => f.Indicator == "dibao_persons").Value);
        Assert.Equal(2145m, Assert.Single(facts, f => f.Indicator == "tekun_payments").Value);
        Assert.Equal(2836m, Assert.Single(facts, f => f.Indicator == "temp_relief_cases").Value);
        Assert.DoesNotContain(facts, f => f.Indicator == "temp_relief_payments");
    }

    [Fact]
    public void A_title_of_review_and_plan_leaves_the_review_actual()
    {
        var facts = Extract("一、2021年工作开展情况\n\n全市火化率达到78.6%。\n\n二、2022年工作计划\n\n力争全市火化率达到80%以上。", "某市民政局2021年工作总结和2022年工作计划");

        Assert.Equal(FactStatus.Actual, Assert.Single(facts, f => f.Value == 78.6m).Status);
        Assert.Equal(FactStatus.Target, Assert.Single(facts, f => f.Value == 80m).Status);
    }

    [Fact]
    public void A_stock_of_certified_caregivers_is_not_caregivers_added() =>
        Assert.DoesNotContain(Extract("持证养老护理员仅有56人。"), f => f.Indicator == "caregivers_certified_added");

    [Theory]
    [InlineData("上海市普陀区民政局2021年工作总结", null)]
    [InlineData("南昌市西湖区民政局2021年工作总结", null)]
    [InlineData("辽宁省阜新市海州区民政局2020年工作总结", null)]
    [InlineData("南部县民政局2022年工作情况汇报", null)]
    [InlineData("东西湖区民政局2022年工作总结", null)]
    [InlineData("公开范围 面向全社会\n鄞州区民政局2021年工作总结", "330212")]
    [InlineData("宁波市江北区民政局2021年工作总结", "330205")]
    [InlineData("江苏省南京市鼓楼区民政局2021年工作总结", "320106")]
    [InlineData("嵊州市民政局2021年工作总结", "330683")]
    public void The_area_is_the_narrowest_division_of_ours_the_title_names_or_none(string heading, string? code)
    {
        // The text names a place of ours, as a partner county would: it must not become the area of a report from elsewhere.
        var fact = Assert.Single(Extract("我县与浙江省柯城区结对，全县养老床位1200张。", heading));
        Assert.Equal(code, fact.RegionCode);
    }

    [Fact]
    public void A_comparison_with_last_year_does_not_date_the_figure()
    {
        var fact = Assert.Single(Extract("全市低保对象较去年减少1200人，现有低保对象2.1万人。"));
        Assert.Equal(2023, fact.Year);
        Assert.Equal(21000m, fact.Value);
    }

    [Fact]
    public void After_qizhong_a_figure_is_a_part_only_of_its_own_indicator_total()
    {
        var facts = Extract("全年办理婚姻登记8600对，其中结婚登记6200对。全市持证社工1200人，其中中级社工300人。");

        Assert.Null(Assert.Single(facts, f => f.Indicator == "marriage_registrations").Segment);
        Assert.Equal(Segment.Part, Assert.Single(facts, f => f.Value == 300m).Segment);
    }
}
