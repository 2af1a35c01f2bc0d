using System.Text.RegularExpressions;

namespace Analytics.Tests.Architecture;

public sealed partial class WriteProtocolTests
{
    [GeneratedRegex(@"INSERT\s+INTO\s+""?load_runs\b", RegexOptions.IgnoreCase)]
    private static partial Regex InsertIntoLoadRuns();

    [Fact]
    public void Only_the_warehouse_write_inserts_into_load_runs() =>
        Assert.Equal(["warehouse/Snapshots/WarehouseWrite.cs"], SourceTree.Where(InsertIntoLoadRuns().IsMatch, SourceTree.ProductFolders));
}
