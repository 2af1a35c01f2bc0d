using System.Text.RegularExpressions;

namespace Analytics.Tests.Architecture;

public sealed partial class WriteProtocolTests
{
    private static readonly string Root = RepoRoot.Find();

    private static readonly string[] ProductFolders = ["etl", "models", "warehouse", "web"];

    private static readonly string[] SourceExtensions = [".cs", ".sql", ".cshtml", ".razor"];

    [GeneratedRegex(@"INSERT\s+INTO\s+""?load_runs\b", RegexOptions.IgnoreCase)]
    private static partial Regex InsertIntoLoadRuns();

    private static IEnumerable<string> SourceFiles() =>
        from folder in ProductFolders
        from file in Directory.EnumerateFiles(Path.Combine(Root, folder), "*", SearchOption.AllDirectories)
        let relative = Path.GetRelativePath(Root, file).Replace('\\', '/')
        where SourceExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase)
              && !relative.Split('/').Any(part => part is "bin" or "obj")
        select relative;

    [Fact]
    public void Only_the_warehouse_write_inserts_into_load_runs() =>
        Assert.Equal(
            ["warehouse/Snapshots/WarehouseWrite.cs"],
            SourceFiles().Where(f => InsertIntoLoadRuns().IsMatch(File.ReadAllText(Path.Combine(Root, f)))).Order(StringComparer.Ordinal));
}
