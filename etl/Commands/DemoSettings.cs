using Analytics.Warehouse.Demo;

namespace Analytics.Etl.Commands;

/// <summary>
/// What <c>demo</c> builds: the warehouse file, whether an existing one may be replaced, the
/// generator's options, the folder of sample reports to load with it (null: none), and where to
/// keep the generated CSV files (null: a temporary folder, deleted afterwards).
/// </summary>
internal sealed record DemoSettings(string Db, bool Force, DemoOptions Options, string? Reports, string? CsvFolder)
{
    /// <summary>The sample reports shipped next to the binary (etl/Samples/reports).</summary>
    public static string ShippedReports => Path.Combine(AppContext.BaseDirectory, "Samples", "reports");
}
