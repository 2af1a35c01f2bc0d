using Analytics.Etl.Extraction;
using Analytics.Etl.Input;
using Analytics.Etl.Review;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Regions;

namespace Analytics.Etl.Load;

/// <summary>
/// Loads a list of files in one run (their kinds are those of <see cref="FileKinds"/>): tables directly, reports
/// through the document reader and the fact extractor, and any other file (or a report the extractor fails
/// on) as one quarantined source saying why it is not read. Either every file is applied or none.
/// </summary>
public sealed class LoadJob
{
    /// <summary>The mark the team's sample reports carry (see etl/Samples/reports).</summary>
    public const string SampleMarker = "【样例报告】";

    private readonly IndicatorCatalog catalog;
    private readonly Gazetteer gazetteer;
    private readonly Func<string, string, IReadOnlyList<ExtractedFact>> extract;

    public LoadJob(IndicatorCatalog catalog, Gazetteer gazetteer)
        : this(catalog, gazetteer, new FactExtractor(catalog, gazetteer).Extract)
    {
    }

    /// <summary>A job whose reports go through another extractor (document name, text → facts), as tests give it.</summary>
    internal LoadJob(IndicatorCatalog catalog, Gazetteer gazetteer, Func<string, string, IReadOnlyList<ExtractedFact>> extract) =>
        (this.catalog, this.gazetteer, this.extract) = (catalog, gazetteer, extract);

    /// <summary>
    /// Files named directly, and every file inside folders (any depth, ordinal order): what is
    /// neither a table nor a report is quarantined by <see cref="Run"/> with the reason, never passed over.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> filesOrDirectories) =>
        [.. FileKinds.Expand(filesOrDirectories).Select(f => f.Path)];

    public LoadResult Run(string databasePath, IReadOnlyList<string> files, LoadOptions options, CancellationToken ct)
    {
        var missing = files.Where(f => !File.Exists(f)).ToList();
        if (missing.Count > 0)
        {
            throw new FileNotFoundException("no such file: " + string.Join(", ", missing));
        }

        using var run = LoadRun.Begin(databasePath, catalog, gazetteer, options);
        // Review sheets go after the reports of the same run, so that their keys find the readings.
        var ordered = files.Any(FileKinds.IsReport) ? files.OrderBy(f => IsReviewSheet(f) ? 1 : 0).ToList() : files;
        foreach (var file in ordered)
        {
            ct.ThrowIfCancellationRequested();
            if (FileKinds.NotRead(file, tables: true) is { } reason)
            {
                run.RejectFile(file, SourceKind.Unknown, reason);
            }
            else if (FileKinds.IsReport(file))
            {
                LoadReport(run, file, options, ct);
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
    private void LoadReport(LoadRun run, string file, LoadOptions options, CancellationToken ct)
    {
        DecodedDocument document;
        try
        {
            // Scans are read by OCR page by page, seconds each: the progress bar moves per page.
            var name = Path.GetFileName(file);
            document = DocumentReader.Read(file, (done, total) =>
            {
                ct.ThrowIfCancellationRequested();
                options.Progress?.Invoke(new LoadProgress(name, done, total));
            });
        }
        catch (DocumentReadException e)
        {
            run.RejectFile(file, SourceKind.Report, e.Reason);
            return;
        }

        IReadOnlyList<ExtractedFact> facts;
        try
        {
            facts = document.Mark(extract(document.Name, document.Text));
        }
        catch (ExtractionException e)
        {
            run.RejectFile(file, SourceKind.Report, e.Reason);
            return;
        }

        run.LoadReportFacts(
            new DocumentInfo(document.Name, document.Sha256, document.Encoding, document.SizeBytes, IsSample(document.Text)), facts, document.Text, ct);
    }

    // A review sheet lists a bureau's readings, a few thousand rows at most: a big table is not one, and is not read twice.
    private static bool IsReviewSheet(string file)
    {
        if (FileKinds.IsReport(file) || new FileInfo(file).Length > 16 << 20)
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
