using System.Globalization;
using System.Security.Cryptography;
using Analytics.Etl.Extraction;
using Analytics.Etl.Review;
using Analytics.Warehouse;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Regions;
using Analytics.Warehouse.Schema;
using Analytics.Warehouse.Snapshots;
using DuckDB.NET.Data;

namespace Analytics.Etl.Load;

/// <summary>
/// One load: a single transaction on the working warehouse. Sources whose SHA-256 the warehouse
/// already holds are skipped (idempotency); bad rows go to <c>quarantine</c>. <see cref="Commit"/>
/// applies everything, checkpoints and publishes a snapshot; disposing without it (or any exception)
/// rolls back, leaving the warehouse exactly as it was.
/// </summary>
public sealed class LoadRun : IDisposable
{
    private readonly IndicatorCatalog catalog;
    private readonly LoadOptions options;
    private readonly WarehouseWrite write;
    private readonly DuckDBConnection connection;
    private readonly RegionLookup regions;
    private readonly StatisticalTable statisticalTables;
    private readonly FactStage stage;
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly List<SourceResult> results = [];
    private int nextSourceId;
    private long nextFactId;
    private bool unkeyed;

    private LoadRun(string databasePath, IndicatorCatalog catalog, Gazetteer gazetteer, LoadOptions options)
    {
        this.catalog = catalog;
        this.options = options;
        write = WarehouseWrite.Begin(databasePath, options.Publishing);
        connection = write.Connection;
        try
        {
            WarehouseSchema.RefreshIndicators(connection, catalog);
            WarehouseSchema.RefreshRegions(connection, gazetteer.Regions);
            regions = new RegionLookup(gazetteer);
            statisticalTables = new StatisticalTable(catalog, gazetteer);
            nextSourceId = Sql.Scalar<int>(connection, "SELECT coalesce(max(source_id), 0) + 1 FROM sources");
            nextFactId = Sql.Scalar<long>(connection, "SELECT coalesce(max(fact_id), 0) + 1 FROM facts");
            stage = new FactStage(connection);
        }
        catch
        {
            write.Dispose();
            throw;
        }
    }

    public int RunId => write.RunId;

    public IReadOnlyList<SourceResult> Sources => results;

    /// <summary>
    /// Starts a run; the catalog and the gazetteer become the indicators and regions dimensions.
    /// </summary>
    public static LoadRun Begin(string databasePath, IndicatorCatalog catalog, Gazetteer gazetteer, LoadOptions? options = null) =>
        new(databasePath, catalog, gazetteer, options ?? new LoadOptions());

    /// <summary>
    /// Loads a structured table (statistics, targets, population, economic bases or a filled review
    /// sheet, told apart by its header).
    /// </summary>
    public SourceResult LoadTable(string path, CancellationToken ct = default)
    {
        var name = Path.GetFileName(path);
        var info = new FileInfo(path);
        var sha = Sha256(path);
        if (AlreadyLoaded(name, sha) is { } skipped)
        {
            return skipped;
        }

        var sourceId = nextSourceId++;
        var kind = SourceKind.Unknown;
        string? encoding = null;
        int? documentYear = null;
        long rows = 0;
        string? note = null;
        var rejections = new List<Rejection>();
        try
        {
            using var table = TableReader.Open(path);
            encoding = table.Encoding;
            if (TableKinds.FromHeader(table.Header) is not { } template)
            {
                kind = SourceKind.Statistics;
                (rows, documentYear) = LoadStatisticalTable(path, sourceId, rejections);
                return Record(new SourceRow(sourceId, name, kind, sha, encoding, info.Length, documentYear, rows, false), rejections, note);
            }

            kind = template;
            var progress = new Progress(options, name, table);
            switch (kind)
            {
                case SourceKind.Statistics:
                    var parser = new StatisticsParser(catalog, regions, table.Header);
                    stage.Begin(nextFactId, sourceId, RunId);
                    foreach (var row in table.Rows())
                    {
                        var (fact, rejection) = parser.Parse(row);
                        if (rejection is null)
                        {
                            stage.Add(fact);
                        }
                        else
                        {
                            rejections.Add(rejection);
                        }

                        progress.Tick(ct);
                    }

                    documentYear = stage.MaxYear;
                    rows = stage.Complete();
                    nextFactId += rows;
                    break;
                case SourceKind.Population:
                    var population = new PopulationParser(regions, table.Header);
                    var people = Latest<PopulationRecord, (string, int)>(table.Rows(), r => population.Parse(r) is var (p, e) && e is null ? ([p], null) : ([], e), p => (p.RegionCode, p.Year), p => p.SourceRow, rejections, progress, ct);
                    rows = Tables.ReplacePopulation(connection, people, sourceId, RunId);
                    documentYear = people.Count == 0 ? null : people.Max(p => p.Year);
                    break;
                case SourceKind.EconomicBase:
                    var economy = new EconomicBaseParser(regions, table.Header);
                    var bases = Latest<EconomicBaseRecord, (string, int, Warehouse.Targets.EconomicBase)>(table.Rows(), r => economy.Parse(r) is var (b, e) && e is null ? ([b], null) : ([], e), b => (b.RegionCode, b.Year, b.Base), b => b.SourceRow, rejections, progress, ct);
                    rows = Tables.ReplaceEconomicBases(connection, bases, sourceId, RunId);
                    documentYear = bases.Count == 0 ? null : bases.Max(b => b.Year);
                    break;
                case SourceKind.Review:
                    KeyReports();
                    var review = new ReviewLoad(connection, catalog, stage).Apply(table, nextFactId, sourceId, RunId, write.StartedAt, () => progress.Tick(ct));
                    nextFactId += review.Corrections;
                    rows = review.Reviews;
                    documentYear = review.DocumentYear;
                    rejections.AddRange(review.Rejections);
                    note = string.Create(CultureInfo.InvariantCulture,
                        $"{review.Reviews} verdicts recorded, {review.Corrections} corrections added{(review.Unchanged > 0 ? $", {review.Unchanged} already in force" : "")}");
                    if (rows == 0 && rejections.Count == 0)
                    {
                        return Record(new SourceRow(sourceId, name, kind, sha, encoding, info.Length, documentYear, 0, false), rejections, note);
                    }

                    break;
                case SourceKind.Targets:
                    var targets = new TargetsParser(catalog, regions, table.Header);
                    var goals = Latest(table.Rows(), targets.Parse, t => (t.ProvinceCode, t.Year, t.Indicator), t => t.SourceRow, rejections, progress, ct);
                    rows = Tables.ReplaceTargets(connection, goals, sourceId, RunId);
                    documentYear = goals.Count == 0 ? null : goals.Max(t => t.Year);
                    break;
            }

            if (rows == 0 && rejections.Count == 0)
            {
                throw new RejectedFileException("no data rows");
            }
        }
        catch (RejectedFileException e)
        {
            stage.Discard();
            rows = 0;
            rejections = [Rejection.WholeFile(e.Message)];
        }

        return Record(new SourceRow(sourceId, name, kind, sha, encoding, info.Length, documentYear, rows, false), rejections, note);
    }

    /// <summary>Stages the facts of every sheet laid out as a statistical table (<see cref="StatisticalTable"/>).</summary>
    private (long Rows, int? Year) LoadStatisticalTable(string path, int sourceId, List<Rejection> rejections)
    {
        var (sheets, other) = statisticalTables.ReadFile(path);
        stage.Begin(nextFactId, sourceId, RunId);
        foreach (var sheet in sheets)
        {
            foreach (var fact in sheet.Facts)
            {
                stage.Add(fact);
            }

            rejections.AddRange(sheet.Rejections);
        }

        rejections.AddRange(other);
        var year = stage.MaxYear;
        var rows = stage.Complete();
        nextFactId += rows;
        if (rows == 0 && rejections.Count == 0)
        {
            throw new RejectedFileException("no data rows");
        }

        return (rows, year);
    }

    /// <summary>
    /// Loads the facts the extractor read from one report. Facts with an unknown indicator or a
    /// non-canonical unit are quarantined at their character offset; the rest land with their span and evidence.
    /// </summary>
    public SourceResult LoadReportFacts(DocumentInfo document, IReadOnlyList<ExtractedFact> facts, CancellationToken ct = default) =>
        LoadReportFacts(document, facts, null, ct);

    /// <summary>
    /// As above, with the decoded text the spans index, so that each fact also records where its
    /// number stands inside its evidence sentence (the review sheet marks it there).
    /// </summary>
    public SourceResult LoadReportFacts(DocumentInfo document, IReadOnlyList<ExtractedFact> facts, string? text, CancellationToken ct = default)
    {
        if (AlreadyLoaded(document.Name, document.Sha256) is { } skipped)
        {
            return skipped;
        }

        var sourceId = nextSourceId++;
        var mapper = new ReportFactMapper(catalog, regions);
        var rejections = new List<Rejection>();
        stage.Begin(nextFactId, sourceId, RunId);
        foreach (var fact in facts)
        {
            ct.ThrowIfCancellationRequested();
            var (record, rejection) = mapper.Map(fact, document.Synthetic, text);
            if (rejection is null)
            {
                stage.Add(record);
            }
            else
            {
                rejections.Add(rejection);
            }
        }

        var documentYear = stage.MaxYear;
        var rows = stage.Complete();
        nextFactId += rows;
        unkeyed |= rows > 0;
        return Record(
            new SourceRow(sourceId, document.Name, SourceKind.Report, document.Sha256, document.Encoding, document.SizeBytes, documentYear, rows, document.Synthetic),
            rejections);
    }

    /// <summary>Records a file that could not be read at all (a PDF, a broken .docx) as one quarantined source.</summary>
    public SourceResult RejectFile(string path, SourceKind kind, string reason)
    {
        var name = Path.GetFileName(path);
        var sha = Sha256(path);
        return AlreadyLoaded(name, sha) ?? Record(
            new SourceRow(nextSourceId++, name, kind, sha, null, new FileInfo(path).Length, null, 0, false),
            [Rejection.WholeFile(reason)]);
    }

    /// <summary>
    /// Applies the run: commits, checkpoints and (unless options say otherwise) publishes a snapshot
    /// and prunes old ones. When every source was skipped nothing is written and nothing published.
    /// </summary>
    public LoadResult Commit()
    {
        ObjectDisposedException.ThrowIf(!write.IsOpen, this);
        if (results.All(r => r.Outcome == LoadOutcome.Skipped))
        {
            Rollback();
            return new LoadResult(null, null, results);
        }

        KeyReports();
        WarehouseSchema.RefreshYears(connection);
        var snapshot = write.Commit(new RunCounts(
            results.Count(r => r.Outcome != LoadOutcome.Skipped), results.Count(r => r.Outcome == LoadOutcome.Skipped),
            results.Sum(r => r.Rows), results.Sum(r => r.Quarantined)));
        return new LoadResult(RunId, snapshot, results);
    }

    public void Dispose()
    {
        stage.Dispose();
        write.Dispose();
    }

    private void Rollback()
    {
        stage.Dispose();
        write.Rollback();
    }

    // Report facts get their review keys in one statement for all the run's reports so far.
    private void KeyReports()
    {
        if (unkeyed)
        {
            WarehouseSchema.KeyReportFacts(connection, RunId);
            unkeyed = false;
        }
    }

    private SourceResult? AlreadyLoaded(string name, string sha)
    {
        ObjectDisposedException.ThrowIf(!write.IsOpen, this);
        var earlier = seen.Contains(sha)
            ? RunId
            : Sql.Scalar<int>(connection, "SELECT coalesce(min(run_id), 0) FROM sources WHERE sha256 = $sha", ("sha", sha));
        if (earlier == 0)
        {
            seen.Add(sha);
            return null;
        }

        var skipped = new SourceResult(name, "", LoadOutcome.Skipped, 0, 0,
            string.Create(CultureInfo.InvariantCulture, $"same content already loaded in run {earlier}"));
        results.Add(skipped);
        return skipped;
    }

    private SourceResult Record(SourceRow source, List<Rejection> rejections, string? note = null)
    {
        Tables.Quarantine(connection, RunId, source.Id, source.Name, source.Sha256, rejections);
        Sql.Execute(connection,
            "INSERT INTO sources VALUES ($id, $run, $name, $kind, $sha, $encoding, $size, $year, $rows, $quarantined, $synthetic)",
            ("id", source.Id), ("run", RunId), ("name", source.Name), ("kind", source.Kind.ToSql()), ("sha", source.Sha256),
            ("encoding", source.Encoding), ("size", source.SizeBytes), ("year", source.DocumentYear), ("rows", source.Rows),
            ("quarantined", (long)rejections.Count), ("synthetic", source.Synthetic || Tables.AnySynthetic(connection, source.Id)));
        var whole = rejections is [{ Row: null, Offset: null }] && source.Rows == 0;
        var result = new SourceResult(source.Name, source.Kind.ToSql(), whole ? LoadOutcome.Rejected : LoadOutcome.Loaded, source.Rows, rejections.Count,
            whole ? rejections[0].Reason : note);
        results.Add(result);
        return result;
    }

    private static List<T> Latest<T, TKey>(
        IEnumerable<TableRow> rows, Func<TableRow, (IReadOnlyList<T>, Rejection?)> parse, Func<T, TKey> key, Func<T, int> rowOf,
        List<Rejection> rejections, Progress progress, CancellationToken ct)
        where TKey : notnull
    {
        // A later row for the same key wins; the earlier one is quarantined, never silently dropped.
        var byKey = new Dictionary<TKey, T>();
        foreach (var row in rows)
        {
            var (parsed, rejection) = parse(row);
            if (rejection is not null)
            {
                rejections.Add(rejection);
            }
            else
            {
                foreach (var item in parsed)
                {
                    if (byKey.TryGetValue(key(item), out var earlier))
                    {
                        rejections.Add(Rejection.AtRow(rowOf(earlier), string.Create(CultureInfo.InvariantCulture,
                            $"superseded by row {rowOf(item)} of the same file")));
                    }

                    byKey[key(item)] = item;
                }
            }

            progress.Tick(ct);
        }

        return [.. byKey.Values];
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private sealed record SourceRow(int Id, string Name, SourceKind Kind, string Sha256, string? Encoding, long SizeBytes, int? DocumentYear, long Rows, bool Synthetic);

    private sealed class Progress(LoadOptions options, string name, TableReader table)
    {
        private int count;

        public void Tick(CancellationToken ct)
        {
            if (++count % options.ProgressEvery == 0)
            {
                ct.ThrowIfCancellationRequested();
                options.Progress?.Invoke(new LoadProgress(name, table.Position, table.Length));
            }
        }
    }
}
