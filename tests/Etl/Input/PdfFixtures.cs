namespace Analytics.Tests.Etl.Input;

/// <summary>
/// PDFs made from the team's own sample report (etl/Samples/reports/haining-2023.txt) the way a
/// bureau makes them: <see cref="ReportDocx"/> lays it out in Word (running header, 第 N 页 共 M 页
/// footer, two columns) and headless LibreOffice exports it: <c>plain.pdf</c>, <c>table.pdf</c>
/// (a table after the text) and <c>locked.pdf</c> (opens only with a password). Built once per
/// test class; needs /usr/bin/soffice (scripts/setup.sh installs libreoffice-writer).
/// </summary>
public sealed class PdfFixtures : IDisposable
{
    public static readonly string[][] Table = [["项目", "数量（对）"], ["结婚登记", "6532"], ["离婚登记", "2104"]];

    private readonly Lazy<string> folder;

    public PdfFixtures() => folder = new(Build);

    public static string SampleText => File.ReadAllText(Path.Combine(RepoRoot.Find(), "etl", "Samples", "reports", "haining-2023.txt"));

    public string Docx => Path.Combine(Folder, "plain.docx");

    public string Plain => Path.Combine(Folder, "plain.pdf");

    public string WithTable => Path.Combine(Folder, "table.pdf");

    public string Locked => Path.Combine(Folder, "locked", "plain.pdf");

    private string Folder
    {
        get
        {
            Tools.Require(Tools.Soffice, "libreoffice-writer");
            return folder.Value;
        }
    }

    public void Dispose()
    {
        if (folder.IsValueCreated)
        {
            Directory.Delete(folder.Value, recursive: true);
        }
    }

    private static string Build()
    {
        var root = Directory.CreateTempSubdirectory("analytics-pdf-").FullName;
        File.WriteAllBytes(Path.Combine(root, "plain.docx"), ReportDocx.Create(SampleText));
        File.WriteAllBytes(Path.Combine(root, "table.docx"), ReportDocx.Create(SampleText, Table));
        var profile = Path.Combine(root, "lo-profile");
        Tools.Convert(profile, "pdf", root, Path.Combine(root, "plain.docx"), Path.Combine(root, "table.docx"));
        Tools.Convert(profile, """pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"mima"}}""",
            Path.Combine(root, "locked"), Path.Combine(root, "plain.docx"));
        return root;
    }
}
