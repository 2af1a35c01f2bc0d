namespace Analytics.Etl.Input;

/// <summary>A file to read, or one a folder held that will not be read, with the reason.</summary>
/// <param name="Named">True for a file named on the command line: it is always tried, so that its reader says what is wrong.</param>
public sealed record ListedFile(string Path, bool Named);

/// <summary>
/// The one list of readable file kinds: reports (prose the extractor reads) and tables (templates
/// the load reads). A folder stands for every file in it, at any depth, in ordinal path order, so
/// that nothing in it is passed over without a word: a file that is neither comes back with the
/// reason it is not read (<see cref="NotRead"/>), and the commands list it.
/// </summary>
public static class FileKinds
{
    /// <summary>Scans read by OCR: one report per file (a TIFF may hold several pages).</summary>
    public static readonly IReadOnlyList<string> Images = [".png", ".jpg", ".jpeg", ".tif", ".tiff"];

    /// <summary>A PDF: its text layer is read, and pages without one by OCR.</summary>
    public const string Pdf = ".pdf";

    /// <summary>A Word document: its paragraphs and tables are read.</summary>
    public const string Docx = ".docx";

    public static readonly IReadOnlyList<string> Reports = [".txt", ".md", Docx, Pdf, .. Images];

    public static readonly IReadOnlyList<string> Tables = [".csv", ".xlsx"];

    /// <summary>The reports' extensions as a command's help shows them: ".txt, .md, .docx, …".</summary>
    public static string ReportList => string.Join(", ", Reports);

    /// <summary>The tables' extensions as a command's help shows them: ".csv, .xlsx".</summary>
    public static string TableList => string.Join(", ", Tables);

    public static bool IsReport(string path) => Has(Reports, path);

    public static bool IsTable(string path) => Has(Tables, path);

    public static bool IsImage(string path) => Has(Images, path);

    public static bool IsPdf(string path) => Has([Pdf], path);

    public static bool IsDocx(string path) => Has([Docx], path);

    public static IReadOnlyList<ListedFile> Expand(IEnumerable<string> filesOrDirectories) =>
        [.. filesOrDirectories.SelectMany(item => Directory.Exists(item)
            ? Directory.EnumerateFiles(item, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => new ListedFile(f, false))
            : [new ListedFile(item, true)])];

    /// <summary>
    /// Why a file is neither a report nor (when <paramref name="tables"/>) a table, or null when it is one.
    /// Chinese first, English second, as the summary table and the quarantine show it.
    /// </summary>
    public static string? NotRead(string path, bool tables)
    {
        var name = System.IO.Path.GetFileName(path);
        if (name.StartsWith("~$", StringComparison.Ordinal))
        {
            return "Office 锁定文件，不是文档 / a lock file Word or Excel keeps while a document is open, not a document";
        }

        if (IsReport(path) || (tables && IsTable(path)))
        {
            return null;
        }

        if (IsTable(path))
        {
            return "统计表，请用 load 读取 / a table: `load` reads it, `extract` reads reports";
        }

        var extension = System.IO.Path.GetExtension(path);
        var kinds = string.Join(" ", tables ? [.. Reports, .. Tables] : Reports);
        return extension.Length == 0
            ? $"格式不支持（无扩展名） / unsupported format: no extension (read: {kinds})"
            : $"格式不支持 / unsupported format '{extension}' (read: {kinds})";
    }

    private static bool Has(IReadOnlyList<string> extensions, string path) =>
        extensions.Contains(System.IO.Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);
}
