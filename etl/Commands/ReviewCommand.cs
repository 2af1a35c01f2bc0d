using System.CommandLine;
using System.Globalization;
using Analytics.Etl.Load;
using Analytics.Etl.Review;
using Analytics.Warehouse;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Regions;
using Analytics.Warehouse.Schema;

namespace Analytics.Etl.Commands;

/// <summary>
/// <c>review export --db FILE --out review.xlsx|review.csv [--region R] [--year Y] [--all]</c>: the
/// numbers read from reports that no one has reviewed yet (every one with --all), one row each,
/// for staff to confirm, correct or reject; the filled sheet goes back in with <c>load</c>.
/// Opens the warehouse read-only.
/// </summary>
internal static class ReviewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var db = new Option<string>("--db") { Description = "a warehouse file or published snapshot", Required = true };
        var output = new Option<string>("--out") { Description = "the sheet to write: .xlsx (Excel, WPS, LibreOffice) or .csv (UTF-8)", Required = true };
        var region = new Option<string?>("--region") { Description = "a county, city or province (code or name): its readings only" };
        var year = new Option<int?>("--year") { Description = "readings of this year only" };
        var all = new Option<bool>("--all") { Description = "list readings already reviewed too (their verdict in force is shown)" };
        var export = new Command("export", "Write the readings to review as a sheet: a verdict column to fill (确认 / 更正 / 驳回), then load it")
        {
            db, output, region, year, all,
        };
        export.SetAction((parse, ct) => Task.FromResult(Export(
            parse.GetValue(db)!, parse.GetValue(output)!, parse.GetValue(region), parse.GetValue(year), parse.GetValue(all), stdout, stderr, ct)));
        return new Command("review", "Staff review of the numbers read from reports: export a sheet, fill it in, load it") { export };
    }

    public static int Export(string db, string output, string? region, int? year, bool all, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var format = Path.GetExtension(output).ToLowerInvariant();
        if (format is not (".xlsx" or ".csv"))
        {
            stderr.WriteLine($"error: {output}: the review sheet is written as .xlsx or .csv");
            return 1;
        }

        var catalog = IndicatorCatalog.LoadDefault();
        string? code = null;
        if (region is not null)
        {
            var (place, error) = new RegionLookup(Gazetteer.LoadDefault()).Resolve(region);
            if (place is null)
            {
                stderr.WriteLine($"error: --region: {error}");
                return 1;
            }

            code = place.Code;
        }

        try
        {
            using var connection = WarehouseConnection.OpenReadOnly(db);
            if (WarehouseSchema.VersionOf(connection) is var version && version < WarehouseSchema.Version)
            {
                stderr.WriteLine($"error: {db} has warehouse schema {version}, older than {WarehouseSchema.Version}: any load upgrades it (analytics-etl load ... --db {db})");
                return 1;
            }

            var rows = new ReviewExport(connection, catalog.Units).Rows(new ReviewFilter(code, year, all), ct);
            if (format == ".xlsx")
            {
                ReviewWorkbook.Write(output, rows, catalog);
            }
            else
            {
                ReviewCsv.Write(output, rows);
            }

            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{output}: {rows.Count:N0} readings {(all ? "(all, with the verdicts in force)" : "not yet reviewed")}; fill in 核对结论 verdict, then: analytics-etl load {Path.GetFileName(output)} --db {db}"));
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DuckDB.NET.Data.DuckDBException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}
