using Analytics.Etl.Extraction;

namespace Analytics.Tests.Etl.Extraction;

/// <summary>
/// Patterns of real text from outside the seeds (issue 10), each in a passage of our own writing:
/// tables flattened into lines, re-posted pages with their dates, traditional script, years stated
/// once for a paragraph, lists of figures under one alias.
/// </summary>
public sealed class RealTextPatternTests
{
    private static readonly FactExtractor Extractor = FactExtractor.CreateDefault();

    private static IReadOnlyList<ExtractedFact> Read(string text) => Extractor.Extract("t.txt", text);

    private static string Facts(IEnumerable<ExtractedFact> facts) =>
        string.Join(" ", facts.Select(f => $"{f.Indicator}={f.Value}@{f.Year}{(f.Segment is null ? "" : "/" + f.Segment)}"));

    [Fact]
    public void A_pipe_table_with_a_unit_column_is_read_row_by_row()
    {
        var text = """
            2023年3季度民政统计数据
            指标名称 | 单位 | 数量 |
            一、民政机构 | ||
            养老机构 | 个 | 415 |
            提供住宿的机构床位 | 万张 | 6.3 |
            养老机构床位 | 万张 | 5.8 |
            精神疾病服务机构床位 | 万张 | 0.2 |
            城市最低生活保障 | ||
            最低生活保障人数 | 万人 | 2.4 |
            临时救助 | 万人次 | 3.1 |
            (2)特困人员救助供养支出 | 万元 | 12,408.5 |
            """;

        Assert.Equal(
            "elderly_institutions=415@2023 elderly_beds=58000@2023 dibao_persons=24000@2023/urban temp_relief_cases=31000@2023/urban tekun_payments=12408.5@2023/urban",
            Facts(Read(text)));
    }

    [Fact]
    public void A_table_of_one_cell_per_line_takes_each_value_with_its_column_year()
    {
        var text = "某市婚姻登记情况\n项目 |\n2021年 |\n2022年 |\n2023年 |\n单位 |\n登记结婚对数 |\n3120 |\n2987 |\n3055 |\n对 |\n结婚率 |\n6.1 |\n5.9 |\n6.0 |\n‰ |\n";

        Assert.Equal(
            "marriage_registrations=3120@2021 marriage_registrations=2987@2022 marriage_registrations=3055@2023",
            Facts(Read(text)));
    }

    [Fact]
    public void Side_by_side_tables_under_a_line_of_years_share_the_unit_line()
    {
        var text = "表5 婚姻登记\n单位:对\n      2015年 2016年        2015年 2016年\n准予登记结婚对数 4120 4233  每千人结婚对数 8.1 8.3\n离婚登记对数 1044 1102    平均每天离婚对数 2.9 3.0\n";

        Assert.Equal(
            "marriage_registrations=4120@2015 marriage_registrations=4233@2016 divorce_registrations=1044@2015 divorce_registrations=1102@2016",
            Facts(Read(text)));
    }

    [Fact]
    public void A_traditional_table_with_readings_in_brackets_is_folded_to_simplified()
    {
        var text = "| 指標(biāo) | 2020年 | 2019年 |\n|---|---|---|\n| 結(jié)婚登記(萬對) | 3.5 | 3.9 |\n| 離婚登記(萬對) | 1.2 | 1.4 |\n| 粗離婚率(‰) | 2.1 | 2.4 |\n";

        Assert.Equal(
            "marriage_registrations=35000@2020 marriage_registrations=39000@2019 divorce_registrations=12000@2020 divorce_registrations=14000@2019",
            Facts(Read(text)));
    }

    [Fact]
    public void Traditional_prose_reads_like_simplified()
    {
        var facts = Read("某州民政局2015年工作總結\n\n全州養老機構達到42所，臨時救助1.2萬人次，累計銷售福利彩票3.4億元。\n");

        Assert.Equal(
            "elderly_institutions=42@2015 temp_relief_cases=12000@2015 welfare_lottery_sales=34000@2015",
            Facts(facts));
    }

    [Theory]
    [InlineData("发布时间:2019-05-06 来源:市民政局\n\n去年，全市共发放低保金860万元。", 2018)]
    [InlineData("作者: 来源:晚报 日期:2017-03-02 08:15\n\n去年，全市共发放低保金860万元；全年办理结婚登记3200对。", 2016)]
    [InlineData("全省婚姻登记工作有序\n06.03.2018 10:20\n\n2月份全省共办理结婚登记3200对。", 2018)]
    [InlineData("今年上半年，全市共发放低保金860万元。完成2023年项目验收，推进2024年项目招标。", 2024)]
    public void News_items_are_dated_by_their_page_and_their_relative_years(string text, int year) =>
        Assert.All(Read(text), f => Assert.Equal(year, f.Year));

    [Fact]
    public void A_year_that_opens_a_sentence_dates_the_rest_of_its_paragraph()
    {
        var facts = Read("""
            全省民政工作会议召开
            时间:2022-01-20
            记者获悉，2021年，全省城乡低保平均标准达到700元/月；城乡特困人员基本生活标准平均每人每年12000元和9600元；建成养老床位30万张。2022年全省民政工作要继续推进。
            """);

        Assert.All(facts, f => Assert.Equal(2021, f.Year));
        Assert.Equal(4, facts.Count);
    }

    [Fact]
    public void A_total_since_a_year_in_a_plan_review_ends_with_the_plan_period()
    {
        var fact = Assert.Single(Read("某市“十四五”民政事业发展规划\n发布时间:2021-09-01\n\n“十三五”时期成效显著。2017年以来，全市累计发放低保资金12.5亿元。\n"));

        Assert.Equal((2020, 2017), (fact.Year, fact.PeriodStart));
    }

    [Fact]
    public void Earlier_levels_listed_before_a_change_take_no_year()
    {
        var facts = Read("某市民政局2020年工作总结\n\n城乡低保标准由月人均360元、年人均3000元统一调至月人均580元。\n");

        Assert.Equal("dibao_standard=360@ dibao_standard=250@ dibao_standard=580@2020", Facts(facts));
    }

    [Theory]
    [InlineData("全市共有登记社会组织1820个，比上年增加64个。", "social_orgs_registered=1820@2023")]
    [InlineData("目前已建成社会工作站40家、居家养老服务照料中心512家、示范型儿童之家90家。", "social_work_stations=40@2023 home_care_centers=512@2023")]
    [InlineData("城乡低保标准分别为每人每月900元和860元。", "dibao_standard=900@2023 dibao_standard=860@2023")]
    public void A_figure_in_a_list_takes_the_alias_of_the_one_before_only_when_nothing_else_is_named(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某市民政局2023年工作总结\n\n" + sentence + "\n")));
}
