namespace Analytics.Tests.Web;

/// <summary>One test warehouse and one in-process app shared by the read-only page, export and serving tests.</summary>
[CollectionDefinition(Name)]
public sealed class ScorecardCollection : ICollectionFixture<ScorecardApp>
{
    public const string Name = "scorecard";
}

/// <summary>The shared fixture: <see cref="ScorecardWarehouse"/> published, and the app serving it.</summary>
public sealed class ScorecardApp : IDisposable
{
    public ScorecardApp()
    {
        Warehouse = new ScorecardWarehouse();
        Factory = new ScorecardFactory(Warehouse.Snapshots);
    }

    public ScorecardWarehouse Warehouse { get; }

    public ScorecardFactory Factory { get; }

    public void Dispose()
    {
        Factory.Dispose();
        Warehouse.Dispose();
    }
}
