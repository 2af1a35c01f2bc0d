using Analytics.Etl.Load;
using Analytics.Etl.Review;
using Analytics.Tests.Etl.Load;
using Analytics.Warehouse.Reviews;

namespace Analytics.Tests.Etl.Review;

/// <summary>The review sheet's rules one by one, without a database: a row against the reading its key names.</summary>
public sealed class ReviewParserTests
{
    private const string Key = "F-0123456789ABCDEF";

    private static readonly ReadFact Burial = new(7, "330802", "柯城区", "eco_burial_rate", 2023, 2023, 72.5m, "percent", Qualifier.Exact, FactStatus.Actual, null, false);
    private static readonly ReadFact Charity = new(8, "330802", "柯城区", "charity_raised", 2023, 2023, 23000m, "wan_yuan", Qualifier.Approx, FactStatus.Actual, null, false);

    private static readonly ReviewParser Parser = new(LoadFixture.Catalog, new TableHeader([.. ReviewColumns.All.Select(c => c.Header)]));

    private static TableRow Row(ReadFact fact, params (string Column, string Text)[] cells)
    {
        var values = ReviewColumns.All.Select(c => c.Code switch
        {
            "fact_key" => Key,
            "region_code" => fact.RegionCode ?? "",
            "indicator" => fact.Indicator,
            "year" => "2023",
            "status" => "实际",
            "value_read" => fact.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), // both readings hold a value
            "unit_read" => LoadFixture.Catalog.Units.NamesZh[fact.Unit],
            _ => "",
        }).ToArray();
        foreach (var (column, text) in cells)
        {
            values[ReviewColumns.All.ToList().FindIndex(c => c.Code == column)] = text;
        }

        return new TableRow(5, values);
    }

    [Theory]
    [InlineData("52.5", "", 52.5)]
    [InlineData("52.5%", "", 52.5)]
    [InlineData("５２．５％", "", 52.5)]
    [InlineData("52.5", "%", 52.5)]
    public void A_corrected_rate_is_read_as_the_reviewer_types_it(string value, string unit, double expected)
    {
        var (decision, rejection) = Parser.Parse(Row(Burial, ("verdict", "更正"), ("corrected_value", value), ("corrected_unit", unit)), Burial);

        Assert.Null(rejection); // so a decision with a correction of a value came back
        Assert.Equal((decimal)expected, decision!.Correction!.Value.Value);
        Assert.Equal(("eco_burial_rate", 2023, Qualifier.Exact), (decision.Correction.Value.Indicator, decision.Correction.Value.Year, decision.Correction.Value.Qualifier));
    }

    [Theory]
    [InlineData("1.2", "亿元", 12000)]
    [InlineData("12,000", "", 12000)]
    [InlineData("１，２００", "万元", 1200)]
    [InlineData("120000000", "元", 12000)]
    public void A_corrected_amount_converts_to_the_canonical_unit(string value, string unit, decimal expected)
    {
        var (decision, rejection) = Parser.Parse(Row(Charity, ("verdict", "更正"), ("corrected_value", value), ("corrected_unit", unit)), Charity);

        Assert.Null(rejection); // so a decision with a correction of a value came back
        Assert.Equal(expected, decision!.Correction!.Value.Value);
    }

    [Fact]
    public void A_corrected_year_alone_keeps_the_value_and_its_qualifier()
    {
        var (decision, _) = Parser.Parse(Row(Charity, ("verdict", "更正"), ("corrected_year", "2022.0")), Charity);

        var c = decision!.Correction!.Value; // a correction carries the reading's value, year and start
        Assert.Equal((2022, 2022, 23000m, Qualifier.Approx, 5), (c.Year!.Value, c.PeriodStart!.Value, c.Value!.Value, c.Qualifier, c.SourceRow!.Value));
    }

    [Theory]
    [InlineData("confirm", Verdict.Confirmed)]
    [InlineData(" 确认 ", Verdict.Confirmed)]
    [InlineData("驳回", Verdict.Rejected)]
    public void Verdicts_are_the_list_words_or_their_english(string word, Verdict expected)
    {
        var (decision, rejection) = Parser.Parse(Row(Burial, ("verdict", word)), Burial);

        Assert.Null(rejection); // so a decision came back
        Assert.Equal(expected, decision!.Verdict);
        Assert.Null(decision.Correction);
    }

    [Theory]
    [InlineData("更正", "corrected_value", "52.5", "overrides_statistics", "也许", "替代统计表 overrides_statistics '也许' is not 是 (yes) or 否 (no)")]
    [InlineData("确认", "corrected_value", "52.5", "note", "", "确认 with 更正数值 corrected_value filled in: write 更正 (correct) to correct the reading")]
    [InlineData("驳回", "overrides_statistics", "是", "note", "", "替代统计表 overrides_statistics goes with 更正 (correct) only")]
    [InlineData("更正", "corrected_value", "72.5", "note", "", "更正 (correct) that changes nothing: the value, year and indicator are as read (write 确认 to confirm)")]
    [InlineData("更正", "corrected_indicator", "养老床位数", "note", "", "elderly_beds is measured in 张, the reading in %: give the corrected value in 更正数值 corrected_value")]
    [InlineData("更正", "corrected_indicator", "不存在的指标", "note", "", "更正指标 corrected_indicator '不存在的指标' is not an indicator of the catalog (a code or Chinese name, see the guide sheet)")]
    [InlineData("更正", "corrected_year", "二〇二二", "note", "", "更正年份 corrected_year '二〇二二' is not a year")]
    [InlineData("更正", "corrected_unit", "%", "note", "", "更正单位 corrected_unit without a corrected value: write the value in 更正数值 corrected_value")]
    [InlineData("确认", "segment", "农村", "note", "", "key column 分项 segment was edited: the sheet says '农村', the reading of eco_burial_rate in the warehouse is '' (write corrections in the 更正 columns)")]
    [InlineData("确认", "value_read", "75", "note", "", "key column 读取数值 value_read was edited: the sheet says '75', the reading of eco_burial_rate in the warehouse is '72.5' (write corrections in the 更正 columns)")]
    public void A_row_the_rules_refuse_says_why(string verdict, string column, string text, string column2, string text2, string reason)
    {
        var (decision, rejection) = Parser.Parse(Row(Burial, ("verdict", verdict), (column, text), (column2, text2)), Burial);

        Assert.Null(decision);
        Assert.Equal((5, reason), (rejection!.Row!.Value, rejection.Reason)); // a refused row has its row number
    }

    [Fact]
    public void A_row_without_a_verdict_or_a_correction_is_not_reviewed_yet()
    {
        Assert.Equal((null, null), Parser.Parse(Row(Burial, ("note", "明天再查")), Burial));
    }

    [Fact]
    public void A_sheet_missing_a_key_column_is_refused_whole()
    {
        var header = new TableHeader([.. ReviewColumns.All.Where(c => c != ReviewColumns.ValueRead).Select(c => c.Header)]);

        var e = Assert.Throws<RejectedFileException>(() => new ReviewParser(LoadFixture.Catalog, header));
        Assert.Equal("review sheet lacks column(s): 读取数值 value_read", e.Message);
    }
}
