using Analytics.Etl.Extraction;
using Analytics.Etl.Input;

namespace Analytics.Tests.Etl.Input;

/// <summary>
/// Word tables whose header carries the units (人数（人）, 金额（万元）, 床位（张）, 比率（%）)
/// and whose cells hold bare numbers: each row is read as a sentence, and its figures come out as
/// facts of the indicator the row label names (tables and figures our own).
/// </summary>
public sealed class DocxTableTests : IDisposable
{
    private static readonly FactExtractor Extractor = FactExtractor.CreateDefault();
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private (DecodedDocument Document, IReadOnlyList<ExtractedFact> Facts) Read(string[][] rows)
    {
        var path = folder.Write("table.docx", DocxFixture.Create("桐乡市民政局2024年工作总结", rows, "下一步，我们将继续推进。"));
        var document = DocumentReader.Read(path);
        return (document, Extractor.Extract(document.Name, document.Text));
    }

    [Fact]
    public void Row_label_and_header_units_make_facts_of_the_named_indicator()
    {
        var (document, facts) = Read(
        [
            ["项目", "人数（人）", "金额（万元）"],
            ["城市低保", "1234", "567.8"],
            ["农村低保", "2,345", "890.12"],
        ]);

        Assert.Equal(
            "桐乡市民政局2024年工作总结\n\n城市低保人数1234人，城市低保金额567.8万元。\n农村低保人数2,345人，农村低保金额890.12万元。\n下一步，我们将继续推进。",
            document.Text);
        Assert.Equal(
            [
                ("dibao_persons", 1234m, "urban"), ("dibao_payments", 567.8m, "urban"),
                ("dibao_persons", 2345m, "rural"), ("dibao_payments", 890.12m, "rural"),
            ],
            facts.Select(f => (f.Indicator, f.Value!.Value, f.Segment.ToSql()!)));
        Assert.All(facts, f => Assert.Equal(2024, f.Year));
        Assert.All(facts, f => Assert.Equal("桐乡市", f.Region));

        // The span is the cell's number, character for character (with 万 of the header's 万元 after
        // it, as in prose); the evidence is the row's sentence.
        var money = facts[1];
        Assert.Equal("567.8万", document.Text[money.SpanStart..money.SpanEnd]);
        Assert.Equal("城市低保人数1234人，城市低保金额567.8万元。", money.Evidence);
        Assert.Equal("2,345", document.Text[facts[2].SpanStart..facts[2].SpanEnd]);
    }

    [Fact]
    public void Serial_numbers_are_no_label_and_beds_take_the_header_unit()
    {
        var (_, facts) = Read(
        [
            ["序号", "指标", "数量（张）"],
            ["1", "养老床位", "15600"],
            ["2", "新增养老床位", "420"],
        ]);

        Assert.Equal(
            [("elderly_beds", 15600m), ("elderly_beds_added", 420m)],
            facts.Select(f => (f.Indicator, f.Value!.Value)));
    }

    [Fact]
    public void Percent_header_and_a_unit_given_as_单位_are_read()
    {
        var (_, facts) = Read(
        [
            ["2024年殡葬改革情况", "", ""],
            ["指标", "比率（%）", "资金（单位：万元）"],
            ["火化率", "99.6", ""],
            ["节地生态安葬率", "78.5", "-"],
            ["殡葬惠民补助", "", "**"],
        ]);

        Assert.Equal(
            [("cremation_rate", (decimal?)99.6m), ("eco_burial_rate", 78.5m), ("funeral_subsidy_amount", null)],
            facts.Select(f => (f.Indicator, f.Value)));
        Assert.True(facts[2].Redacted);
    }

    [Fact]
    public void Unit_column_gives_each_rows_unit_and_year_columns_their_year()
    {
        var (document, facts) = Read(
        [
            ["指标", "单位", "2023年", "2024年"],
            ["养老机构", "家", "41", "43"],
            ["持证社工", "人", "2150", "2480"],
        ]);

        Assert.Contains("养老机构2023年41家，养老机构2024年43家。", document.Text, StringComparison.Ordinal);
        Assert.Equal(
            [("elderly_institutions", 41m, 2023), ("elderly_institutions", 43m, 2024), ("certified_social_workers", 2150m, 2023), ("certified_social_workers", 2480m, 2024)],
            facts.Select(f => (f.Indicator, f.Value!.Value, f.Year!.Value)));
    }

    [Fact]
    public void Table_wide_unit_in_a_title_row_applies_to_every_number_but_serials()
    {
        var (document, facts) = Read(
        [
            ["（单位：万元）", "", ""],
            ["序号", "项目", "支出"],
            ["1", "临时救助资金", "318.5"],
            ["2", "福利彩票销售", "2,460"],
        ]);

        Assert.Equal(
            [("temp_relief_payments", 318.5m), ("welfare_lottery_sales", 2460m)],
            facts.Select(f => (f.Indicator, f.Value!.Value)));
        Assert.Contains("\n临时救助资金支出318.5万元。\n", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_header_units_keeps_its_tab_separated_rows()
    {
        var (document, _) = Read([["地区", "备注"], ["城区", "已完成"]]);
        Assert.Contains("地区\t备注\n城区\t已完成", document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("人数（人）", "人")]
    [InlineData("金额(万元)", "万元")]
    [InlineData("床位（张）", "张")]
    [InlineData("比率（%）", "%")]
    [InlineData("资金（单位：万元）", "万元")]
    [InlineData("人数", null)]
    [InlineData("2024年", null)]
    public void Header_unit_is_the_bracketed_end_of_the_cell(string header, string? unit) =>
        Assert.Equal(unit, DocxTable.UnitOf(header));
}
