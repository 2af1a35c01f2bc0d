using Analytics.Warehouse.Demo;

namespace Analytics.Etl.Commands;

/// <summary>
/// What <c>demo</c> builds: the warehouse file, whether an existing one may be replaced, the
/// generator's options, the folder of sample reports to load with it (null: none), where to keep
/// the generated CSV files (null: a temporary folder, deleted afterwards), and the file of official
/// targets the demo scores on (null: none, every target an example).
/// </summary>
internal sealed record DemoSettings(string Db, bool Force, DemoOptions Options, string? Reports, string? CsvFolder, string? OfficialTargets = null)
{
    /// <summary>The sourced targets shipped next to the binary (warehouse/data/targets.csv).</summary>
    public static string ShippedTargets => Path.Combine(AppContext.BaseDirectory, "data", "targets.csv");

    /// <summary>The sample reports shipped next to the binary (etl/Samples/reports).</summary>
    public static string ShippedReports => Path.Combine(AppContext.BaseDirectory, "Samples", "reports");
}
