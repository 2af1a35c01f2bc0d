using Analytics.Etl.Commands;
using Analytics.Etl.Load;
using Analytics.Tests.Etl.Input;
using DuckDB.NET.Data;

namespace Analytics.Tests.Etl.Commands;

public sealed class LoadCommandTests : IDisposable
{
    // A PNG's first bytes under a report's name: the reader rejects it at byte 6.
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Loads_into_a_folder_that_does_not_exist_yet_and_quarantines_a_binary_file_by_name_without_its_path()
    {
        var binary = folder.Write(Path.Combine("in", "bad", "binary.txt"), Png);
        var db = Path.Combine(folder.Path, "new", "deeper", "w.duckdb");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = LoadCommand.Run([binary], db, new LoadOptions(Publish: false), stdout, stderr, TestContext.Current.CancellationToken);

        Assert.True(code == 0, stderr.ToString());
        Assert.True(File.Exists(db));
        using var connection = new DuckDBConnection($"DataSource={db}");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT source_name, reason FROM quarantine";
        using var reader = cmd.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("binary.txt", reader.GetString(0));
        var reason = reader.GetString(1);
        Assert.StartsWith("looks binary", reason, StringComparison.Ordinal);
        Assert.EndsWith("(byte offset 6)", reason, StringComparison.Ordinal);
        Assert.DoesNotContain(folder.Path, reason, StringComparison.Ordinal);
        Assert.DoesNotContain("/", reason, StringComparison.Ordinal);
        Assert.False(reader.Read());
    }
}
