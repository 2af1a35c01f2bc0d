using System.Globalization;
using Analytics.Web.Pages;

namespace Analytics.Web.Report;

/// <summary>How a report is served and saved: its content type and file name (region, year, language).</summary>
public static class ReportFiles
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>"report-330102-2024.docx", or "report-330102-2024-en.docx" in English.</summary>
    public static string Name(string code, int year, Lang lang) =>
        string.Create(CultureInfo.InvariantCulture, $"report-{code}-{year}{(lang.English ? "-en" : "")}.docx");
}
