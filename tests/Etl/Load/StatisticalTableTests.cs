using Analytics.Tests.Warehouse;

namespace Analytics.Tests.Etl.Load;

/// <summary>
/// Statistical tables as bureaus keep them (regions down, indicators across). Every figure here is
/// invented example data.
/// </summary>
public sealed class StatisticalTableTests : IDisposable
{
    private const string Facts = "SELECT region_code, indicator, year, value, unit, coalesce(segment, '') FROM facts ORDER BY ALL";
    private readonly LoadFixture fx = new();
    private readonly LoadFixture longForm = new();

    public void Dispose()
    {
        fx.Dispose();
        longForm.Dispose();
    }

    [Fact]
    public void A_region_by_indicator_sheet_gives_the_facts_of_the_same_numbers_in_the_long_template()
    {
        var wide = fx.Csv("civil.csv",
            "2023年衢州市各县（市、区）民政主要指标（示例数据）,,,,",
            "地区,养老床位数(张),城市低保人数(人),农村低保人数(人),幸福指数(分)",
            "柯城区,\"1,520\",310,820,88",
            "衢江区,1210,150,1460,91",
            "合计,2730,460,2280,89",
            "注：示例数据，为测试编写。,,,,");
        var result = fx.Load(wide);

        longForm.Load(longForm.Csv("long.csv", "region,indicator,year,value,unit,segment",
            "330802,elderly_beds,2023,1520,张,",
            "330802,dibao_persons,2023,310,人,urban",
            "330802,dibao_persons,2023,820,人,rural",
            "330803,elderly_beds,2023,1210,张,",
            "330803,dibao_persons,2023,150,人,urban",
            "330803,dibao_persons,2023,1460,人,rural",
            "330800,elderly_beds,2023,2730,张,",
            "330800,dibao_persons,2023,460,人,urban",
            "330800,dibao_persons,2023,2280,人,rural"));

        Assert.Equal(9, result.Rows);
        Assert.Equal(Db.Rows(longForm.Db, Facts), Db.Rows(fx.Db, Facts));
        Assert.Equal("statistics", Db.Scalar<string>(fx.Db, "SELECT kind FROM sources"));
        var unknown = Assert.Single(Db.Rows(fx.Db, "SELECT row_number, reason FROM quarantine"));
        Assert.Equal(2, unknown[0]);
        Assert.Contains("column E '幸福指数(分)'", (string)unknown[1]!);
        Assert.Contains("names no catalog indicator", (string)unknown[1]!);
    }

    [Fact]
    public void Each_value_keeps_its_sheet_row_and_column_as_lineage()
    {
        var wide = fx.Csv("2022-beds.csv",
            "县（市、区）,养老床位数(张)",
            "柯城区,1500",
            "330803,1190");
        fx.Load(wide);

        var rows = Db.Rows(fx.Db, "SELECT region_code, year, source_row, evidence, source_name FROM fact_lineage ORDER BY source_row");
        Assert.Equal(["330802", 2022, 2, "2022-beds!B2：柯城区 · 养老床位数(张) = 1500", "2022-beds.csv"], rows[0]);
        Assert.Equal(["330803", 2022, 3, "2022-beds!B3：330803 · 养老床位数(张) = 1190", "2022-beds.csv"], rows[1]);
    }

    [Fact]
    public void Every_xlsx_sheet_is_read_with_units_from_a_unit_row_and_the_total_as_the_parent()
    {
        var path = XlsxFixture.Write(fx.Folder.File("quzhou.xlsx"),
            ("养老", [["2023年各县（市、区）养老服务（示例）"], ["地区", "养老床位", "低保金发放"], ["单位", "张", "万元"],
                ["柯城区", "1520", "300.5"], ["衢江区", "1210", "*"], ["全市", "2730", ""], ["资料来源：示例"]], []),
            ("说明", [["本工作簿数字均为示例。"]], []),
            ("2022", [["2022年民政统计（示例）"], ["地区", "养老床位数（张）"], ["柯城区", "1500"], ["龙游县", "abc"]], []));

        var result = fx.Load(path);

        Assert.Equal(6, result.Rows);
        var facts = Db.Rows(fx.Db, "SELECT region_code, indicator, year, value, redacted FROM facts ORDER BY year, region_code, indicator");
        Assert.Equal(["330802", "elderly_beds", 2022, 1500m, false], facts[0]);
        Assert.Equal(["330800", "elderly_beds", 2023, 2730m, false], facts[1]);
        Assert.Equal(["330802", "dibao_payments", 2023, 300.5m, false], facts[2]);
        Assert.Equal(["330802", "elderly_beds", 2023, 1520m, false], facts[3]);
        Assert.Equal(["330803", "dibao_payments", 2023, null, true], facts[4]);
        Assert.Equal(["330803", "elderly_beds", 2023, 1210m, false], facts[5]);
        var reasons = Db.Rows(fx.Db, "SELECT row_number, reason FROM quarantine ORDER BY row_number").Select(r => $"{r[0]} {r[1]}").ToList();
        Assert.Contains(reasons, r => r.StartsWith("1 sheet 说明:", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("4 sheet 2022, column B '养老床位数（张）': value 'abc' is not a number", StringComparison.Ordinal));
    }

    [Fact]
    public void A_total_row_whose_area_cannot_be_told_is_refused_not_made_a_region()
    {
        var wide = fx.Csv("mixed-2023.csv",
            "地区,养老床位数(张)",
            "柯城区,1520",
            "嵊州市,900",
            "合计,2420");
        var result = fx.Load(wide);

        Assert.Equal(2, result.Rows);
        var reason = Db.Scalar<string>(fx.Db, "SELECT reason FROM quarantine");
        Assert.Contains("row 4 '合计': the area of a total row is not known", reason);
    }

    [Fact]
    public void A_sheet_without_a_year_is_refused_with_its_name()
    {
        var wide = fx.Csv("beds.csv", "地区,养老床位数(张)", "柯城区,1520");
        var result = fx.Load(wide);

        Assert.Equal(0, result.Rows);
        Assert.Contains("sheet beds: no year", Db.Scalar<string>(fx.Db, "SELECT reason FROM quarantine"));
    }

    [Fact]
    public void Loading_the_same_statistical_table_twice_changes_nothing()
    {
        var wide = fx.Csv("2023.csv", "地区,养老床位数(张)", "柯城区,1520");
        fx.Load(wide);
        var before = Db.Fingerprint(fx.Db);

        fx.Load(wide);

        Assert.Equal(before, Db.Fingerprint(fx.Db));
    }

    [Fact]
    public void An_indicator_by_year_table_for_one_region_gives_the_facts_of_the_long_template()
    {
        var wide = fx.Csv("yearbook.csv",
            "衢州市柯城区民政事业主要指标（示例数据）,,,,",
            "指标,单位,2021年,2022年,2023年",
            "养老床位数,张,1400,1500,1520",
            "其中：城市低保人数,人,300,305,310",
            "农村低保人数,人,900,860,820",
            "幸福指数,分,80,85,88",
            "资料来源：示例,,,,");
        var result = fx.Load(wide);

        longForm.Load(longForm.Csv("long.csv", "region,indicator,year,value,unit,segment",
            "330802,elderly_beds,2021,1400,张,", "330802,elderly_beds,2022,1500,张,", "330802,elderly_beds,2023,1520,张,",
            "330802,dibao_persons,2021,300,人,urban", "330802,dibao_persons,2022,305,人,urban", "330802,dibao_persons,2023,310,人,urban",
            "330802,dibao_persons,2021,900,人,rural", "330802,dibao_persons,2022,860,人,rural", "330802,dibao_persons,2023,820,人,rural"));

        Assert.Equal(9, result.Rows);
        Assert.Equal(Db.Rows(longForm.Db, Facts), Db.Rows(fx.Db, Facts));
        var reason = Db.Scalar<string>(fx.Db, "SELECT reason FROM quarantine");
        Assert.Equal("sheet yearbook, row 6 '幸福指数': '幸福指数' names no catalog indicator; row skipped", reason);
    }

    [Fact]
    public void An_indicator_by_year_table_without_a_region_in_its_title_is_refused()
    {
        var result = fx.Load(fx.Csv("yearbook.csv", "民政事业主要指标,,", "指标,单位,2023", "养老床位数,张,1520"));

        Assert.Equal(0, result.Rows);
        Assert.Contains("sheet yearbook: no region named in the title", Db.Scalar<string>(fx.Db, "SELECT reason FROM quarantine"));
    }

    [Fact]
    public void Merged_two_row_headers_in_xlsx_give_urban_and_rural_segments()
    {
        var path = XlsxFixture.Write(fx.Folder.File("merged.xlsx"),
            ("民政", [["2023年衢州市低保和养老床位（示例数据）", "", "", ""],
                ["地区", "低保人数(人)", "", "养老床位数(张)"],
                ["", "城市", "农村", ""],
                ["柯城区", "310", "820", "1520"],
                ["合计", "460", "2280", "2730"]], ["A1:D1", "A2:A3", "B2:C2", "D2:D3"]));
        fx.Load(path);

        longForm.Load(longForm.Csv("long.csv", "region,indicator,year,value,unit,segment",
            "330802,dibao_persons,2023,310,人,urban", "330802,dibao_persons,2023,820,人,rural", "330802,elderly_beds,2023,1520,张,",
            "330800,dibao_persons,2023,460,人,urban", "330800,dibao_persons,2023,2280,人,rural", "330800,elderly_beds,2023,2730,张,"));
        Assert.Equal(Db.Rows(longForm.Db, Facts), Db.Rows(fx.Db, Facts));
        Assert.Equal(0L, Db.Scalar<long>(fx.Db, "SELECT count(*) FROM quarantine"));
        Assert.Equal("民政!C4：柯城区 · 低保人数(人) 农村 = 820",
            Db.Scalar<string>(fx.Db, "SELECT evidence FROM facts WHERE segment = 'rural' AND region_code = '330802'"));
    }

    [Fact]
    public void A_csv_two_row_header_may_leave_the_cell_right_of_an_indicator_blank()
    {
        var wide = fx.Csv("pairs-2023.csv",
            "地区,低保人数(人),,养老床位数(张)",
            ",城镇,农村,",
            "柯城区,310,820,1520");
        fx.Load(wide);

        var rows = Db.Rows(fx.Db, "SELECT indicator, coalesce(segment, ''), value FROM facts ORDER BY ALL");
        Assert.Equal([["dibao_persons", "rural", 820m], ["dibao_persons", "urban", 310m], ["elderly_beds", "", 1520m]], rows);
    }

    [Fact]
    public void A_name_several_cities_share_is_read_inside_the_area_the_title_names_and_a_unit_above_applies_to_every_column()
    {
        var wide = fx.Csv("nanjing.csv",
            "2023年南京市部分区养老床位（示例数据）,",
            "单位：张,",
            "区,养老床位",
            "鼓楼区,2100",
            "玄武区,1700");
        var result = fx.Load(wide);

        Assert.Equal(0, result.Quarantined);
        Assert.Equal([["320102", 1700m], ["320106", 2100m]], Db.Rows(fx.Db, "SELECT region_code, value FROM facts ORDER BY region_code"));
    }

    [Fact]
    public void Without_an_area_in_the_title_a_shared_name_is_refused_with_its_codes()
    {
        var result = fx.Load(fx.Csv("gulou-2023.csv", "区,养老床位数(张)", "鼓楼区,2100"));

        Assert.Equal(0, result.Rows);
        var reason = Db.Scalar<string>(fx.Db, "SELECT reason FROM quarantine");
        Assert.Contains("row 2 '鼓楼区': region name '鼓楼区' is ambiguous (320106, 320302); give the code; row skipped", reason);
    }

    [Fact]
    public void An_empty_first_sheet_does_not_hide_the_tables_after_it()
    {
        var path = XlsxFixture.Write(fx.Folder.File("later.xlsx"),
            ("封面", [], []),
            ("2023", [["地区", "养老床位数(张)"], ["柯城区", "1520"]], []));

        var result = fx.Load(path);

        Assert.Equal(1, result.Rows);
        Assert.Equal(0, result.Quarantined);
    }
}
