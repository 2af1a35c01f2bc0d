using System.Text;
using Analytics.Etl.Input;

namespace Analytics.Tests.Etl.Input;

public sealed class FileKindsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_folder_stands_for_every_file_in_it_and_each_that_is_not_read_says_why()
    {
        var text = Encoding.UTF8.GetBytes("民政");
        folder.Write("in/b.txt", text);
        folder.Write("in/a.md", text);
        folder.Write("in/sub/c.docx", text);
        folder.Write("in/~$c.docx", text);
        folder.Write("in/stats.csv", text);
        folder.Write("in/notes.json", text);
        folder.Write("in/README", text);
        var named = folder.Write("loose.log", text);
        var dir = Path.Combine(folder.Path, "in");

        var files = FileKinds.Expand([dir, named]);

        Assert.Equal(
            [
                ("README", false), ("a.md", false), ("b.txt", false), ("notes.json", false), ("stats.csv", false),
                ("c.docx", false), ("~$c.docx", false), ("loose.log", true),
            ],
            files.Select(f => (Path.GetFileName(f.Path), f.Named)));
        Assert.Equal(
            [
                ("README", "格式不支持（无扩展名） / unsupported format: no extension (read: .txt .md .docx .pdf .png .jpg .jpeg .tif .tiff)"),
                ("notes.json", "格式不支持 / unsupported format '.json' (read: .txt .md .docx .pdf .png .jpg .jpeg .tif .tiff)"),
                ("stats.csv", "统计表，请用 load 读取 / a table: `load` reads it, `extract` reads reports"),
                ("~$c.docx", "Office 锁定文件，不是文档 / a lock file Word or Excel keeps while a document is open, not a document"),
                ("loose.log", "格式不支持 / unsupported format '.log' (read: .txt .md .docx .pdf .png .jpg .jpeg .tif .tiff)"),
            ],
            files.Select(f => (Path.GetFileName(f.Path), FileKinds.NotRead(f.Path, tables: false))).Where(f => f.Item2 is not null));
        Assert.Null(FileKinds.NotRead(Path.Combine(dir, "stats.csv"), tables: true));
    }
}
