using System.Text.RegularExpressions;

namespace Analytics.Tests.Architecture;

public sealed partial class WriteProtocolTests
{
    [GeneratedRegex(@"INSERT\s+INTO\s+""?load_runs\b", RegexOptions.IgnoreCase)]
    private static partial Regex InsertIntoLoadRuns();

    [Fact]
    public void Only_the_warehouse_write_inserts_into_load_runs() =>
        Assert.Equal(["warehouse/Snapshots/WarehouseWrite.cs"], SourceTree.Where(InsertIntoLoadRuns().IsMatch, SourceTree.ProductFolders));

    [GeneratedRegex(@"new\s+Arrow(?:File|Stream)Writer\b")]
    private static partial Regex NewArrowWriter();

    [Fact]
    public void Only_the_warehouse_arrow_file_writes_arrow() =>
        Assert.Equal(["warehouse/Export/ArrowFile.cs"], SourceTree.Where(NewArrowWriter().IsMatch, SourceTree.ProductFolders));
}
