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
        string.Join(" ", facts.Select(f => $"{f.Indicator}={f.Value}@{f.Year}{(f.Segment is { } seg ? "/" + seg.ToSql() : "")}"));

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
    public void A_yearbook_table_gives_each_row_its_unit_after_the_label_and_may_stand_side_by_side_each_side_under_its_own_heads()
    {
        var text = """
            某市统计年鉴(2023年)

            14-3 民政事业

                指标名称            单位     2022 年 2021 年       指标名称          单位    2022 年 2021 年

                一、社会救助对象                                   三、婚姻登记

                城镇居民最低生活保障人数     人    3120   3388     结婚登记              件     8120   8875

                农村最低生活保障人数         人    9415  10022     离婚登记              件     2301   2977

                二、养老机构                                       四、公墓
                    机构数                   个      61     58     穴位数                个    40210  38800
            """;

        Assert.Equal(
            "dibao_persons=3120@2022/urban dibao_persons=3388@2021/urban dibao_persons=9415@2022/rural dibao_persons=10022@2021/rural "
            + "elderly_institutions=61@2022 elderly_institutions=58@2021 "
            + "marriage_registrations=8120@2022 marriage_registrations=8875@2021 divorce_registrations=2301@2022 divorce_registrations=2977@2021",
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
    [InlineData("城乡低保标准分别为每人每月900元和860元。", "dibao_standard=900@2023/urban dibao_standard=860@2023/rural")]
    public void A_figure_in_a_list_takes_the_alias_of_the_one_before_only_when_nothing_else_is_named(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某市民政局2023年工作总结\n\n" + sentence + "\n")));

    [Theory]
    [InlineData("全区低保新增86户142人、停发93户150人。")]                       // flows after the alias are no stock
    [InlineData("年内调出城乡低保312人，调进298人。")]
    [InlineData("春节期间为860名农村五保对象发放一次性生活补贴17.2万元。")]          // recipients of one payment
    [InlineData("向120名低保家庭学生发放助学金36万元。")]
    [InlineData("城乡困难残疾人生活补贴标准分别提高15元、10元。")]               // rises, not levels
    [InlineData("农村低保资金比去年增加96万元。")]
    [InlineData("五保供养对象人均年供养金12800元。")]
    [InlineData("临时救助最高标准由3000元提高到30000元。")]                     // a ceiling, not relief money
    [InlineData("在低保局成立了核对股，配备专职工作人员3名。")]                   // 低保局 is an office
    [InlineData("为2023000名城市低保对象和低收入家庭缴纳医疗救助保险费80万元。")]  // a year spliced into a figure
    public void Changes_recipients_averages_and_offices_are_not_the_stock_or_the_level(string sentence) =>
        Assert.DoesNotContain(Read("某县民政局2023年工作总结\n\n" + sentence + "\n"), f => f.Indicator is "dibao_persons" or "dibao_households" or "tekun_persons" or "dibao_standard" or "disability_living_subsidy" or "dibao_payments" or "tekun_payments" or "temp_relief_payments");

    [Fact]
    public void An_average_payment_beside_a_standard_is_not_a_second_standard() =>
        Assert.Equal("dibao_standard=900@2023", Facts(Read("某县民政局2023年工作总结\n\n城乡低保标准为900元，月人均补差水平达到560元。\n")));

    [Fact]
    public void A_level_stated_once_for_two_standards_belongs_to_the_first_alias_that_fits()
    {
        var facts = Read("某县民政局2022年工作总结\n\n城乡困难残疾人生活补贴标准、城乡重度残疾人护理补贴标准分别提高15元、10元，均达到每人每月90元。\n");

        Assert.Equal("disability_living_subsidy=90@2022", Facts(facts));
    }

    [Theory]
    [InlineData("我县有城乡低保对象xxx人。", "dibao_persons")]
    [InlineData("农村低保对象42xx人。", "dibao_persons")]
    [InlineData("城镇低保1203户 20xx7人。", "dibao_persons")]
    [InlineData("全年发放低保金8213.X万元。", "dibao_payments")]
    [InlineData("全区遗体火化率保持在__%以上，建成_个公益性公墓。", "cremation_rate")]
    public void Masks_of_every_shape_are_redacted_facts(string sentence, string indicator)
    {
        var facts = Read("某县民政局2023年工作总结\n\n" + sentence + "\n");
        var fact = Assert.Single(facts, f => f.Indicator == indicator);
        Assert.True(fact.Redacted);
        Assert.Null(fact.Value);
        Assert.DoesNotContain(facts, f => f.Value is 7 or 9); // no digit of a mask read on its own
    }

    [Fact]
    public void Ocr_misreadings_of_common_words_are_read_as_the_word()
    {
        var facts = Read("某区民政局2024年工作总结\n\n1-10 月仹共发放临时救劣金 36.2 万元，救劣困难群众 98 人次。\n");

        Assert.Equal("temp_relief_payments=36.2@2024 temp_relief_cases=98@2024", Facts(facts));
    }

    [Theory]
    [InlineData("临时救助对象120户263人，发放救助金48.5万元。", "temp_relief_cases=263@2023 temp_relief_payments=48.5@2023")]
    [InlineData("临时救助4120户次。", "temp_relief_cases=4120@2023")]
    public void Temporary_relief_counted_in_persons_or_household_times_is_its_case_count(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某区民政局2023年工作总结\n\n" + sentence + "\n")));

    [Fact]
    public void A_review_heading_with_its_own_year_dates_what_stands_under_it()
    {
        var facts = Read("以下是2022年市民政局工作总结和工作计划，供参考。\n一、2021年完成的主要工作\n全市共有低保对象3200户5100人。\n");

        Assert.All(facts, f => Assert.Equal(2021, f.Year));
        Assert.Equal(2, facts.Count);
    }

    [Fact]
    public void As_of_now_in_a_dated_news_item_is_its_year_and_a_compared_year_is_not()
    {
        var facts = Read("来源:日报    2022-03-10 09:12:31\n\n截至目前，全市持证社工1820人，较2019年初1210人增长了50%。2021年新成立慈善组织3家。\n");

        Assert.Equal(2022, Assert.Single(facts, f => f.Value == 1820m).Year);
    }

    [Theory]
    [InlineData("城市低保累计保障8120人次312.6万元。", "dibao_payments=312.6@2023/urban")]
    [InlineData("特困人员供养累计救助1840人次96.3万元。", "tekun_payments=96.3@2023")]
    [InlineData("发放临时救助金\n412 人，38.75 万元。", "temp_relief_cases=412@2023 temp_relief_payments=38.75@2023")]
    [InlineData("区慈善总会共募集慈善资金312.4万元，支出298.6万元。", "charity_raised=312.4@2023 charity_spent=298.6@2023")]
    [InlineData("城镇低保从810元/月提高到860元/月。", "dibao_standard=810@/urban dibao_standard=860@2023/urban")]
    public void A_figure_goes_to_the_indicator_of_its_subject_in_its_own_measure(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某区民政局2023年工作总结\n\n" + sentence + "\n")));

    [Theory]
    [InlineData("2024年度，将新建6家区域性养老服务中心、800张养老机构床位。", "elderly_beds_added=800@2024")]
    [InlineData("完成3个省级示范性居家养老服务中心建设。", "")]
    [InlineData("新建城市社区幸福食堂5个、助餐点3个。", "")]
    public void A_stock_the_text_adds_to_is_its_flow_or_nothing(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某市民政局2023年工作总结\n\n" + sentence + "\n").Where(f => f.Indicator != "home_care_centers" || expected.Length > 0)));

    [Theory]
    [InlineData("加强老年助餐服务，配送餐覆盖180个村社。", "")]
    [InlineData("全区12个乡镇(街道)社工站全面建成，并划分成3个片区运营。", "social_work_stations=12@2023")]
    [InlineData("建成了9个社会工作指导中心、31个乡(镇、街道)社会工作站、88个社区工作室。", "social_work_stations=31@2023")]
    [InlineData("全市9120户16430人享受城乡低保。", "dibao_households=9120@2023 dibao_persons=16430@2023")]
    [InlineData("检查养老机构36家，发现消防安全隐患120处。", "elderly_institutions=36@2023")]
    public void A_count_counts_the_noun_beside_it(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某区民政局2023年工作总结\n\n" + sentence + "\n")));

    [Theory]
    [InlineData("截至目前，全市持证社工2210人，较2019年初1480人增长了49%。", "certified_social_workers=2210@2023 certified_social_workers=1480@2019")]
    [InlineData("我区城乡低保人数达到10840人，同比2022年12月份的10512人有所增加。", "dibao_persons=10840@2023 dibao_persons=10512@2022")]
    public void An_earlier_level_compared_with_takes_the_indicator_and_its_own_year(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某区民政局2023年工作总结\n\n" + sentence + "\n")));

    [Theory]
    [InlineData("城乡低保和农村五保供养人数41.2万人。", "")]
    [InlineData("累计开展医疗救助和临时救助98.6万人次和2.3万人次。", "temp_relief_cases=23000@2023")]
    [InlineData("困难残疾人生活补贴和重度残疾人护理补贴平均每人每月82元和76元。", "disability_living_subsidy=82@2023")]
    [InlineData("全市128家养老机构通过等级评定的113家。", "elderly_institutions=128@2023")]
    public void Figures_of_two_subjects_go_each_to_its_own(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某市民政局2023年工作总结\n\n" + sentence + "\n")));

    [Theory]
    [InlineData("今年全县敬老院建设任务是新增床位300张。", FactStatus.Target)]
    [InlineData("实施居家适老化改造行动，完成省定任务2600户。", FactStatus.Target)]
    [InlineData("截止到2023年11月，共有低保对象3120人。", FactStatus.Actual)]
    public void A_task_is_a_target_and_as_of_a_date_is_no_plan(string sentence, FactStatus status) =>
        Assert.Equal(status, Assert.Single(Read("某县民政局2023年工作总结\n\n" + sentence + "\n")).Status);

    [Fact]
    public void A_work_plan_document_plans_everything_in_it()
    {
        var facts = Read("关于印发《2025年全市民政工作要点》的通知\n\n新建800张家庭养老床位，全市城乡低保标准提高到每人每月1100元。\n");

        Assert.All(facts, f => Assert.NotEqual(FactStatus.Actual, f.Status));
        Assert.All(facts, f => Assert.Equal(2025, f.Year));
    }

    [Theory]
    [InlineData("全市社会组织达到2345家。", "social_orgs_registered=2345@2023")]
    [InlineData("截至年底，全县登记在册的社会组织有890家。", "social_orgs_registered=890@2023")]
    [InlineData("慈善总会全年支出慈善资金8600万元。", "charity_spent=8600@2023")]
    [InlineData("全年共有8600名困难群众享受临时救助。", "temp_relief_cases=8600@2023")]
    public void Common_phrasings_name_their_indicator(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某县民政局2023年工作总结\n\n" + sentence + "\n")));

    [Theory]
    [InlineData("某县民政局工作总结\n\n20xx年全县城乡低保对象3120户5230人。\n", null)]
    [InlineData("某县民政局2020年工作总结\n\n20xx年全县城乡低保对象3120户5230人。\n", 2020)]
    public void A_masked_year_leaves_only_the_title_to_date_a_figure(string text, int? year) =>
        Assert.All(Read(text), f => Assert.Equal(year, f.Year));

    [Theory]
    [InlineData("为2023000名城市低保对象缴纳医疗救助保险费150万元。")]
    [InlineData("城乡低保资金拨付及时到位率20230%。")]
    [InlineData("全市火化率达到120%。")]
    public void A_year_written_into_a_figure_or_a_rate_past_a_hundred_is_no_fact(string sentence) =>
        Assert.DoesNotContain(Read("某县民政局2023年工作总结\n\n" + sentence + "\n"), f => f.Indicator is "dibao_persons" or "cremation_rate" || f.Value is 2023000m or 20230m);

    [Fact]
    public void On_a_dated_news_page_the_year_a_paragraph_opens_with_dates_the_paragraphs_after_it()
    {
        var facts = Read("""
            我县召开2024年民政工作会议
            发布时间：2024-02-20 09:15  来源：县民政局
            会议总结了2023年全县民政工作，部署了2024年重点任务。
            2023年，全县累计发放城乡低保金3120.5万元。
            养老服务方面，新增养老床位260张，全县养老机构达到31家。
            今年，县民政局将新增养老床位150张。
            """);

        Assert.Equal(
            "dibao_payments=3120.5@2023 elderly_beds_added=260@2023 elderly_institutions=31@2023 elderly_beds_added=150@2024",
            Facts(facts));
    }

    [Fact]
    public void In_a_report_a_year_an_earlier_paragraph_opens_with_is_a_remark_about_then()
    {
        var facts = Read("某市民政局2022年工作总结\n\n2019年，全市在全省率先建立救助信息系统。\n\n全市建成居家养老服务中心420个。\n");

        Assert.Equal(2022, Assert.Single(facts).Year);
    }

    [Fact]
    public void A_task_whose_progress_is_reported_is_a_target_and_its_progress_actual()
    {
        var facts = Read("县民政局关于2023年度民生实事项目进展情况的报告\n\n一是新增养老床位200张，截至目前已完成150张；二是完成困难老年人家庭适老化改造300户，目前已完成320户。\n");

        Assert.Equal(
            [("elderly_beds_added", 200m, FactStatus.Target), ("elderly_beds_added", 150m, FactStatus.Actual),
             ("aging_retrofit_households", 300m, FactStatus.Target), ("aging_retrofit_households", 320m, FactStatus.Actual)],
            facts.Select(f => (f.Indicator, f.Value!.Value, f.Status)));
    }

    [Fact]
    public void A_table_of_areas_down_is_read_in_its_total_row_only()
    {
        var text = "表2  2022年各县（市、区）低保情况\n地区 | 低保户数（户） | 低保人数（人） | 低保金（万元） |\n甲县 | 3100 | 5020 | 3310.2 |\n合计 | 9120 | 14630 | 11020.6 |\n乙区 | 6020 | 9610 | 7710.4 |\n";

        Assert.Equal("dibao_households=9120@2022 dibao_persons=14630@2022 dibao_payments=11020.6@2022", Facts(Read(text)));
    }

    [Fact]
    public void A_level_reached_by_a_year_is_no_plan_and_the_year_changed_from_casts_no_vote()
    {
        var facts = Read("二、主要成效\n我区城乡低保标准从2020年的每人每月830元提高到2024年的每人每月1100元。目前全区共有低保对象3215户5021人。\n");

        Assert.Equal("dibao_standard=830@2020 dibao_standard=1100@2024 dibao_households=3215@2024 dibao_persons=5021@2024", Facts(facts));
        Assert.All(facts, f => Assert.Equal(FactStatus.Actual, f.Status));
    }

    [Theory]
    [InlineData("为困难群众减免基本殡葬服务费用1.2亿元，惠及群众6.3万人。", "funeral_subsidy_amount=12000@2023 funeral_subsidy_persons=63000@2023")]
    [InlineData("全区依法登记的社会组织达到1268家。全年新登记社会组织52家，注销31家。", "social_orgs_registered=1268@2023")]
    public void Funeral_benefits_and_new_registrations_read_as_the_catalog_means_them(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某区民政局2023年工作总结\n\n" + sentence + "\n")));

    [Fact]
    public void Parts_listed_after_qizhong_stay_parts_to_the_end_of_the_sentence()
    {
        var facts = Read("某县民政局2023年工作总结\n\n全县共有各类养老机构35家，其中公办养老机构21家，民办养老机构14家；养老床位总数4260张。\n");

        Assert.Equal("elderly_institutions=35@2023 elderly_institutions=21@2023/part elderly_institutions=14@2023/part elderly_beds=4260@2023", Facts(facts));
    }

    [Fact]
    public void A_new_level_in_the_next_clause_takes_the_indicator_of_the_old_one() =>
        Assert.Equal(
            "dibao_standard=900@2022 dibao_standard=950@2023",
            Facts(Read("某市民政局2023年工作总结\n\n2022年全市低保标准为每人每月900元，2023年提高到950元。\n")));

    [Fact]
    public void A_rounded_restatement_of_an_exact_figure_is_one_fact()
    {
        var facts = Read("某市民政局2023年工作总结\n\n全年发放低保金8200余万元；截至年底共有养老床位近万张。\n全年共为低保对象发放低保金8236.5万元，全市养老床位9812张。\n");

        Assert.Equal("dibao_payments=8236.5@2023 elderly_beds=9812@2023", Facts(facts));
    }

    [Theory]
    [InlineData("全年发放低保补助资金1230万元。", "dibao_payments=1230@2023")]
    [InlineData("截至年底，共核定水库移民直补人口16230人。", "migrant_subsidy_persons=16230@2023")]
    [InlineData("全年销售福彩4.6亿元。", "welfare_lottery_sales=46000@2023")]
    [InlineData("全县建成长者饭堂42个。", "meal_points=42@2023")]
    public void Other_names_bureaus_use_for_catalog_indicators(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某县民政局2023年工作总结\n\n" + sentence + "\n")));

    [Theory]
    [InlineData("全年依法办理离婚手续98.2万对，其中：民政部门登记离婚71.3万对，法院判决、调解离婚26.9万对。", "divorce_registrations=713000@2023")]
    [InlineData("民政部门登记离婚8123起，法院受理离婚2410起。", "divorce_registrations=8123@2023")]
    [InlineData("市慈善总会全年募集善款2360万元，慈善救助支出2110万元；临时救助支出326万元。", "charity_raised=2360@2023 charity_spent=2110@2023 temp_relief_payments=326@2023")]
    public void Registrations_and_charity_spending_are_told_from_their_neighbours(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某市民政局2023年工作总结\n\n" + sentence + "\n")));

    [Fact]
    public void A_span_a_sentence_opens_runs_through_the_later_sentences_of_its_paragraph_and_the_end_of_a_year_is_no_count_of_years()
    {
        // 2013年以来 once read as 十三年来 (a span from 2003).
        var fact = Assert.Single(Read("某市民政局2023年工作总结\n\n2013年以来，我市坚持依法改革。共补助惠民殡葬资金1.31亿元。\n"));
        Assert.Equal((2023, 2013), (fact.Year, fact.PeriodStart));
    }

    [Theory]
    [InlineData("其中，注册登记的养老机构410个，床位3.6万张。", "elderly_institutions=410@2023/part elderly_beds=36000@2023/part")]
    [InlineData("截至6月底，全区低保对象2522户，月发放低保金73.9万元；1-6月累计发放低保金401万元。", "dibao_households=2522@2023 dibao_payments=73.9@2023/part dibao_payments=401@2023")]
    [InlineData("做好低保家庭每人每月15元的物价补贴工作。", "")]
    [InlineData("对特困供养对象分别按照每人每年1200元、2400元发放照料护理补贴。", "")]
    [InlineData("截止年底慈善资金累计结余3051.19万元。", "")]
    [InlineData("全市儿童福利机构32个，床位2100张。", "")]
    [InlineData("全市共有养老机构和设施3.1万个。", "")]
    [InlineData("全年探访关爱和清单送达10934次。", "relief_visits=10934@2023")]
    [InlineData("一、二类低保对象月保障标准分别由310元、292元提高至335元、318元（年保障标准分别由3720元、3504元提高至4020元、3816元）。", "dibao_standard=310@ dibao_standard=292@ dibao_standard=335@2023 dibao_standard=318@2023")]
    [InlineData("发放临时救助金1710人次，合计919.67万元。", "temp_relief_cases=1710@2023 temp_relief_payments=919.67@2023")]
    [InlineData("养老床位数增长18.7%，翻了一番，达到8869张。", "elderly_beds=8869@2023")]
    [InlineData("市慈善总会共募集善款3536.1万元，累计募集善款5.53亿元。", "charity_raised=3536.1@2023 charity_raised=55300@")]
    [InlineData("而从全年数据来看，2013年全国结婚登记量为1346.9万对，后于2022年降至683.5万对。", "marriage_registrations=13469000@2013")]
    [InlineData("全区取得社会工作者职业水平证书的人员达到412人，当年考试取得社会工作者职业水平证书85人。", "certified_social_workers=412@2023 sw_exam_passed=85@2023")]
    [InlineData("全市持证社工520人，其中持证社工初级380名，中级140名。", "certified_social_workers=520@2023 certified_social_workers=380@2023/part certified_social_workers=140@2023/part")]
    [InlineData("全年为困难残疾人2100人，发放生活补贴310.5万元。", "")]
    [InlineData("全年为低保对象1.8万人，发放低保金9600万元。", "dibao_payments=9600@2023")]
    [InlineData("以城乡低保、特困供养、临时救助为主要手段，全年共救助困难群众5.2万人次。", "")]
    [InlineData("全县共有养老机构31家（公办12家，民办19家）。", "elderly_institutions=31@2023 elderly_institutions=12@2023/part elderly_institutions=19@2023/part")]
    [InlineData("全县特困供养人员3120人，经评估认定失能半失能特困供养人员286人。", "tekun_persons=3120@2023 tekun_persons=286@2023/part")]
    [InlineData("全县城乡低保在册8120户10230人，当月发放资金498.6万元，1-11月累计发放资金5230.4万元。", "dibao_households=8120@2023 dibao_persons=10230@2023 dibao_payments=498.6@2023/part dibao_payments=5230.4@2023")]
    [InlineData("全年办理结婚登记5.6万对，比上年下降3.1%，其中：涉外及港澳台居民登记结婚210对。", "marriage_registrations=56000@2023 marriage_registrations=210@2023/part")]
    [InlineData("今年起分散供养的五保对象月保障标准由380元调到420元。", "tekun_standard=380@/part tekun_standard=420@2023/part")]
    [InlineData("全年支出低保金2860万，月人均补助水平达到312元。", "dibao_payments=2860@2023")]
    [InlineData("农村低保9120户15230人，累计保障16.8万人次，共支出低保金4120.5万元。", "dibao_households=9120@2023/rural dibao_persons=15230@2023/rural dibao_payments=4120.5@2023/rural")]
    [InlineData("全市低保、五保对象共计12.3万人。", "")]
    [InlineData("全市现有城市低保4210户，共计7630人。", "dibao_households=4210@2023/urban dibao_persons=7630@2023/urban")]
    [InlineData("其中，城市低保户1.2万户，2.6万人，累计发放保障金3810万元。", "dibao_households=12000@2023/urban dibao_persons=26000@2023/urban dibao_payments=3810@2023/urban")]
    [InlineData("全市1-6月五保供养支出412.5万元。", "tekun_payments=412.5@2023")]
    [InlineData("全县城市低保对象8120户14230人，其中县城5210户9120人，工业园区低保对象1320户2210人。", "dibao_households=8120@2023/urban dibao_persons=14230@2023/urban dibao_households=5210@2023/part dibao_persons=9120@2023/part dibao_households=1320@2023/part dibao_persons=2210@2023/part")]
    [InlineData("全年强化临时救助，帮扶遇困群众6120人次发放救助金812.4万元。", "temp_relief_cases=6120@2023 temp_relief_payments=812.4@2023")]
    [InlineData("特困供养标准从“十二五”末的每人每月900元调至2021年的1280元。", "tekun_standard=900@2015 tekun_standard=1280@2021")]
    [InlineData("全年为152人次发放临时救助资金41.2万元。", "temp_relief_cases=152@2023 temp_relief_payments=41.2@2023")]
    [InlineData("2023年依法办理离婚3.6万对，比上年下降2.1%，其中：民政部门登记离婚2.9万对，法院判决、调解离婚0.7万对。", "divorce_registrations=29000@2023")]
    [InlineData("市级向低保家庭中的重度残疾人1210人、特困供养对象45人发放节日慰问金。", "")]
    [InlineData("自8月起，为120户260人发放低保家庭临时生活救助金8.2万元。", "")]
    [InlineData("今年以来，新建农村敬老院2所，建成床位180张。", "elderly_beds_added=180@2023")]
    [InlineData("临时救助按低保标准的2至4倍核定，最高可救助3万元。", "")]
    [InlineData("建立远程监管平台，对6家养老机构开展全覆盖线上监控。", "")]
    [InlineData("特困标准提高至每人每月1520元。1-6月发放重度残疾人生活补贴210.4万元。", "tekun_standard=1520@2023")]
    [InlineData("发放2023年移民直补资金212.6万元，惠及移民3540人。", "migrant_subsidy_persons=3540@2023")]
    [InlineData("全市城乡特困人员基本生活标准分别调至每人每月1620元、1104元。", "tekun_standard=1620@2023/urban tekun_standard=1104@2023/rural")]
    [InlineData("全县共有低保对象5200户8900人，全年发放低保金2650万元，其中城镇低保1100户1800人，发放低保金720万元，农村低保4100户7100人，发放低保金1930万元。",
        "dibao_households=5200@2023 dibao_persons=8900@2023 dibao_payments=2650@2023 dibao_households=1100@2023/urban dibao_persons=1800@2023/urban dibao_payments=720@2023/urban dibao_households=4100@2023/rural dibao_persons=7100@2023/rural dibao_payments=1930@2023/rural")]
    [InlineData("现有低保对象900户，发放低保金410万元，城市低保200户，农村低保700户，1-9月发放低保金305万元。",
        "dibao_households=900@2023 dibao_payments=410@2023 dibao_households=200@2023/urban dibao_households=700@2023/rural dibao_payments=305@2023/part")]
    [InlineData("年内已完成6家示范型居家养老服务照料中心，完成110户困难老年人家庭适老化改造。", "aging_retrofit_households=110@2023")]
    [InlineData("全年救助临时遇困人员860人次，发放救助金41.2万元。", "temp_relief_cases=860@2023 temp_relief_payments=41.2@2023")]
    [InlineData("上半年发放困难残疾人生活补贴1260.5万元、低保对象救助资金2140.8万元、五保对象生活资金310.6万元。",
        "dibao_payments=2140.8@2023 tekun_payments=310.6@2023")]
    [InlineData("城镇低保对象3.2万人（其中失业人员1.1万人），发放低保金0.9亿元。",
        "dibao_persons=32000@2023/urban dibao_persons=11000@2023/part dibao_payments=9000@2023/urban")]
    [InlineData("发放特困供养生活补助880.4万元、护理补贴120.2万元。", "tekun_payments=880.4@2023")]
    [InlineData("年末全区有3120户5480人农村低保对象、86户120人城市低保对象。",
        "dibao_households=3120@2023/rural dibao_persons=5480@2023/rural dibao_households=86@2023/urban dibao_persons=120@2023/urban")]
    [InlineData("今年以来全区累计发放临时救助金额36.5万，发放人数190人次。", "temp_relief_payments=36.5@2023 temp_relief_cases=190@2023")]
    [InlineData("全县在册低保4120户7350人，其中：县城片区在册低保1200户2010人；乡镇片区在册低保2920户5340人。",
        "dibao_households=4120@2023 dibao_persons=7350@2023 dibao_households=1200@2023/part dibao_persons=2010@2023/part dibao_households=2920@2023/part dibao_persons=5340@2023/part")]
    [InlineData("其中，一季度发放低保金310.2万元；二季度发放低保金318.6万元。", "dibao_payments=310.2@2023/part dibao_payments=318.6@2023/part")]
    public void Patterns_found_on_real_pages_outside_the_dev_set(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某市民政局2023年工作总结\n\n" + sentence + "\n")));

    [Fact]
    public void A_typeset_table_with_a_spaced_out_header_is_read_row_by_row()
    {
        var text = "某省社会服务统计季报（2022年2季度）\n\n指 标 单 位 数 量\n\n一、社会服务经费\n\n1-6月城市最低生活保障支出 亿元 12.4\n\n二、社会救助\n\n城市最低生活保障\n\n最低生活保障人数 万人 8.6\n\n最低生活保障平均标准 元/人、月 905.5\n\n每千老年人口养老床位数 张/千人 31.2\n";

        Assert.Equal(
            "dibao_payments=124000@2022/urban dibao_persons=86000@2022/urban dibao_standard=905.5@2022/urban",
            Facts(Read(text)));
    }

    [Fact]
    public void A_yearbook_table_in_chinese_and_english_is_read_row_by_row_with_later_series_on_the_latest_years()
    {
        var text = "19-3 民政事业基本情况\nBasic Statistics of Civil Affairs\n项目 Item 2015 2020 2022\n  社会救助  Social Assistance\n    城市最低生活保障人数(人)   Urban Residents Receiving\n  Minimum Living Allowance(person)\n52310 30125 28870\n    #老年人    Old People 8120 6230 6010\n  农村特困人员供养人数(人)  Rural Destitute People Supported(person) 21870 20950\n  养老机构床位数(张)  Beds of Elderly Care Institutions(bed) 18000 24100 26350\n";

        Assert.Equal(
            "dibao_persons=52310@2015/urban dibao_persons=30125@2020/urban dibao_persons=28870@2022/urban tekun_persons=21870@2020/rural tekun_persons=20950@2022/rural elderly_beds=18000@2015 elderly_beds=24100@2020 elderly_beds=26350@2022",
            Facts(Read(text)));
    }

    [Fact]
    public void A_table_whose_cells_ran_together_is_read_row_by_row_with_counts_of_places_left_without_a_unit()
    {
        var text = "2023年社会服务统计3月份报表\n指标名称单位数量\n一、民政机构和设施\n  养老机构412\n  养老机构床位万张6.8\n二、社会救助\n  城市最低生活保障\n    最低生活保障人数万人2.4\n  农村特困人员救助供养人数万人0.6\n  临时救助万人次0.9\n三、社区服务\n";

        Assert.Equal(
            "elderly_institutions=412@2023 elderly_beds=68000@2023 dibao_persons=24000@2023/urban tekun_persons=6000@2023/rural temp_relief_cases=9000@2023",
            Facts(Read(text)));
    }

    [Fact]
    public void The_first_date_of_a_span_of_years_does_not_date_a_news_item() =>
        Assert.Equal(
            "temp_relief_payments=56.3@",
            Facts(Read("记者从市民政局年中会议获悉，上半年全市支出临时救助资金56.3万元。\n\n档案室完成1998年1月1日至2015年6月30日收养档案的整理。\n")));

    [Fact]
    public void A_heading_that_reports_targets_met_opens_no_plan() =>
        Assert.Equal(
            "dibao_households=5120@2023/rural elderly_beds_added=260@2023",
            Facts(Read("某县民政局2023年工作总结\n\n一、圆满完成全年目标任务\n农村低保5120户。新建敬老院2所，新增床位260张。\n")));

    [Fact]
    public void A_meeting_that_reviews_one_year_and_plans_the_next_dates_its_figures_by_the_year_reviewed() =>
        Assert.Equal(
            "elderly_institutions=1980@2023 meal_points=600@2024",
            Facts(Read("全省民政工作会议召开\n\n1月25日，省民政厅召开全省民政工作会议，总结2023年工作，部署2024年重点任务。\n会议透露，全省现有养老机构1980家，2024年将建成社区助餐点600个。\n")));

    [Theory]
    [InlineData("2019年03月02日09:30\n\n")]
    [InlineData("2019年03月02日 09:30  来源：市民政局\n\n")]
    public void The_date_line_of_a_news_page_dates_no_figure_of_the_year_it_reports(string dateLine) =>
        Assert.Equal(
            "elderly_institutions=120@2018 elderly_beds=15000@2018",
            Facts(Read(dateLine + "截至2018年底，全市共有养老机构120家；全市共有养老床位1.5万张。\n")));

    [Fact]
    public void A_dateline_between_the_title_and_the_text_is_a_line_of_its_own()
    {
        var facts = Read("市养老服务中心今年新增床位320张\n晚报  2021-11-03 09:12:45\n  记者从市民政局了解到，全市现有养老机构58家。\n");

        Assert.Equal("elderly_beds_added=320@2021 elderly_institutions=58@2021", Facts(facts));
        Assert.Equal(["市养老服务中心今年新增床位320张", "记者从市民政局了解到，全市现有养老机构58家。"], facts.Select(f => f.Evidence));
    }

    [Fact]
    public void The_year_a_system_was_founded_dates_no_figure_of_a_news_item() =>
        Assert.Equal(
            "dibao_payments=12000@",
            Facts(Read("记者昨日从市民政局了解到，今年全市累计发放最低生活保障金1.2亿元。\n\n2001年本市建立城乡最低生活保障制度。\n")));

    [Fact]
    public void A_span_opened_by_zi_and_closed_by_yilai_does_not_date_its_figures_by_its_first_year()
    {
        Assert.Equal("cremation_rate=100@2023", Facts(Read("某县民政局2023年工作总结\n\n自2008年推行殡葬改革以来，全县遗体火化率保持100%。\n")));
        // Where neither a heading nor a date tells where the span ends, the figure's year is unknown.
        Assert.Equal("cremation_rate=100@", Facts(Read("关于殡葬管理工作情况的调研报告\n\n自2008年推行殡葬改革以来，全县遗体火化率保持100%。\n")));
        // A clause that opens with the year spans from it just the same.
        var facts = Read("某县慈善总会2024年工作总结\n\n1.助医活动：2022年本会启动大病救助项目以来，累计筹集善款86.5万元。\n");
        Assert.Equal("charity_raised=86.5@2024", Facts(facts));
        Assert.Equal(2022, Assert.Single(facts).PeriodStart);
    }

    [Fact]
    public void The_statistics_form_with_its_code_column_is_read_by_its_first_figure() =>
        Assert.Equal(
            "dibao_payments=81234.5@2021 dibao_payments=15420.3@2021/urban elderly_beds=68210@2021",
            Facts(Read("2021年12月报\n民政统计季报表\n指标名称 单位 代码 数量 上季度 环比\n1 2 3 4\n一、综合 JZH011000000\n   (一)乡级行政区划 JZH011110000 212 212\n    (1)最低生活保障 万元 JZH011212100 81,234.5 60,118.2 35.12\n       I 城市低保金 万元 JZH011212111 15,420.3 11,305.0 36.40\n    养老机构床位数 张 JZH021100000 68,210 67,900 0.46\n")));

    [Fact]
    public void A_statistics_page_may_space_out_its_header_cells() =>
        Assert.Equal(
            "elderly_institutions=56@2021 dibao_persons=4120@2021/urban",
            Facts(Read("2021年3季度民政统计季报\n指 标 | 单 位 | 数 量 |\n养老机构 | 个 | 56 |\n城市低保人数 | 人 | 4,120 |\n")));

    [Fact]
    public void A_label_pushed_onto_the_line_above_its_unit_and_figure_rejoins_them_and_the_headings_run_into_it_head_what_follows() =>
        Assert.Equal(
            "dibao_persons=12400@2022/urban dibao_persons=35210@2022/rural tekun_persons=4310@2022 marriage_registrations=5120@2022 divorce_registrations=1980@2022",
            Facts(Read("2022年4季度民政统计数据\n指标 | 单位 | 数量 |\n一、提供住宿的民政机构 二、社会救助 城市最低生活保障 |\n个 | 86 |\n最低生活保障人数 | 人 | 12,400 |\n农村最低生活保障 |\n最低生活保障人数 | 人 | 35,210 |\n城乡特困人员救助供养人数 三、婚姻登记 |\n人 | 4,310 |\n结婚登记 | 对 | 5,120 |\n离婚登记 四、社会组织 |\n对 | 1,980 |\n")));

    [Fact]
    public void Yearbook_rows_name_their_residents_and_their_unit_in_brackets() =>
        Assert.Equal(
            "dibao_persons=4577@2021/urban dibao_persons=4610@2022/urban dibao_persons=30577@2021/rural dibao_persons=32848@2022/rural",
            Facts(Read("14-5 社会救济情况 | |||\n项 目 | 2021年 | 2022年 | |||\n社会救济 | |||\n城镇居民最低生活保障人数(人) | 4577 | 4610 | |||\n农村居民最低生活保障人数(人) | 30577 | 32848 | |||\n")));

    [Fact]
    public void The_title_line_of_a_report_is_its_own_line_though_no_blank_line_follows_it()
    {
        var facts = Read("某县民政局2022年工作总结\n全县共有养老机构18家，床位2150个。\n");

        Assert.Equal("elderly_institutions=18@2022 elderly_beds=2150@2022", Facts(facts));
        Assert.All(facts, f => Assert.Equal("全县共有养老机构18家，床位2150个。", f.Evidence));
    }

    [Fact]
    public void A_count_with_a_noun_of_its_own_after_a_figure_that_took_the_alias_is_not_that_alias_count() =>
        Assert.Equal(
            "elderly_beds_added=120@2021",
            Facts(Read("某区民政局2021年工作总结\n\n全年计划完成新增养老床位120张和至少1个街道社区服务综合体。\n")));

    [Fact]
    public void The_ji_of_a_verb_of_reach_joins_no_two_subjects() =>
        Assert.Equal(
            "dibao_payments=4810@2022 dibao_persons=7360@2022 tekun_payments=960@2022 tekun_persons=870@2022",
            Facts(Read("某区民政局2022年工作总结\n\n全年发放城乡低保金4810万元，惠及低保对象7360人；发放特困人员救助供养金960万元，涉及特困人员870人。\n")));

    [Fact]
    public void The_area_named_between_wei_and_a_count_still_sends_the_count_to_the_alias_after_it() =>
        Assert.Equal(
            "aging_retrofit_households=1320@2022",
            Facts(Read("某区民政局2022年工作总结\n\n投入资金600万元，为全区1320户困难老年人家庭实施居家适老化改造。\n")));

    [Fact]
    public void A_news_item_starts_below_its_headline_and_money_added_to_a_fund_is_no_payment()
    {
        var facts = Read("我县再次提高城乡低保标准\n本报讯（记者 李某）自2024年1月1日起，我县城市低保标准提高到每人每月820元。提标后，预计全年将新增低保资金支出约900万元。\n");

        Assert.Equal("dibao_standard=820@2024/urban", Facts(facts));
        Assert.StartsWith("本报讯", Assert.Single(facts).Evidence);
    }

    [Fact]
    public void Hui_min_bin_zang_names_the_funeral_benefit_either_way_round() =>
        Assert.Equal(
            "funeral_subsidy_persons=1420@2022 funeral_subsidy_amount=213.5@2022",
            Facts(Read("某县民政局2022年工作总结\n\n全年惠民殡葬政策惠及1420人，减免基本殡葬服务费用213.5万元。\n")));

    [Fact]
    public void Thousands_set_apart_by_a_space_are_one_figure_where_a_unit_follows_but_columns_stay_apart()
    {
        Assert.Equal(
            "dibao_households=1204@2022 dibao_persons=2367@2022 dibao_payments=1702.5@2022 temp_relief_cases=1045210@2022",
            Facts(Read("某区民政局2022年工作总结\n\n全区共有低保对象 1 204 户 2 367 人，全年发放低保金 1 702.5 万元，临时救助 1 045 210 人次。\n")));
        Assert.Equal(
            "elderly_institutions=21@2021 elderly_institutions=230@2022 dibao_persons=3256@2021/urban dibao_persons=3018@2022/urban",
            Facts(Read("某区民政事业统计\n指标 2021年 2022年\n养老机构（个） 21 230\n城市低保人数（人） 3256 3018\n")));
    }

    [Fact]
    public void A_date_written_day_and_month_first_dates_the_page_and_stands_on_its_own_line()
    {
        var facts = Read("Posted on 21/11/2022 by admin\n区民政局开展救急难工作\n\n今年1-10月，全区累计实施临时救助1830人次。\n");

        Assert.Equal("temp_relief_cases=1830@2022", Facts(facts));
        Assert.Equal("今年1-10月，全区累计实施临时救助1830人次。", Assert.Single(facts).Evidence);
    }

    // A bulletin on how targets were met reports what was done; a site's breadcrumb (首页>工作计划>…) opens no
    // plan section; 确保 in a clause with no figure of its own states a purpose; 到 a date to the month is as of then.
    [Theory]
    [InlineData("关于2022年度全市民政工作目标责任制考核情况的通报\n\n经综合评定，全市持证社工达到2410人。\n", "certified_social_workers=2410@2022")]
    [InlineData("首页>工作计划>社会组织工作范文\n\n区社会组织登记管理工作汇报\n\n20**年，全区共登记社会组织812家。\n", "social_orgs_registered=812@")]
    [InlineData("某区民政局通报\n发布时间:2022-04-19\n\n为切实保障困难群众基本生活，确保其生活水平稳步提高，自2022年1月起，城市特困人员基本生活标准提高40元达到每人每月880元。\n", "tekun_standard=880@2022/urban")]
    [InlineData("某区长者饭堂开到家门口\n发布时间:2019-04-02\n\n到2019年3月底，全区已开办长者饭堂412个。\n", "meal_points=412@2019")]
    public void What_was_done_is_actual_under_a_bulletin_a_breadcrumb_or_a_purpose(string text, string expected)
    {
        var facts = Read(text);

        Assert.Equal(expected, Facts(facts));
        Assert.Equal(FactStatus.Actual, Assert.Single(facts).Status);
    }

    [Fact]
    public void A_masked_figure_keeps_its_thousands_comma() =>
        Assert.Equal(
            "dibao_households=@2022 dibao_persons=@2022",
            Facts(Read("某区民政局2022年工作总结\n\n全区现有低保对象2,8XX户、5,1XX人。\n")));

    [Fact]
    public void A_clause_that_names_only_the_other_part_of_the_area_gives_the_same_standard_for_it() =>
        Assert.Equal(
            "dibao_standard=810@2021/urban dibao_standard=655@2021/rural",
            Facts(Read("某市民政局2021年工作总结\n\n全市低保平均标准城市为每人每月810元、农村为每人每月655元。\n")));

    [Fact]
    public void What_was_spent_against_the_plan_is_the_same_indicator_and_actual()
    {
        var facts = Read("某区民政局2023年工作总结\n\n全年城市低保资金计划支出960万元，实际支出948.5万元。\n");

        Assert.Equal("dibao_payments=960@2023/urban dibao_payments=948.5@2023/urban", Facts(facts));
        Assert.Equal([FactStatus.Plan, FactStatus.Actual], facts.Select(f => f.Status));
    }

    [Fact]
    public void A_year_still_to_come_in_a_review_dates_its_own_sentence_only()
    {
        var facts = Read("某县民政局2023年工作总结\n\n一、2023年工作开展情况\n全县共有低保对象4120户。2024年，全县将建成老年食堂12个。全年发放临时救助资金265万元。\n");

        Assert.Equal("dibao_households=4120@2023 meal_points=12@2024 temp_relief_payments=265@2023", Facts(facts));
        Assert.Equal([FactStatus.Actual, FactStatus.Plan, FactStatus.Actual], facts.Select(f => f.Status));
    }

    [Fact]
    public void Bu_di_yu_before_a_per_person_level_is_a_floor() =>
        Assert.Equal(
            Qualifier.AtLeast,
            Assert.Single(Read("某县民政局2024年工作计划\n\n确保城乡低保标准不低于每人每月880元。\n")).Qualifier);

    [Fact]
    public void Applications_withdrawn_in_the_cooling_off_period_are_no_divorces() =>
        Assert.Equal(
            "marriage_registrations=1870@2022 divorce_registrations=512@2022",
            Facts(Read("某县民政局2022年工作总结\n\n办理结婚登记1870对，离婚登记512对，离婚冷静期内撤回离婚申请98对。\n")));

    [Fact]
    public void A_social_work_service_station_is_a_station_and_a_count_of_areas_after_it_is_not() =>
        Assert.Equal(
            "social_work_stations=14@2022",
            Facts(Read("某县民政局2022年工作总结\n\n建成乡镇（街道）社会工作服务站14个，覆盖率100%。局负责人把慰问品交到城东社工服务站3个片区的驻站社工手中。\n")));

    [Fact]
    public void Letters_that_ocr_read_for_digits_are_the_digits_but_words_keep_their_letters()
    {
        Assert.Equal(
            "dibao_households=2074@2022 tekun_persons=1036@2022 elderly_institutions=16@2022",
            Facts(Read("某县民政局2O22年工作总结\n\n全县共有低保对象2 O74户。特困供养人员l,036人。全县养老机构l6家。\n")));
        Assert.Equal("Old People", Assert.Single(Read("某县民政局2022年工作总结\n\nOld People 低保对象120户。\n")).Evidence[..10]);
    }

    [Fact]
    public void A_level_dated_before_the_year_of_a_plan_is_where_the_plan_starts_from()
    {
        var facts = Read("2023年某市民政工作要点\n\n全年工作目标：持证社工达到3200人。2022年，全市持证社工2750人。\n");

        Assert.Equal("certified_social_workers=3200@2023 certified_social_workers=2750@2022", Facts(facts));
        Assert.Equal([FactStatus.Plan, FactStatus.Actual], facts.Select(f => f.Status));
    }

    [Fact]
    public void A_standard_set_as_a_multiple_of_another_is_the_first_standard_and_a_page_headline_stands_alone()
    {
        var facts = Read("我县上调特困供养标准\n日前，县民政局印发通知，特困人员基本生活标准按不低于当地低保标准1.3倍确定，城市为每人每月936元，农村为每人每月728元。\n");

        Assert.Equal("tekun_standard=936@/urban tekun_standard=728@/rural", Facts(facts));
        Assert.All(facts, f => Assert.StartsWith("日前", f.Evidence));
    }

    [Fact]
    public void A_return_that_sets_the_period_beside_a_year_before_is_read_by_the_period_column() =>
        Assert.Equal(
            "dibao_persons=8215@2022/urban tekun_persons=3120@2022 marriage_registrations=4630@2022",
            Facts(Read("2022年1-6月某市民政主要指标\n指标名称 单位 本期 上年同期 增减%\n城市低保人数 人 8,215 8,730 -5.9\n特困人员 人 3,120 3,098 0.7\n结婚登记 对 4,630 4,412 4.9\n")));

    [Fact]
    public void A_table_of_areas_set_apart_by_spaces_gives_the_whole_area_row_only() =>
        Assert.Equal(
            "dibao_households=18420@2022 dibao_persons=30115@2022 dibao_payments=24108.6@2022",
            Facts(Read("表2 2022年各县（市、区）低保情况\n地区 低保户数（户） 低保人数（人） 低保金（万元）\n全市 18420 30115 24108.6\n东县 5210 8876 6920.4\n西县 4630 7512 5830.2\n")));

    [Fact]
    public void The_welfare_fund_a_lottery_raises_is_no_lottery_sales() =>
        Assert.Equal(
            "welfare_lottery_sales=24500@2022",
            Facts(Read("某市民政局2022年工作总结\n\n全年销售福利彩票2.45亿元，筹集福彩公益金780万元。\n")));

    [Fact]
    public void A_meeting_dates_the_results_its_colon_introduces_and_what_it_asks_for_is_a_plan()
    {
        var facts = Read("区民政局召开2024年民政工作会议\n\n2月6日，区民政局召开民政工作会议。会议指出，2023年全区民政工作成效明显：新增养老床位380张；全区持证社工达到1150人。会议强调，2024年要重点抓好以下工作：新增养老床位450张。\n");

        Assert.Equal("elderly_beds_added=380@2023 certified_social_workers=1150@2023 elderly_beds_added=450@2024", Facts(facts));
        Assert.Equal([FactStatus.Actual, FactStatus.Actual, FactStatus.Plan], facts.Select(f => f.Status));
    }

    [Fact]
    public void A_title_in_traditional_script_stands_alone_too() =>
        Assert.Equal(
            "全年共发放城乡低保金1.12亿元。",
            Assert.Single(Read("縣民政局2022年工作總結\n全年共發放城鄉低保金1.12億元。\n")).Evidence);

    [Fact]
    public void A_pair_of_counts_written_ren_ci_in_brackets_gives_the_second_subject_its_second_figure() =>
        Assert.Equal(
            "temp_relief_cases=21300@2016",
            Facts(Read("某州民政局2016年工作总结\n\n全年开展医疗救助和临时救助52.6万人(次)和2.13万人(次)。\n")));

    [Fact]
    public void Institutions_of_one_kind_of_owner_are_a_part_of_the_area_not_its_total() =>
        Assert.Equal(
            "elderly_institutions=11@2022/part elderly_institutions=5@2022/part elderly_institutions=24@2022",
            Facts(Read("某县民政局2022年工作总结\n\n全县有公办养老机构11所、民办养老机构5家。全市现有养老机构24家。\n")));

    [Fact]
    public void A_total_since_a_five_year_plan_began_runs_from_its_first_year()
    {
        var fact = Assert.Single(Read("某市民政局2023年工作总结\n\n“十四五”以来，全市累计发放低保金12.4亿元。\n"));

        Assert.Equal("dibao_payments=124000@2023", Facts([fact]));
        Assert.Equal(2021, fact.PeriodStart);
    }

    [Fact]
    public void A_title_that_masks_its_review_year_and_names_the_plan_year_reviews_the_year_before()
    {
        var facts = Read("某县民政局20XX年工作总结及2025年工作打算\n\n某县民政局20XX年工作总结及2025年工作打算\n\n一是兜牢底线。全县保障低保对象1.2万人，发放低保资金8600万元。\n");

        Assert.Equal("dibao_persons=12000@2024 dibao_payments=8600@2024", Facts(facts));
        Assert.All(facts, f => Assert.Equal(FactStatus.Actual, f.Status));
    }

    [Fact]
    public void A_yearly_standard_raised_to_a_level_of_no_stated_period_keeps_the_period_it_was_raised_from() =>
        Assert.Equal(
            "dibao_standard=350@/rural dibao_standard=400@2022/rural",
            Facts(Read("某县民政局2022年工作总结\n\n（三）农村低保标准：由每人每年4200元提高到4800元。\n")));

    [Theory]
    [InlineData("城乡特困人员照料护理标准由全护理每人每月600元、半护理每人每月300元提高到全护理每人每月660元、半护理每人每月330元。")]
    [InlineData("按上年度最低工资标准计算，自理、半自理和全护理的特困人员每人每年2000元、3500元、7000元。")]
    public void A_care_level_for_a_group_is_not_the_groups_standard(string sentence) =>
        Assert.Empty(Read("某市民政局2022年工作总结\n\n" + sentence + "\n"));

    [Theory]
    [InlineData("城市特困人员从每人每月900元提高到990元。", "tekun_standard=900@/urban tekun_standard=990@2022/urban")]
    [InlineData("全县农村五保标准为集中供养每人每月640元。", "tekun_standard=640@2022/part")]
    public void A_level_per_person_of_a_group_is_still_its_standard(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某市民政局2022年工作总结\n\n" + sentence + "\n")));

    [Fact]
    public void The_beds_of_one_building_are_its_size_not_the_areas_beds() =>
        Assert.Equal(
            "elderly_beds=6200@2022",
            Facts(Read("某市民政局2022年工作总结\n\n在每个城区各建设一个150张床位的养老机构。市福利院建成220张床位的护理楼。全市养老床位达到6200张。\n")));

    [Fact]
    public void Centres_to_be_built_are_no_stock_of_centres() =>
        Assert.Equal(
            "home_care_centers=64@2022",
            Facts(Read("某市民政局2022年工作总结\n\n全市已建成居家养老服务中心64个。下一步，在全市40个社区建设40个居家养老服务中心。\n")));

    [Fact]
    public void The_towns_and_the_countryside_named_together_with_a_note_of_who_else_is_in_are_the_whole_group() =>
        Assert.Equal(
            "dibao_households=5210@2021 dibao_persons=9876@2021",
            Facts(Read("某县民政局2021年工作总结\n\n全县纳入农村、城市低保的家庭（含农村五保户）共5210户9876人。\n")));

    [Fact]
    public void A_round_figure_passed_on_the_way_is_a_milestone_and_the_amount_follows_it() =>
        Assert.Equal(
            "dibao_payments=3122@2021",
            Facts(Read("某县民政局2021年工作总结\n\n全年发放低保金再创新高，突破3000万元，达3122万元。\n")));

    [Fact]
    public void A_year_compared_with_dates_no_later_figure_and_cities_after_qizhong_are_parts() =>
        Assert.Equal(
            "eco_burial_rate=71.2@2019 eco_burial_rate=92@2019/part",
            Facts(Read("某省民政厅通报\n\n2019年全省节地生态安葬率为71.2%，比2018年提升2.7个百分点，其中甲市、乙市节地生态安葬率均达92%以上。\n")));

    [Fact]
    public void A_baseline_at_the_end_of_a_five_year_plan_is_dated_by_its_last_year()
    {
        var facts = Read("某省民政厅2015年工作总结\n\n同“十一五”末相比，全省社会养老服务床位从5.2万张增至13.1万张。\n");

        Assert.Equal("elderly_beds=52000@2010 elderly_beds=131000@2015", Facts(facts));
    }

    [Theory]
    [InlineData("\n\n编辑:王明 责任编辑:李华\n\n")]
    [InlineData("（记者张三）编辑:王明责任编辑:李华推荐阅读")]
    [InlineData("\n【我要纠错】 责任编辑:李华\n")]
    public void Below_the_editors_credit_a_news_page_holds_other_articles_that_neither_date_it_nor_give_facts(string credit) =>
        Assert.Equal(
            "elderly_institutions=212@2016",
            Facts(Read("全省养老服务设施五年翻番\n\n30.12.2016  10:05\n\n记者从全省养老服务推进会上了解到，全省已建成养老机构212个。" + credit + "全省2019年空气质量优良。去年全省建成养老机构240个。\n")));

    [Fact]
    public void An_editor_named_in_the_pages_head_ends_nothing() =>
        Assert.Equal(
            "elderly_institutions=212@2016",
            Facts(Read("全省养老服务设施五年翻番\n发布时间:2016-12-30 来源:省民政厅 编辑:王明\n\n记者从全省养老服务推进会上了解到，全省已建成养老机构212个。\n")));

    [Fact]
    public void Beds_being_built_are_beds_added_and_a_bureau_of_construction_builds_nothing() =>
        Assert.Equal(
            "elderly_beds_added=120@2022 elderly_institutions=9@2022 elderly_beds=6400@2022",
            Facts(Read("某市民政局2022年工作总结\n\n今年建设家庭养老床位120张。据住房和城乡建设局统计，全市现有养老机构9家。全市养老床位达到6400张。\n")));

    [Fact]
    public void Those_among_a_group_are_a_part_of_it() =>
        Assert.Equal(
            "tekun_persons=38@2025/part tekun_persons=702@2025",
            Facts(Read("某县2025年9月特困供养情况\n\n特困人员中完全丧失生活自理能力人数38人；全县特困人员702人。\n")));

    [Fact]
    public void What_each_class_of_household_is_paid_is_no_standard() =>
        Assert.Equal(
            "dibao_standard=110@2022/rural",
            Facts(Read("某县民政局2022年工作总结\n\n农村低保标准为每人每年1320元，农村低保按分类施保发放，其中A类、B类、C类户每人每月分别补助80元、65元、50元。\n")));

    [Fact]
    public void Counts_in_a_list_after_a_verb_of_removal_are_no_recipients() =>
        Assert.Equal(
            "dibao_households=120@2022/urban dibao_persons=240@2022/urban",
            Facts(Read("某县民政局2022年工作总结\n\n全年共取消31户、67人的城镇低保待遇。全县城镇低保对象120户、240人。\n")));

    [Fact]
    public void A_section_row_names_what_its_rows_of_institutions_and_beds_count() =>
        Assert.Equal(
            "elderly_institutions=204@2023 elderly_beds=24510@2023",
            Facts(Read("某市2023年民政统计\n指标名称 | 单位 | 数量 |\n一、养老机构 | | |\n机构数 | 个 | 204 |\n床位数 | 张 | 24510 |\n二、儿童福利机构 | | |\n机构数 | 个 | 3 |\n床位数 | 张 | 410 |\n")));

    [Fact]
    public void The_beds_of_all_social_services_are_no_elderly_beds_and_the_elderly_beds_among_them_are_the_total() =>
        Assert.Equal(
            "elderly_beds=28000@2021",
            Facts(Read("2021年某市国民经济和社会发展统计公报\n\n年末全市社会服务床位3.1万张，其中养老床位2.8万张。\n")));

    [Fact]
    public void Members_named_by_a_condition_are_a_part_and_those_whose_insurance_is_paid_are_no_stock() =>
        Assert.Equal(
            "tekun_persons=3870@2022/rural tekun_persons=402@2022/part",
            Facts(Read("某区民政局2022年工作总结\n\n全区农村特困供养人员3870人，经评定，失能半失能特困供养人员402人。拿出12万元，资助1460名城市低保户参加医疗保险。\n")));

    [Fact]
    public void Community_care_stations_are_home_care_centres() =>
        Assert.Equal(
            "home_care_centers=381@2023 meal_points=126@2023",
            Facts(Read("某市民政局2023年工作总结\n\n全市共有城乡社区养老服务站点381个，老年助餐点126个。\n")));

    [Fact]
    public void Elderly_service_institutions_are_elderly_institutions_but_community_service_bodies_and_those_rated_are_not() =>
        Assert.Equal(
            "elderly_institutions=41@2021 meal_points=1630@2021",
            Facts(Read("某市民政局2021年工作总结\n\n全市共有养老服务机构41家。建成社区养老服务机构980家。完成对172家养老服务机构等级评定。全市1630家老人家食堂交由企业运营。\n")));

    [Theory]
    [InlineData("全年发放临时救助金1580.6万元，惠及群众2.07人次。", "temp_relief_payments=1580.6@2023")]
    [InlineData("全市51230名低保和农村五保对象受益。", "")]
    [InlineData("全省已将21.3万名脱贫人口纳入低保、特困、临时救助等兜底保障范围。", "")]
    public void A_count_in_fractions_or_of_several_groups_is_no_groups_count(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某市民政局2023年工作总结\n\n" + sentence + "\n")));

    [Theory]
    [InlineData("全区养老机构与养老床位分别为312家、7.6万张。", "elderly_institutions=312@2023 elderly_beds=76000@2023")]
    [InlineData("全市福彩销量突破4亿元，总销量为412305566.2元。", "welfare_lottery_sales=41230.55662@2023")]
    [InlineData("全年实施助学、助残慈善项目，慈善救助总额为2106.4万元。", "charity_relief_funds=2106.4@2023")]
    [InlineData("全年各地共接收社会捐款41.2亿元。", "charity_raised=412000@2023")]
    [InlineData("社会救助资金支出9020.5万元（城市低保1203.6万元；农村低保3051.7万元；特困供养1880.2万元）。", "dibao_payments=1203.6@2023/urban dibao_payments=3051.7@2023/rural tekun_payments=1880.2@2023")]
    public void Figures_go_to_their_subjects_in_turn_past_a_milestone_and_as_the_money_of_the_subject_right_before_them(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某市民政局2023年工作总结\n\n" + sentence + "\n")));

    [Theory]
    [InlineData("向全县1620户、1711名特困供养对象按月发放集中供养补贴302.5万元。", "tekun_persons=1711@2023")]
    [InlineData("为1690名五保对象发放一次性生活补贴。", "")]
    public void Those_paid_the_programmes_own_benefit_are_its_caseload_and_those_paid_something_else_are_not(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某县民政局2023年工作总结\n\n" + sentence + "\n")));

    [Fact]
    public void Funeral_fees_waived_are_counted_in_cases_and_an_average_per_deceased_is_no_total() =>
        Assert.Equal(
            "funeral_subsidy_persons=286@2023 funeral_subsidy_amount=31.4@2023",
            Facts(Read("某县民政局2023年工作总结\n\n全年为困难家庭免除殡葬基本服务费用286宗，合计31.4万元，平均每位逝者减免殡葬基本服务费1098元。\n")));

    [Fact]
    public void Rows_that_name_only_a_measure_take_the_subject_of_the_tables_caption_and_the_text_restating_a_row_adds_no_fact() =>
        Assert.Equal(
            "welfare_lottery_sales=98000@2021 welfare_lottery_sales=126000@2022",
            Facts(Read("某省2022年民政事业发展统计公报\n\n全年全省福利彩票销售12.6亿元。\n表4 福利彩票\n单位:亿元、% |\n指标 |\n2021 年 |\n2022 年 |\n销售额 |\n9.8 |\n12.6 |\n增长率 |\n4.1 |\n28.6 |\n")));

    [Fact]
    public void In_a_table_of_tasks_and_their_progress_the_figure_a_row_opens_with_is_the_task_and_the_progress_is_done() =>
        Assert.Equal(
            "elderly_beds_added=200:target elderly_beds_added=150:actual",
            string.Join(" ", Read("序号\n重点工作任务\n责任单位\n完成时限\n进展情况(二季度)\n1\n新增社区嵌入式养老床位200张\n区民政局\n12月底前\n目前已完成选址，已在三个街道新增床位150张。\n")
                .Select(f => $"{f.Indicator}={f.Value}:{f.Status.ToSql()}")));

    [Theory]
    [InlineData("全区新增养老床位300张，另有200张床位正在建设。", "elderly_beds_added=300@2022")]
    [InlineData("全县在建养老床位500张，现有养老床位1200张。", "elderly_beds=1200@2022")]
    [InlineData("180户适老化改造正在施工。", "")]
    public void Work_under_way_is_neither_done_nor_a_stock(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某区民政局2022年工作总结\n\n" + sentence + "\n")));

    [Theory]
    [InlineData("已在三个街道新增床位150张。", "elderly_beds_added=150@2022")]
    [InlineData("在4个社区建成老年食堂，全区老年食堂达到36个。", "meal_points=36@2022")]
    public void A_count_of_its_own_noun_that_a_verb_of_building_follows_counts_that_noun(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某区民政局2022年工作总结\n\n" + sentence + "\n")));

    [Fact]
    public void A_date_in_words_with_the_clock_time_after_it_is_the_pages_date() =>
        Assert.Equal(
            "dibao_standard=815@2023/urban",
            Facts(Read("某市再次提高低保标准\n\n2023年02月14日 09:12  |  来源:某市日报\n\n近日，某市调整救助标准，城市低保标准由每人每月780元提高到每人每月815元。\n").Where(f => f.Year is not null)));

    [Fact]
    public void The_changes_a_caseload_went_through_are_none_of_its_parts() =>
        Assert.Equal(
            "dibao_households=3120@2019/urban dibao_persons=6240@2019/urban",
            Facts(Read("某区民政局2019年工作总结\n\n2019年底，全区在册城市低保户3120户6240人，其中：新增402户760人，取消311户590人，增补85户130人，降补62户101人。\n")));

    [Fact]
    public void The_past_year_on_a_page_dated_early_in_a_year_is_the_year_before() =>
        Assert.Equal(
            "charity_raised=1804.2@2023",
            Facts(Read("某县慈善一日捐活动启动\n\n发布时间：2024-02-20\n\n据悉，过去一年，全县募集善款1804.2万元。\n")));

    [Theory]
    [InlineData("社会组织数量超过2万家的只有9个省份。", "")]
    [InlineData("目前尚无一个县突破5000家。", "")]
    [InlineData("全市共有社会组织3200家以上。", "social_orgs_registered=3200@2022")]
    [InlineData("市慈善总会对年度慈善捐赠活动中表现突出的企业进行了表彰，其中，单位捐赠10万元以上的有：甲公司等四家企业。", "")]
    public void A_bound_that_picks_out_who_passes_it_or_that_nobody_reached_is_no_count(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("2022年全省社会组织发展报告\n\n" + sentence + "\n")));

    [Fact]
    public void A_series_of_years_after_a_sentence_naming_its_indicator_goes_on_naming_it() =>
        Assert.Equal(
            "social_orgs_registered=21000@2016 social_orgs_registered=23500@2017 social_orgs_registered=26100@2018",
            Facts(Read("某省社会组织发展综述\n\n数据显示，2016年全省社会组织总量为2.1万家；2017年达到2.35万家；2018年超过2.61万家。2019年，全省开展等级评估300次。\n")));

    [Fact]
    public void A_running_total_of_the_months_so_far_goes_on_with_the_payment_before_it() =>
        Assert.Equal(
            "dibao_payments=512.3@2024/part dibao_payments=1490.6@2024 tekun_payments=88.1@2024 tekun_payments=260.4@2024",
            Facts(Read("某区2024年3月社会救助工作简报\n\n本月发放低保金512.3万元，1-3月累计发放1490.6万元；特困供养金88.1万元，1-3月累计发放260.4万元。\n")));

    [Theory]
    [InlineData("该县农村低保标准由一年480元提高到660元。", "dibao_standard=40@/rural dibao_standard=55@2022/rural")]
    [InlineData("全市取得职业资格水平考试的社会工作者2106人。", "certified_social_workers=2106@2022")]
    [InlineData("街道召开临时救助业务培训会，全街道31名救助员参会。", "")]
    [InlineData("完成全区2140名特困供养人员照料护理协议签订。", "")]
    public void A_yearly_level_a_qualification_phrased_at_length_and_those_at_a_meeting(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某区民政局2022年工作总结\n\n" + sentence + "\n")));

    [Fact]
    public void A_sum_that_names_no_programme_breaks_down_into_the_programmes_wholes() =>
        Assert.Equal(
            "dibao_payments=2210.6@2022 tekun_payments=406.3@2022 temp_relief_payments=61.2@2022",
            Facts(Read("某区民政局2022年工作总结\n\n全年累计发放社会救助专项资金3120.4万元。其中，城乡低保2210.6万元，特困人员供养406.3万元，临时救助61.2万元。\n")));

    [Fact]
    public void A_sum_of_one_programme_still_has_parts() =>
        Assert.Equal(
            "welfare_lottery_sales=182000@2022 welfare_lottery_sales=131000@2022/part",
            Facts(Read("某省民政厅2022年工作总结\n\n全年共销售福利彩票18.2亿元，筹集公益金5.1亿元。其中电脑福利彩票13.1亿元。\n")));

    [Fact]
    public void The_basic_living_allowance_paid_to_those_in_extreme_poverty_is_their_support_payment() =>
        Assert.Equal(
            "tekun_persons=9100@2024 tekun_payments=3120@2024",
            Facts(Read("某市民政局2024年一季度工作小结\n\n为9100余名特困人员发放基本生活费3120万元。\n")));

    [Theory]
    [InlineData("今年将增养老床位1200张。", "elderly_beds:plan")]
    [InlineData("上半年发放临时救济金2.6万元。", "temp_relief_payments:actual")]
    public void A_headline_of_what_will_be_added_is_a_plan_and_the_old_name_of_temporary_relief_still_names_it(string sentence, string expected) =>
        Assert.Equal(expected, string.Join(" ", Read("某市民政局2018年工作总结\n\n" + sentence + "\n").Select(f => $"{f.Indicator}:{f.Status.ToSql()}")));

    [Fact]
    public void Those_of_a_part_that_do_something_of_their_own_are_no_further_part() =>
        Assert.Equal(
            "home_care_centers=96@2022 home_care_centers=21@2022/part",
            Facts(Read("某市民政局2022年工作总结\n\n全市建成96个居家养老服务中心，其中城区21个居家养老服务中心有9个实现了社会化运营。\n")));

    [Fact]
    public void A_table_with_each_cell_on_lines_of_its_own_and_bars_between_is_read_row_by_row() =>
        Assert.Equal(
            "social_orgs_registered=21000@2016 social_orgs_registered=30500@2020 elderly_beds=42100@2016 elderly_beds=61800@2020 "
            + "charity_raised=3120@2016 charity_raised=5480@2020",
            Facts(Read(string.Join("\n",
                "某省民政事业发展主要指标", "序号", "|", "指标", "|", "2016年", "|", "2020年", "|", "||",
                "1", "|", "社会组织数(万个)", "|", "2.1", "|", "3.05", "|", "||",
                "2", "|", "社会服务机构床位数(万张)", "其中:养老机构床位数(万张)", "|", "5.02", "4.21", "|", "7.3", "6.18", "|", "||",
                "3", "|", "社会捐赠额", "(万元)", "|", "3120", "|", "5480", "|", "||") + "\n")));

    [Theory]
    [InlineData("上半年，全县共有孤儿42名，保障标准为每人每月1200元，累计发放供养金30.2万元。", "")]
    [InlineData("上半年，全县特困人员1210名，累计发放供养金402.6万元。", "tekun_persons=1210@2019 tekun_payments=402.6@2019")]
    [InlineData("为城乡低保户、孤儿、残疾人购买意外伤害保险2310人，共11.6万元。", "")]
    public void Support_paid_to_orphans_is_not_extreme_poverty_support_and_those_insurance_was_bought_for_are_no_caseload(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某县民政局2019年上半年工作总结\n\n" + sentence + "\n")));

    [Theory]
    [InlineData("对城乡低保对象以增发一个月低保金的形式开展春节慰问，发放慰问金412.3万元。", "")]
    [InlineData("全年临时救助2110人次，发放救助金812.4万元。", "temp_relief_cases=2110@2021 temp_relief_payments=812.4@2021")]
    public void An_amount_whose_clause_names_another_payment_is_that_payments(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某县民政局2021年工作总结\n\n" + sentence + "\n")));

    [Theory]
    [InlineData("全市建成社区老年人照护中心64家。", "home_care_centers=64@2024")]
    [InlineData("全区助老就餐点达120个。", "meal_points=120@2024")]
    [InlineData("一季度累计发放城乡特困生活补贴金96.12万元。", "tekun_payments=96.12@2024")]
    [InlineData("截至9月底，全省城乡特困人数达到12.4万人。", "tekun_persons=124000@2024")]
    [InlineData("完成860户困难老年户的居家改造。", "aging_retrofit_households=860@2024")]
    [InlineData("全省提供住宿的民政机构床位数为250105张，其中养老机构床位数为240000张。", "elderly_beds=240000@2024")]
    [InlineData("全年共为1320名逝者免除基本殡葬服务费186.4万元。", "funeral_subsidy_amount=186.4@2024")]
    public void Names_real_reports_give_these_indicators_without_their_usual_alias(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某市民政局2024年工作总结\n\n" + sentence + "\n")));

    [Theory]
    [InlineData("全市现有低保、特困对象1.6万余人。", "")]
    [InlineData("全省农村低保一、二类对象和农村特困供养人员共98.2万人实现兜底保障。", "")]
    [InlineData("全县低保对象3100人、特困人员520人。", "dibao_persons=3100@2022 tekun_persons=520@2022")]
    [InlineData("全县发放农村低保金1206.3万元，其中，春节补贴402.1万元，电费补贴12.6万元。", "dibao_payments=1206.3@2022/rural")]
    [InlineData("全县发放低保金900万元，其中市本级120万元。", "dibao_payments=900@2022 dibao_payments=120@2022/part")]
    public void One_figure_for_two_subjects_is_neither_and_a_subsidy_inside_a_sum_is_no_part_of_it(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某县民政局2022年工作总结\n\n" + sentence + "\n")));

    [Theory]
    [InlineData("提标后，全省城市低保标准高于省扶贫标准215元。", "")]
    [InlineData("市级公办养老机构覆盖五个中心城区，全市养老机构达到86家。", "elderly_institutions=86@2020")]
    [InlineData("每个项目将获得2至5万元不等的公益创投资金。", "")]
    [InlineData("农村低保标准提高18%，达到4200元。", "dibao_standard=350@2020/rural")]
    public void A_difference_the_places_served_a_sum_per_project_and_a_yearly_standard_without_its_period(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某省民政厅2020年工作总结\n\n" + sentence + "\n")));

    [Fact]
    public void A_year_a_share_is_taken_of_does_not_date_a_news_item() =>
        Assert.Equal(
            "dibao_standard=600@2019/urban",
            Facts(Read("某省提高城乡低保标准\n某网  时间: 2019-12-03\n\n据介绍，全省城市低保标准提高到600元/人月。提标后，城市低保标准占2018年城市居民人均消费支出的30.1%。\n")));

    [Fact]
    public void A_rounded_lead_gives_way_to_the_exact_figure_within_its_last_digit() =>
        Assert.Equal(
            "charity_raised=4312.6@2018",
            Facts(Read("某市慈善工作会议召开\n\n2018年全市慈善会募得善款4000余万元，帮扶困难群众1万余人。全年共募得善款4312.6万元。\n")));

    [Fact]
    public void An_undated_look_back_over_five_years_of_the_one_plan_named_is_dated_by_the_plans_last_year() =>
        Assert.Equal(
            "dibao_standard=980@2025 elderly_beds=12000@2025",
            Facts(Read("某市“十四五”民政事业发展回顾\n\n五年来，全市城乡低保标准增长到每人每月980元，养老服务床位总数达1.2万张。\n")));

    [Fact]
    public void What_a_clause_dates_to_last_year_was_spent_whatever_the_sentence_plans()
    {
        var facts = Read("某区民政局2014年工作总结\n\n各级财政每年将新增城乡低保资金3.2亿元（占上年度城乡低保资金28.6亿元的11.2%）。\n");

        Assert.Equal("dibao_payments=286000@2013", Facts(facts));
        Assert.Equal(FactStatus.Actual, Assert.Single(facts).Status);
    }

    [Theory]
    [InlineData("困难残疾人生活补贴和重度残疾人护理补贴标准均提高到每人每月90元。", "disability_living_subsidy=90@2023")]
    [InlineData("残疾人“两项补贴”标准提高到每人每月85元。", "disability_living_subsidy=85@2023")]
    [InlineData("10月份，全县城乡低保在册8120户10230人，当月共发放资金510.6万元，1-10月累计发放资金4980.2万元。",
        "dibao_households=8120@2023 dibao_persons=10230@2023 dibao_payments=510.6@2023/part dibao_payments=4980.2@2023")]
    [InlineData("经核定纳入后期扶持范围的大中型水库移民86万多人。", "migrant_subsidy_persons=860000@2023")]
    [InlineData("截至10月，全区共有4820人，享受最低生活保障。", "dibao_persons=4820@2023")]
    [InlineData("特困供养对象4210人，其中分散供养3980人，集中供养230人，发放资金1320万元。",
        "tekun_persons=4210@2023 tekun_persons=3980@2023/part tekun_persons=230@2023/part tekun_payments=1320@2023")]
    public void A_level_both_subjects_share_a_quoted_name_a_months_payment_and_resettlers_in_later_support(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某县民政局2023年工作总结\n\n" + sentence + "\n")));

    [Fact]
    public void Under_a_review_heading_a_year_past_the_titles_is_still_a_review()
    {
        var facts = Read("民政局2019年工作总结及2020年工作计划\n\n一、2020年民政各项工作总结\n\n截至目前，全市共有低保对象6120户9310人。\n\n二、2020年工作计划\n\n力争新增养老床位300张。\n");

        Assert.Equal("dibao_households=6120@2020 dibao_persons=9310@2020 elderly_beds_added=300@2020", Facts(facts));
        Assert.Equal([FactStatus.Actual, FactStatus.Actual, FactStatus.Plan], facts.Select(f => f.Status));
    }

    [Theory]
    [InlineData("全县986户1420人低保对象退出保障范围，新增低保640户1180人。", "")]
    [InlineData("全县有城乡低保10210户15230人，特困人员2980人，实施临时救助860人次，累计发放救助资金7420.5万元。",
        "dibao_households=10210@2024 dibao_persons=15230@2024 tekun_persons=2980@2024 temp_relief_cases=860@2024")]
    [InlineData("为贯彻落实《关于推进养老服务发展的意见》精神，全区养老床位达到12.6万张。", "elderly_beds=126000@2024")]
    [InlineData("在区民政局登记的社会组织共415家。", "social_orgs_registered=415@2024")]
    [InlineData("全省共建成286所居家社区养老服务照料中心。", "home_care_centers=286@2024")]
    [InlineData("首批发放86万元爱心善款，惠及52名患儿。", "charity_spent=86@2024")]
    [InlineData("全年各项慈善救助资金支出5120.3万元。", "charity_spent=5120.3@2024")]
    [InlineData("市慈善总会支出用于救助的善款2860万元。", "charity_spent=2860@2024")]
    [InlineData("提标后预计全年将扩大救助人群1200多人，增发城乡低保金380多万元。", "")]
    [InlineData("全力做好城乡低保对象312户、486人保障工作，今年1-10月份累计发放救助金208.6万元。",
        "dibao_households=312@2024 dibao_persons=486@2024 dibao_payments=208.6@2024")]
    [InlineData("全市已启动低保等救助资金补发工作，累计补发资金约860万元。", "")]
    [InlineData("全县低保、特困等困难群众2.6万人。全县低保对象3100人。", "dibao_persons=3100@2024")]
    [InlineData("上半年全省福彩累计中奖金额达到18.6亿元，占到销量的55.2%。全省福彩销量33.7亿元。", "welfare_lottery_sales=337000@2024")]
    public void Those_who_left_money_of_several_programmes_the_spirit_of_a_document_and_charity_money_paid_out(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某县民政局2024年工作总结\n\n" + sentence + "\n")));

    [Fact]
    public void A_total_up_to_the_year_a_page_was_published_has_happened_though_the_text_speaks_of_an_earlier_year()
    {
        var fact = Assert.Single(Read(
            "| 来   源 | 某市网 | 公开日期 | 2017-08-28 |\n某市殡葬改革工作综述\n据了解，2013年以来，我市推进文明殡葬，共补助惠民殡葬资金1.05亿元。2015年3月后，城区全面推行火化。\n"),
            f => f.Indicator == "funeral_subsidy_amount");

        Assert.Equal((10500m, 2017, 2013, FactStatus.Actual), (fact.Value!.Value, fact.Year!.Value, fact.PeriodStart!.Value, fact.Status));
    }

    [Fact]
    public void A_deadline_for_work_still_to_be_done_dates_no_report() =>
        Assert.Equal(
            "funeral_subsidy_amount=120.5@",
            Facts(Read("某县殡葬改革推进会召开\n\n截至6月底，共为860名逝者免除基本殡葬服务费120.5万元。县级人民纪念堂2022年清明节前投入使用。\n")));

    [Theory]
    [InlineData("（一）全年慈善资金收入980.2万元。慈善资金增值净收入65.3万元。基金会注入慈善资金50万元。全年募集慈善资金720.5万元。", "charity_raised=720.5@2021")]
    [InlineData("全市共建成7个殡仪馆。建立基本殡葬服务费用减免制度，给予一般群众一次性补助3000元、特殊困难群众补助4500元，共补助惠民殡葬资金1.05亿元。", "funeral_subsidy_amount=10500@2021")]
    [InlineData("全年实施临时困难救助6120人次。省慈善总会款物收入为8120.6万元。", "temp_relief_cases=6120@2021 charity_raised=8120.6@2021")]
    [InlineData("有力保障了全省280万低保对象、42万特困供养人员的基本生活。", "dibao_persons=2800000@2021 tekun_persons=420000@2021")]
    public void Charity_income_that_is_not_raised_a_sum_given_each_one_and_counts_in_wan_before_a_group(string sentence, string expected) =>
        Assert.Equal(expected, Facts(Read("某市民政局2021年工作总结\n\n" + sentence + "\n")));

    [Fact]
    public void A_dateline_with_its_source_dates_the_page_and_a_plans_years_date_what_was_done_in_them() =>
        Assert.Equal(
            "migrant_subsidy_persons=1200000@2015 migrant_subsidy_persons=960000@2016",
            Facts(Read(string.Join("\n",
                "某区水库移民工作综述", "2016年03月25日 来源:某某日报 作者:某某", "0 收藏 打印", "",
                "  3月19日，记者获悉，“十二五”期间，我区发放直补资金38.6亿元，保障了全区120多万大中型水库移民的基本生活。",
                "  全区现有纳入后期扶持范围的大中型水库移民96万多人，另有1985年以前安置的移民50万多人。") + "\n")));

    [Fact]
    public void A_return_with_each_cell_on_a_line_of_its_own_reads_this_periods_column_and_the_year_befores() =>
        Assert.Equal(
            "dibao_payments=9120.4@2023 dibao_payments=8650.2@2022 dibao_payments=2310.5@2023/urban dibao_payments=2200.1@2022/urban "
            + "tekun_payments=3120.8@2023 tekun_payments=2988.3@2022",
            Facts(Read(string.Join("\n",
                "某县社会服务统计季报（2023年3季度）", "指标名称 |", "单位 |", "代码 |", "数量 |", "上年数据 |", "同比 |",
                "甲 |", "乙 |", "丙 |", "1 |", "2 |", "3 |",
                "一、综合 |", "|", "JZH011000000 |", "|", "|", "|",
                "|",
                "2.社会救助 |", "万元 |", "JZH011212000 |", "16,204.0 |", "15,010.6 |", "7.95 |",
                "其中:(1)最低生活保障 |", "万元 |", "JZH011212100 |", "9,120.4 |", "8,650.2 |", "5.44 |",
                "A 城市低保累计支出 |", "万元 |", "JZH011212110 |", "2,310.5 |", "2,200.1 |", "5.02 |",
                "(2)特困人员救助供养支出 |", "万元 |", "YZH011222000 |", "3,120.8 |", "2,988.3 |", "4.43 |") + "\n")));

    [Fact]
    public void A_plan_on_a_page_published_after_the_year_it_reviews_is_for_the_pages_year()
    {
        var fact = Assert.Single(Read(string.Join("\n",
            "某省养老服务补短板取得突破", "2019-01-28 11:00:33 来源:某某日报", "",
            "  记者获悉，去年全省养老服务补短板工作取得重大突破。截至2018年底，全省共建成居家养老服务照料中心286所。", "",
            "  据了解，今年全省将加快推进养老服务补短板工作。继续实施养老服务工程包，力争新增各类养老床位8000张以上。") + "\n"),
            f => f.Indicator == "elderly_beds_added");

        Assert.Equal((8000m, 2019, FactStatus.Target), (fact.Value!.Value, fact.Year!.Value, fact.Status)); // 力争…以上: a target
    }
}
