using System.CommandLine;
using Analytics.Models.Forecasting;
using Analytics.Warehouse;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Demo;
using Analytics.Warehouse.Regions;
using Analytics.Warehouse.Snapshots;

namespace Analytics.Models.Commands;

/// <summary>The series to model: a tidy CSV, a warehouse file, or the synthetic demo panel; optionally one family.</summary>
internal sealed class PanelInput
{
    public Option<string?> Input { get; } = new("--input") { Description = "a tidy CSV: area,indicator,year,value (residents, residents_60plus rows give covariates)" };

    public Option<string?> Db { get; } = new("--db") { Description = "a warehouse file or published snapshot" };

    public Option<bool> Demo { get; } = new("--demo") { Description = "the synthetic demo panel (Zhejiang + Jiangsu counties, 2014–2024)" };

    public Option<string?> Family { get; } = new("--family") { Description = "only this indicator family (e.g. social_assistance)" };

    public void AddTo(Command command)
    {
        command.Options.Add(Input);
        command.Options.Add(Db);
        command.Options.Add(Demo);
        command.Options.Add(Family);
    }

    /// <summary>Reads the chosen source; the snapshot id is the published snapshot a warehouse read came from, when known.</summary>
    public (SeriesPanel Panel, string? SnapshotId) Read(ParseResult parse, CancellationToken ct)
    {
        var catalog = IndicatorCatalog.LoadDefault();
        var sources = new[] { parse.GetValue(Input) is not null, parse.GetValue(Db) is not null, parse.GetValue(Demo) }.Count(b => b);
        if (sources != 1)
        {
            throw new ArgumentException("give exactly one of --input FILE, --db FILE, --demo");
        }

        SeriesPanel panel;
        string? snapshot = null;
        if (parse.GetValue(Input) is { } csv)
        {
            panel = SeriesReader.FromCsv(csv, catalog);
        }
        else if (parse.GetValue(Db) is { } db)
        {
            using var connection = WarehouseConnection.OpenReadOnly(db);
            panel = SeriesReader.FromWarehouse(connection, catalog, ct);
            snapshot = SnapshotStore.ForWarehouse(db).CurrentId();
        }
        else
        {
            panel = SeriesReader.FromDemo(new DemoGenerator(catalog, Gazetteer.LoadDefault()).Generate(new DemoOptions()), catalog);
        }

        return (parse.GetValue(Family) is { } family ? panel.Family(family) : panel, snapshot);
    }
}
