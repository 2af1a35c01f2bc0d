namespace Analytics.Tests.Web;

/// <summary>
/// A value from a statistical table (regions down, indicators across; invented example figures)
/// shows on the district page with its file, row, and the cell it was read from, the figure marked.
/// </summary>
public sealed class TableCellLineageTests : IDisposable
{
    private readonly LoadedScorecard scorecard = new((run, folder) => run.LoadTable(
        folder.Write("civil-2023.csv", "2023年衢州市各县（市、区）民政主要指标（示例数据）,\n地区,养老床位数(张)\n柯城区,3600\n"), CancellationToken.None));

    public void Dispose() => scorecard.Dispose();

    [Fact]
    public async Task The_district_page_shows_the_sheet_cell_a_table_value_came_from()
    {
        var (html, rows) = await scorecard.District("330802", 2023);

        Assert.Contains("统计表：civil-2023.csv，第 3 行", rows["养老床位数"][6], StringComparison.Ordinal);
        Assert.Contains("civil-2023!B3：柯城区 · 养老床位数(张) = 3600", rows["养老床位数"][6], StringComparison.Ordinal);
        Assert.Contains("<mark>3600</mark>", html, StringComparison.Ordinal);
    }
}
