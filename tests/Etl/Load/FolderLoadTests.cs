using System.Text;
using Analytics.Etl.Commands;
using Analytics.Etl.Load;
using Analytics.Tests.Warehouse;

namespace Analytics.Tests.Etl.Load;

/// <summary>A folder given to <c>load</c> or <c>extract</c>: every file in it is read, or listed with the reason it is not.</summary>
public sealed class FolderLoadTests : IDisposable
{
    private const string Report = "海宁市民政局2023年工作总结\n\n全市养老床位3000张。\n";

    private readonly LoadFixture fx = new();

    public void Dispose() => fx.Dispose();

    private string Folder()
    {
        Directory.CreateDirectory(fx.Folder.File("in"));
        fx.Folder.Write("in/haining-2023.txt", Report);
        File.WriteAllBytes(fx.Folder.File("in/photo.bmp"), [0x42, 0x4D, 0, 0]);
        fx.Folder.Write("in/notes.json", "{}");
        fx.Folder.Write("in/~$draft.docx", "lock");
        return fx.Folder.File("in");
    }

    [Fact]
    public void Load_reads_the_report_and_lists_and_quarantines_every_other_file_with_its_reason()
    {
        var stdout = new StringWriter();
        var code = LoadCommand.Run([Folder()], fx.Db, new LoadOptions(Publish: false), stdout, new StringWriter(), TestContext.Current.CancellationToken);

        Assert.Equal(0, code);
        var summary = stdout.ToString();
        foreach (var name in new[] { "haining-2023.txt", "photo.bmp", "notes.json", "~$draft.docx" })
        {
            Assert.Contains(name, summary, StringComparison.Ordinal);
        }

        Assert.Equal(1, Db.Scalar<long>(fx.Db, "SELECT count(*) FROM facts WHERE indicator = 'elderly_beds' AND value = 3000"));
        Assert.Equal(
            [
                ["notes.json", "unknown", "格式不支持 / unsupported format '.json' (read: .txt .md .docx .pdf .png .jpg .jpeg .tif .tiff .csv .xlsx)"],
                ["photo.bmp", "unknown", "格式不支持 / unsupported format '.bmp' (read: .txt .md .docx .pdf .png .jpg .jpeg .tif .tiff .csv .xlsx)"],
                ["~$draft.docx", "unknown", "Office 锁定文件，不是文档 / a lock file Word or Excel keeps while a document is open, not a document"],
            ],
            Db.Rows(fx.Db, "SELECT q.source_name, s.kind, q.reason FROM quarantine q JOIN sources s USING (source_id) ORDER BY q.source_name"));
    }

    [Fact]
    public void Extract_reads_the_report_and_names_every_other_file_on_stderr()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = ExtractCommand.Run([Folder()], "jsonl", stdout, stderr);

        Assert.Equal(1, code);
        Assert.Contains("\"indicator\":\"elderly_beds\"", stdout.ToString(), StringComparison.Ordinal);
        var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("not read: ", StringComparison.Ordinal) && l.Contains("photo.bmp: 格式不支持", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("notes.json: 格式不支持", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("~$draft.docx: Office 锁定文件", StringComparison.Ordinal));
        Assert.Equal("已读 1 个文件，未读 3 个 / 1 files read, 3 not read", lines[^1]);
    }
}
