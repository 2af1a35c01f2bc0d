using Analytics.Web.Data;

namespace Analytics.Tests.Web;

public sealed class PathTextTests
{
    [Theory]
    [InlineData("/srv/in/bad/binary.txt looks binary: control byte 0x00 (byte offset 6)", "binary.txt looks binary: control byte 0x00 (byte offset 6)")]
    [InlineData(@"C:\Users\li\报告\2023.txt is a PDF", "2023.txt is a PDF")]
    [InlineData("could not read '/home/u/data/x.csv': denied", "could not read 'x.csv': denied")]
    [InlineData("~/reports/a.docx is empty", "a.docx is empty")]
    [InlineData("in/bad/x.txt looks binary", "x.txt looks binary")]
    [InlineData("base take-up must be in (0, 1], got 3/4", "base take-up must be in (0, 1], got 3/4")]
    [InlineData("looks binary: control character U+0001", "looks binary: control character U+0001")]
    [InlineData("unit 人/年 is not canonical", "unit 人/年 is not canonical")]
    public void Folders_are_cut_from_paths_and_nothing_else_changes(string text, string shown) =>
        Assert.Equal(shown, PathText.WithoutFolders(text));
}
