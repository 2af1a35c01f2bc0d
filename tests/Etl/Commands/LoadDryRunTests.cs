using System.Security.Cryptography;
using Analytics.Etl.Commands;
using Analytics.Etl.Load;
using Analytics.Tests.Warehouse;

namespace Analytics.Tests.Etl.Commands;

/// <summary><c>load --dry-run</c> shows how a statistical table is mapped and leaves the warehouse untouched. Figures are invented example data.</summary>
public sealed class LoadDryRunTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Prints_each_column_and_row_mapping_and_leaves_the_warehouse_file_unchanged()
    {
        var db = folder.File("w.duckdb");
        var seed = folder.Write("seed.csv", "region,indicator,year,value,unit\n330802,elderly_beds,2022,1500,张\n");
        Assert.Equal(0, LoadCommand.Run([seed], db, new LoadOptions(Publish: false), new StringWriter(), new StringWriter(), TestContext.Current.CancellationToken));
        var before = SHA256.HashData(File.ReadAllBytes(db));
        var wide = folder.Write("civil.csv", string.Join("\n",
            "2023年衢州市各县（市、区）民政主要指标（示例数据）,,",
            "地区,养老床位数(张),幸福指数(分)",
            "柯城区,1520,88",
            "合计,2730,89",
            "注：示例。,,") + "\n");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = LoadCommand.Create(stdout, stderr).Parse(["--dry-run", wide, "--db", db]).Invoke();

        Assert.True(code == 0, stderr.ToString());
        var text = stdout.ToString();
        Assert.Contains("regions × indicators", text);
        Assert.Contains("year 2023", text);
        Assert.Contains("│ B         │ 养老床位数(张) │ elderly_beds", text);
        Assert.Contains("│ C         │ 幸福指数(分)   │ 跳过 / skipped:", text);
        Assert.Contains("column C '幸福指数(分)': '幸福指数(分)' names no", text);
        Assert.Contains("│ 3      │ 柯城区     │ 330802 柯城区", text);
        Assert.Contains("│ 4      │ 合计       │ 合计 / total = 330800", text);
        Assert.Contains("注释，忽略 / note, ignored", text);
        Assert.Contains("2 values would load, 1 quarantined", text);
        Assert.Contains("nothing was written", text);
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(db)));
    }

    [Fact]
    public void Without_dry_run_the_warehouse_is_still_required()
    {
        var stderr = new StringWriter();
        var code = LoadCommand.Create(new StringWriter(), stderr).Parse([folder.Write("a.csv", "x\n")]).Invoke();

        Assert.Equal(1, code);
        Assert.Contains("--db is required", stderr.ToString());
    }
}
