using Analytics.Tests.Warehouse;
using Analytics.Web.Report;
using DocumentFormat.OpenXml.Packaging;

namespace Analytics.Tests.Web.Report;

/// <summary>The batch command writes every district's report of a province and the province's, from one snapshot.</summary>
[Collection(ScorecardCollection.Name)]
public sealed class ReportCommandTests(ScorecardApp app) : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Report_command_writes_a_docx_per_district_and_one_for_the_province()
    {
        var output = folder.File("reports");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await ReportCommand.Run(["--snapshots", app.Warehouse.Snapshots, "--province", "330000", "--year", "2023", "--out", output], stdout, stderr);

        Assert.True(code == 0, stderr.ToString());
        var files = Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        // The fixture's five Zhejiang districts (上城, 拱墅, 西湖, 海曙, 江北) and the province; no temporary file left behind.
        Assert.Equal(["report-330000-2023.docx", "report-330102-2023.docx", "report-330105-2023.docx", "report-330106-2023.docx", "report-330203-2023.docx", "report-330205-2023.docx"], files);
        using (var doc = WordprocessingDocument.Open(Path.Combine(output, "report-330205-2023.docx"), false))
        {
            Assert.StartsWith("宁波市江北区 2023年考核情况", doc.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
        }

        Assert.Contains("wrote 5 district reports and the province's", stdout.ToString(), StringComparison.Ordinal);
        // The gazetteer's other Zhejiang counties have no data in the fixture: named, not written.
        Assert.Contains("no data in 2023, no report: ", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("滨江区", stdout.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--province", "330100", "--province '330100' is no province code")]
    [InlineData("--year", "1990", "--year 1990: 330000 has no data that year")]
    public async Task Report_command_refuses_a_bad_option_naming_it(string option, string value, string message)
    {
        string[] args = ["--snapshots", app.Warehouse.Snapshots, "--province", "330000", "--year", "2023", "--out", folder.File("reports")];
        args[Array.IndexOf(args, option) + 1] = value;
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        Assert.Equal(2, await ReportCommand.Run(args, stdout, stderr));
        Assert.Contains(message, stderr.ToString(), StringComparison.Ordinal);
    }
}
