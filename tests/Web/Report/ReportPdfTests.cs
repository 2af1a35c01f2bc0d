using System.Diagnostics;
using Analytics.Tests.Warehouse;

namespace Analytics.Tests.Web.Report;

/// <summary>
/// The district report through LibreOffice (installed by scripts/setup.sh): it converts to PDF, its
/// page count and page 1 read as the report says, Chinese is set in a CJK face (not boxes in a Latin
/// one), and page 1 rendered is kept as TestResults/reports/*.png for a person to look at.
/// </summary>
[Collection(ScorecardCollection.Name)]
public sealed class ReportPdfTests(ScorecardApp app) : IDisposable
{
    private const string Soffice = "/usr/bin/soffice";

    private readonly HttpClient client = app.Factory.CreateClient();
    private readonly TempFolder folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task District_report_converts_to_pdf_with_its_title_and_scores_on_page_one_in_a_cjk_face()
    {
        foreach (var tool in new[] { Soffice, "/usr/bin/pdftotext", "/usr/bin/pdfinfo", "/usr/bin/pdffonts", "/usr/bin/pdftoppm" })
        {
            if (!File.Exists(tool))
            {
                Assert.SkipWhen(Environment.GetEnvironmentVariable("CI") is null, $"{tool} is not installed (scripts/setup.sh installs libreoffice-writer and poppler-utils)");
                Assert.Fail($"{tool} is missing; scripts/setup.sh installs libreoffice-writer and poppler-utils");
            }
        }

        var docx = folder.File("report-330102-2023.docx");
        await File.WriteAllBytesAsync(docx, await client.GetByteArrayAsync("/report/district/330102.docx?year=2023", Ct), Ct);
        Run(Soffice, "-env:UserInstallation=file://" + folder.File("lo-profile"), "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder.Path, docx);
        var pdf = Path.ChangeExtension(docx, ".pdf");
        Assert.True(File.Exists(pdf), "LibreOffice wrote no PDF");

        var pages = int.Parse(Run("/usr/bin/pdfinfo", pdf).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        // Title, tables, four family paragraphs, five charts and the sources: more than two pages, fewer than ten.
        Assert.InRange(pages, 3, 9);
        var first = Run("/usr/bin/pdftotext", "-f", "1", "-l", "1", pdf, "-");
        Assert.Contains("杭州市上城区 2023 年考核情况", first, StringComparison.Ordinal); // LibreOffice spaces Latin digits from 汉字
        Assert.Contains("综合得分：116.7%", first, StringComparison.Ordinal);
        Assert.Contains("一、指标完成情况", first, StringComparison.Ordinal);
        Assert.Contains("养老床位数", first, StringComparison.Ordinal);
        Assert.Contains(Run("/usr/bin/pdffonts", pdf).Split('\n'), l => l.Contains("CJK", StringComparison.Ordinal));

        var artifacts = Directory.CreateDirectory(Path.Combine(RepoRoot.Find(), "TestResults", "reports")).FullName;
        Run("/usr/bin/pdftoppm", "-f", "1", "-l", "1", "-r", "110", "-png", "-singlefile", pdf, Path.Combine(artifacts, "district-330102-2023-page1"));
        File.Copy(pdf, Path.Combine(artifacts, "district-330102-2023.pdf"), overwrite: true);
        Assert.True(new FileInfo(Path.Combine(artifacts, "district-330102-2023-page1.png")).Length > 10_000);
    }

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!; // Start returns a process for an executable path
        var stderr = process.StandardError.ReadToEndAsync(Ct);
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), $"{tool} did not finish within 2 minutes");
        Assert.True(process.ExitCode == 0, $"{tool} exited {process.ExitCode}: {stderr.Result}");
        return stdout;
    }
}
