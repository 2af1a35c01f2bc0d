using Analytics.Etl.Extraction;
using Analytics.Etl.Input;
using Analytics.Etl.Review;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Regions;

namespace Analytics.Etl.Load;

/// <summary>
/// Loads a list of files in one run: tables (.csv, .xlsx) directly, reports (.txt, .md, .docx)
/// through the document reader and the fact extractor. Either every file is applied or none.
/// </summary>
public sealed class LoadJob(IndicatorCatalog catalog, Gazetteer gazetteer)
{
    /// <summary>The mark the team's sample reports carry (see etl/Samples/reports).</summary>
    public const string SampleMarker = "【样例报告】";

    private static readonly string[] TableExtensions = [".csv", ".xlsx"];

    private readonly FactExtractor extractor = new(catalog, gazetteer);

    /// <summary>Files named directly, and the tables and reports inside folders (any depth, ordinal order).</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> filesOrDirectories) =>
        [.. filesOrDirectories.SelectMany<string, string>(item => Directory.Exists(item)
            ? Directory.EnumerateFiles(item, "*", SearchOption.AllDirectories)
                .Where(f => TableExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase) || SourceKinds.IsReportFile(f))
                .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
            : [item])];

    public LoadResult Run(string databasePath, IReadOnlyList<string> files, LoadOptions options, CancellationToken ct)
    {
        var missing = files.Where(f => !File.Exists(f)).ToList();
        if (missing.Count > 0)
        {
            throw new FileNotFoundException("no such file: " + string.Join(", ", missing));
        }

        using var run = LoadRun.Begin(databasePath, catalog, gazetteer, options);
        // Review sheets go after the reports of the same run, so that their keys find the readings.
        var ordered = files.Any(SourceKinds.IsReportFile) ? files.OrderBy(f => IsReviewSheet(f) ? 1 : 0).ToList() : files;
        foreach (var file in ordered)
        {
            ct.ThrowIfCancellationRequested();
            if (SourceKinds.IsReportFile(file))
            {
                LoadReport(run, file, ct);
            }
            else
            {
                run.LoadTable(file, ct);
            }

            options.Progress?.Invoke(new LoadProgress(Path.GetFileName(file), 1, 1));
        }

        return run.Commit();
    }

    /// <summary>
    /// The team's own sample reports carry 【样例报告】 near the top: their figures are fictitious, so
    /// every fact read from them is synthetic, whichever command loads them.
    /// </summary>
    public static bool IsSample(string text) =>
        text.AsSpan(0, Math.Min(text.Length, 400)).Contains(SampleMarker, StringComparison.Ordinal);

    // The one place where report files become facts: decode (etl/Input), extract (etl/Extraction), load.
    private void LoadReport(LoadRun run, string file, CancellationToken ct)
    {
        DecodedDocument document;
        try
        {
            document = DocumentReader.Read(file);
        }
        catch (DocumentReadException e)
        {
            run.RejectFile(file, SourceKind.Report, e.Reason);
            return;
        }

        var facts = extractor.Extract(document.Name, document.Text);
        run.LoadReportFacts(
            new DocumentInfo(document.Name, document.Sha256, document.Encoding, document.SizeBytes, IsSample(document.Text)), facts, document.Text, ct);
    }

    // A review sheet lists a bureau's readings, a few thousand rows at most: a big table is not one, and is not read twice.
    private static bool IsReviewSheet(string file)
    {
        if (SourceKinds.IsReportFile(file) || new FileInfo(file).Length > 16 << 20)
        {
            return false;
        }

        try
        {
            using var table = TableReader.Open(file);
            return ReviewColumns.IsReviewSheet(table.Header);
        }
        catch (Exception e) when (e is RejectedFileException or IOException or UnauthorizedAccessException or InvalidDataException
                                      or CsvHelper.CsvHelperException)
        {
            return false; // the load itself reports the file
        }
    }
}
