using Analytics.Etl.Load;
using Analytics.Etl.Review;
using Analytics.Tests.Etl.Load;
using Analytics.Tests.Warehouse;
using Analytics.Warehouse;

namespace Analytics.Tests.Etl.Review;

/// <summary>
/// A temp folder with a warehouse file, the team's fixture report (柯城区 2023, figures invented,
/// tests/Fixtures/reviews), tables written here, loads through the real <see cref="LoadJob"/> and
/// review sheets exported by the real <see cref="ReviewExport"/>.
/// </summary>
internal sealed class ReviewFixture : IDisposable
{
    public static readonly string Report = Path.Combine(AppContext.BaseDirectory, "Fixtures", "reviews", "kecheng-2023.txt");

    public TempFolder Folder { get; } = new();

    public string Db => Folder.File("warehouse.duckdb");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public string Write(string name, params string[] lines) => Folder.Write(name, string.Join("\n", lines) + "\n");

    public LoadResult Load(params string[] files) => Load(new LoadOptions(), files);

    public LoadResult Load(LoadOptions options, params string[] files) =>
        new LoadJob(LoadFixture.Catalog, LoadFixture.Gazetteer).Run(Db, files, options, Ct);

    public IReadOnlyList<ReviewRow> Rows(ReviewFilter? filter = null)
    {
        using var connection = WarehouseConnection.OpenReadOnly(Db);
        return new ReviewExport(connection, LoadFixture.Catalog.Units).Rows(filter ?? new ReviewFilter(), Ct);
    }

    /// <summary>Exports a review sheet (.xlsx or .csv by the name) into the folder and returns its path.</summary>
    public string Export(string name, ReviewFilter? filter = null)
    {
        var path = Folder.File(name);
        var rows = Rows(filter);
        if (name.EndsWith(".csv", StringComparison.Ordinal))
        {
            ReviewCsv.Write(path, rows);
        }
        else
        {
            ReviewWorkbook.Write(path, rows, LoadFixture.Catalog);
        }

        return path;
    }

    public void Dispose() => Folder.Dispose();
}
