using System.Text.RegularExpressions;

namespace Analytics.Tests.Architecture;

/// <summary>One way to do each thing: each shared helper is declared once and the others go through it.</summary>
public sealed partial class OneWayTests
{
    [GeneratedRegex(@"\b(class|record|struct)\s+TempFolder\b")]
    private static partial Regex DeclaresTempFolder();

    [GeneratedRegex(@"\bAnsiConsole\.\w")]
    private static partial Regex UsesStaticAnsiConsole();

    [GeneratedRegex(@"\bclass\s+Sql\b")]
    private static partial Regex DeclaresSql();

    // A report kind as a string of its own (".pdf") or a list of them in a help text ("(.txt, .md").
    [GeneratedRegex(@"""\.(txt|md|docx|pdf)""|\(\.txt,")]
    private static partial Regex SpellsReportExtension();

    [GeneratedRegex(@"new\s+CsvWriter\(|\bCsvHelper\.CsvWriter\b")]
    private static partial Regex MakesCsvWriter();

    [Fact]
    public void Only_the_one_csv_writer_makes_a_csvhelper_writer() =>
        Assert.Equal(["warehouse/Export/CsvFile.cs"], SourceTree.Where(MakesCsvWriter().IsMatch, SourceTree.ProductFolders));

    [Fact]
    public void Only_the_console_factory_makes_a_spectre_console() =>
        Assert.Equal(["warehouse/Terminal/Consoles.cs"], SourceTree.Where(UsesStaticAnsiConsole().IsMatch, SourceTree.ProductFolders));

    [Fact]
    public void One_sql_helper_serves_etl_models_and_web() =>
        Assert.Equal(["warehouse/Sql.cs"], SourceTree.Where(DeclaresSql().IsMatch, SourceTree.ProductFolders));

    [Fact]
    public void The_report_extensions_are_spelled_only_in_the_list_of_file_kinds() =>
        Assert.Equal(["etl/Input/FileKinds.cs"], SourceTree.Where(SpellsReportExtension().IsMatch, SourceTree.ProductFolders));

    [Fact]
    public void The_tests_have_one_temp_folder_type() =>
        Assert.Equal(["tests/TempFolder.cs"], SourceTree.Where(DeclaresTempFolder().IsMatch, "tests"));
}
