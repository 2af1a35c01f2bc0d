using System.Globalization;
using Analytics.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Models.Households;

/// <summary>
/// The household file: its own DuckDB database, never the warehouse. Holds the roster
/// (<c>households</c>), the dated standard history (<c>standards</c>), per-region rules
/// (<c>region_rules</c>), what the file is (<c>dataset</c>: synthetic, seed, as-of date) and the
/// latest risk scores (<c>risk_scores</c>).
/// </summary>
public static class HouseholdFile
{
    public const string Schema = $$"""
        CREATE TABLE IF NOT EXISTS dataset (key VARCHAR NOT NULL, value VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS households (
            household_id       BIGINT NOT NULL,   -- pseudonymous sequential id; no names, no ID numbers
            region_code        VARCHAR NOT NULL,  -- GB/T 2260 county code
            township_code      VARCHAR NOT NULL,  -- county code + 3 digits (synthetic)
            members            INTEGER NOT NULL,
            head_age           INTEGER NOT NULL,
            children           INTEGER NOT NULL,  -- under 16
            elderly            INTEGER NOT NULL,  -- 60 and over
            disabled           INTEGER NOT NULL,  -- members holding a disability certificate
            chronic_ill        INTEGER NOT NULL,
            employed           INTEGER NOT NULL,
            housing            VARCHAR NOT NULL CHECK (housing IN ('owned', 'rented', 'public_rental', 'dilapidated')),
            monthly_income     DOUBLE NOT NULL,   -- household, yuan per month, at the last means test
            medical_spending   DOUBLE NOT NULL,   -- rigid out-of-pocket, yuan per year
            education_spending DOUBLE NOT NULL,   -- yuan per year
            assistance         VARCHAR NOT NULL CHECK (assistance IN ('dibao', 'edge', 'none')),
            at_risk            BOOLEAN NOT NULL   -- outcome of a home visit (noisy ground truth)
        );
        CREATE TABLE IF NOT EXISTS standards (
            region_code                    VARCHAR NOT NULL,
            valid_from                     DATE NOT NULL,
            standard_yuan_per_person_month DECIMAL(10, 2) NOT NULL
        );
        CREATE TABLE IF NOT EXISTS region_rules (region_code VARCHAR NOT NULL, edge_multiplier DOUBLE NOT NULL);
        CREATE TABLE IF NOT EXISTS risk_scores {{RiskScoreColumns}};
        """;

    /// <summary>The columns of <c>risk_scores</c>, for the table and for the staging table a score run fills.</summary>
    public const string RiskScoreColumns = "(household_id BIGINT NOT NULL, risk DOUBLE NOT NULL, model VARCHAR NOT NULL)";

    public static DuckDBConnection Open(string path, bool readOnly)
    {
        if (readOnly && !File.Exists(path))
        {
            throw new FileNotFoundException("household file not found", path);
        }

        var connection = new DuckDBConnection(readOnly ? $"DataSource={path};ACCESS_MODE=READ_ONLY" : $"DataSource={path}");
        connection.Open();
        return connection;
    }

    /// <summary>Writes a new household file (replacing any at <paramref name="path"/>) in one transaction.</summary>
    public static long Write(string path, HouseholdGenerator generator, int count, int seed, CancellationToken ct)
    {
        File.Delete(path);
        File.Delete(path + ".wal");
        using var connection = Open(path, readOnly: false);
        Sql.Execute(connection, "BEGIN TRANSACTION");
        Sql.Execute(connection, Schema);
        using (var meta = connection.CreateAppender("dataset"))
        {
            foreach (var (key, value) in new[]
            {
                ("synthetic", "true"), ("generator", "HouseholdGenerator v1"),
                ("seed", seed.ToString(CultureInfo.InvariantCulture)), ("as_of", generator.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            })
            {
                meta.CreateRow().AppendValue(key).AppendValue(value).EndRow();
            }
        }

        using (var standards = connection.CreateAppender("standards"))
        using (var rules = connection.CreateAppender("region_rules"))
        {
            foreach (var region in generator.Regions)
            {
                rules.CreateRow().AppendValue(region.RegionCode).AppendValue(region.EdgeMultiplier).EndRow();
                foreach (var s in region.Standards)
                {
                    standards.CreateRow().AppendValue(s.RegionCode).AppendValue(s.ValidFrom).AppendValue(s.YuanPerPersonMonth).EndRow();
                }
            }
        }

        long rows = 0;
        using (var appender = connection.CreateAppender("households"))
        {
            foreach (var h in generator.Generate(count))
            {
                if (++rows % 65_536 == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }

                appender.CreateRow()
                    .AppendValue(h.Id).AppendValue(h.RegionCode).AppendValue(h.TownshipCode).AppendValue(h.Members)
                    .AppendValue(h.HeadAge).AppendValue(h.Children).AppendValue(h.Elderly).AppendValue(h.Disabled)
                    .AppendValue(h.ChronicIll).AppendValue(h.Employed).AppendValue(HousingName(h.Housing))
                    .AppendValue(h.MonthlyIncome).AppendValue(h.MedicalSpending).AppendValue(h.EducationSpending)
                    .AppendValue(AssistanceName(h.Assistance)).AppendValue(h.AtRisk)
                    .EndRow();
            }
        }

        Sql.Execute(connection, "COMMIT");
        Sql.Execute(connection, "CHECKPOINT");
        return rows;
    }

    /// <summary>A <c>dataset</c> entry (synthetic, seed, as_of), or null when absent.</summary>
    public static string? Meta(DuckDBConnection connection, string key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT max(value) FROM dataset WHERE key = $key";
        command.Parameters.Add(new DuckDBParameter("key", key));
        return command.ExecuteScalar() as string;
    }

    /// <summary>The roster's as-of date, from <c>dataset</c>.</summary>
    public static DateOnly AsOf(DuckDBConnection connection) =>
        Meta(connection, "as_of") is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
        : throw new InvalidDataException("the household file names no as_of date in its dataset table");

    /// <summary>Whether the file says its households are synthetic; a real roster says false.</summary>
    public static bool IsSynthetic(DuckDBConnection connection) =>
        !string.Equals(Meta(connection, "synthetic"), "false", StringComparison.Ordinal);

    public static string HousingName(Housing housing) => housing switch
    {
        Housing.Owned => "owned",
        Housing.Rented => "rented",
        Housing.PublicRental => "public_rental",
        _ => "dilapidated",
    };

    public static string AssistanceName(Assistance assistance) => assistance switch
    {
        Assistance.Dibao => "dibao",
        Assistance.Edge => "edge",
        _ => "none",
    };
}
