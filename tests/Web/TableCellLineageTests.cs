using Analytics.Etl.Load;
using Analytics.Tests.Etl.Load;
using Analytics.Tests.Warehouse;

namespace Analytics.Tests.Web;

/// <summary>
/// A value from a statistical table (regions down, indicators across; invented example figures)
/// shows on the district page with its file, row, and the cell it was read from, the figure marked.
/// </summary>
public sealed class TableCellLineageTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly ScorecardFactory factory;

    public TableCellLineageTests()
    {
        var table = folder.Write("civil-2023.csv", "2023年衢州市各县（市、区）民政主要指标（示例数据）,\n地区,养老床位数(张)\n柯城区,3600\n");
        using (var run = LoadRun.Begin(folder.File("warehouse.duckdb"), LoadFixture.Catalog, LoadFixture.Gazetteer, new LoadOptions(SnapshotDirectory: folder.File("snapshots"))))
        {
            run.LoadTable(table, CancellationToken.None);
            run.Commit();
        }

        factory = new ScorecardFactory(folder.File("snapshots"));
    }

    public void Dispose()
    {
        factory.Dispose();
        folder.Dispose();
    }

    [Fact]
    public async Task The_district_page_shows_the_sheet_cell_a_table_value_came_from()
    {
        var html = await factory.CreateClient().GetStringAsync("/district/330802?year=2023", TestContext.Current.CancellationToken);
        var rows = Html.Rows(html).Where(r => r.Count == 7).ToDictionary(r => r[0].Split(' ')[0]);

        Assert.Contains("统计表：civil-2023.csv，第 3 行", rows["养老床位数"][6], StringComparison.Ordinal);
        Assert.Contains("civil-2023!B3：柯城区 · 养老床位数(张) = 3600", rows["养老床位数"][6], StringComparison.Ordinal);
        Assert.Contains("<mark>3600</mark>", html, StringComparison.Ordinal);
    }
}
