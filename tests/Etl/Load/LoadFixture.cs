using Analytics.Etl.Load;
using Analytics.Tests.Warehouse;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Regions;

namespace Analytics.Tests.Etl.Load;

/// <summary>A temp folder with a warehouse path, the shipped catalog and gazetteer, and a one-call load.</summary>
internal sealed class LoadFixture : IDisposable
{
    public static readonly IndicatorCatalog Catalog = IndicatorCatalog.LoadDefault();
    public static readonly Gazetteer Gazetteer = Gazetteer.LoadDefault();

    public TempFolder Folder { get; } = new();

    public string Db => Folder.File("warehouse.duckdb");

    public string Csv(string name, params string[] lines) => Folder.Write(name, string.Join("\n", lines) + "\n");

    public LoadResult Load(params string[] tables) => Load(new LoadOptions(), tables);

    public LoadResult Load(LoadOptions options, params string[] tables)
    {
        using var run = LoadRun.Begin(Db, Catalog, Gazetteer, options);
        foreach (var t in tables)
        {
            run.LoadTable(t, TestContext.Current.CancellationToken);
        }

        return run.Commit();
    }

    public void Dispose() => Folder.Dispose();
}
