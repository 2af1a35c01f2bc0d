using System.Globalization;
using Analytics.Warehouse.Targets;
using DuckDB.NET.Data;

namespace Analytics.Models.WhatIf;

/// <summary>Reads a <see cref="WhatIfBaseline"/> from the warehouse; see <see cref="WhatIfBaseline.FromWarehouse"/>.</summary>
internal static class BaselineQuery
{
    private const string Residents = "residents", Aged = "residents_60plus";

    private static readonly string[] Indicators =
        ["dibao_persons", "dibao_households", "dibao_standard", "dibao_payments", "elderly_beds", "funeral_subsidy_persons", "certified_social_workers"];

    // The region itself and, for a city or province, its current counties.
    private const string Scope = """
        WITH scope AS (
            SELECT code, code = $code AS own FROM regions
            WHERE code = $code
               OR (level = 'county' AND (valid_until IS NULL OR valid_until >= $year)
                   AND (parent_code = $code OR (province_code = $code AND $code IN (SELECT code FROM regions WHERE level = 'province')))))
        """;

    public static WhatIfBaseline Read(DuckDBConnection connection, string regionCode, int year)
    {
        var (name, provinceCode) = Region(connection, regionCode)
            ?? throw new ArgumentException($"未知地区代码 (unknown region code) {regionCode}", nameof(regionCode));
        var values = new List<(string Code, bool Own, string Measure, double Value, bool Synthetic)>();
        using (var cmd = Command(connection, Scope + """
            SELECT p.region_code, s.own, p.indicator, CAST(p.value AS DOUBLE), p.synthetic
            FROM preferred_facts p JOIN scope s ON s.code = p.region_code
            WHERE p.status = 'actual' AND p.segment IS NULL AND coalesce(p.period_start, p.year) = p.year AND p.year = $year
              AND p.value IS NOT NULL AND list_contains($indicators, p.indicator)
            UNION ALL
            SELECT region_code, own, measure, value, synthetic FROM (
                SELECT p.region_code, s.own, p.synthetic,
                       CAST(arg_max(p.residents, p.run_id) AS DOUBLE) AS residents,
                       CAST(arg_max(p.residents_60plus, p.run_id) AS DOUBLE) AS residents_60plus
                FROM population p JOIN scope s ON s.code = p.region_code
                WHERE p.year = $year GROUP BY ALL)
            UNPIVOT (value FOR measure IN (residents, residents_60plus))
            """, regionCode, year))
        {
            cmd.Parameters.Add(new DuckDBParameter("indicators", Indicators));
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                values.Add((reader.GetString(0), reader.GetBoolean(1), reader.GetString(2), reader.GetDouble(3), reader.GetBoolean(4)));
            }
        }

        var counties = Counties(connection, regionCode, year);
        var notes = new List<WhatIfNote>();
        double? Measure(string measure)
        {
            var own = values.FirstOrDefault(v => v.Own && v.Measure == measure);
            if (own.Code is not null)
            {
                return own.Value;
            }

            var parts = values.Where(v => !v.Own && v.Measure == measure).ToList();
            if (counties == 0 || parts.Count < counties)
            {
                return null;
            }

            notes.Add(new WhatIfNote.CountySum(measure, counties));
            return parts.Sum(p => p.Value);
        }

        var persons = Measure("dibao_persons");
        var standard = values.FirstOrDefault(v => v.Own && v.Measure == "dibao_standard") is { Code: not null } s
            ? s.Value
            : WeightedStandard(values, counties, notes);
        var (bedsTarget, bedsSynthetic) = Target(connection, provinceCode, "elderly_beds", TargetBasis.Per1kAged60Plus, notes);
        var (swTarget, swSynthetic) = Target(connection, provinceCode, "certified_social_workers", TargetBasis.Per10kResidents, notes);
        return new WhatIfBaseline(
            regionCode, name, year,
            Measure(Residents), Measure(Aged), persons, Measure("dibao_households"), standard, Measure("dibao_payments"),
            Measure("elderly_beds"), Measure("funeral_subsidy_persons"), Measure("certified_social_workers"),
            bedsTarget, swTarget,
            values.Any(v => v.Synthetic) || bedsSynthetic || swSynthetic,
            notes);
    }

    // A city's or province's standard: the mean of its counties' standards weighted by dibao recipients.
    private static double? WeightedStandard(
        List<(string Code, bool Own, string Measure, double Value, bool Synthetic)> values, int counties, List<WhatIfNote> notes)
    {
        var standards = values.Where(v => !v.Own && v.Measure == "dibao_standard").ToDictionary(v => v.Code, v => v.Value);
        var persons = values.Where(v => !v.Own && v.Measure == "dibao_persons").ToDictionary(v => v.Code, v => v.Value);
        if (counties == 0 || standards.Count < counties || persons.Count < counties || persons.Values.Sum() <= 0)
        {
            return null;
        }

        notes.Add(new WhatIfNote.WeightedStandard("dibao_standard", counties));
        return standards.Sum(kv => kv.Value * persons[kv.Key]) / persons.Values.Sum();
    }

    private static (double? Threshold, bool Synthetic) Target(DuckDBConnection connection, string provinceCode, string indicator, TargetBasis basis, List<WhatIfNote> notes)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT CAST(threshold AS DOUBLE), year, synthetic, kind = 'official' FROM effective_targets
            WHERE applies_to = $province AND indicator = $indicator AND basis = $basis
            ORDER BY year DESC, run_id DESC LIMIT 1
            """;
        cmd.Parameters.Add(new DuckDBParameter("province", provinceCode));
        cmd.Parameters.Add(new DuckDBParameter("indicator", indicator));
        cmd.Parameters.Add(new DuckDBParameter("basis", basis.ToSql()));
        using var reader = cmd.ExecuteReader();
        if (!reader.Read())
        {
            return (null, false);
        }

        var threshold = reader.GetDouble(0);
        notes.Add(new WhatIfNote.Target(indicator, threshold, basis, reader.GetInt32(1), reader.GetBoolean(3)));
        return (threshold, reader.GetBoolean(2));
    }

    private static (string Name, string ProvinceCode)? Region(DuckDBConnection connection, string code)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT name, province_code FROM regions WHERE code = $code";
        cmd.Parameters.Add(new DuckDBParameter("code", code));
        using var reader = cmd.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <summary>The region itself when it is a county, else its current counties.</summary>
    public static IReadOnlySet<string> CountyCodes(DuckDBConnection connection, string code, int year)
    {
        using var cmd = Command(connection, Scope + "SELECT code, own FROM scope", code, year);
        using var reader = cmd.ExecuteReader();
        var scope = new List<(string Code, bool Own)>();
        while (reader.Read())
        {
            scope.Add((reader.GetString(0), reader.GetBoolean(1)));
        }

        var counties = scope.Where(s => !s.Own).Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        return counties.Count > 0 ? counties : scope.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
    }

    private static int Counties(DuckDBConnection connection, string code, int year)
    {
        using var cmd = Command(connection, Scope + "SELECT count(*) FROM scope WHERE NOT own", code, year);
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static DuckDBCommand Command(DuckDBConnection connection, string sql, string code, int year)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Parameters.Add(new DuckDBParameter("code", code));
        cmd.Parameters.Add(new DuckDBParameter("year", year));
        return cmd;
    }

}
