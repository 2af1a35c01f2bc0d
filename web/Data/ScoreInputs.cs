using Analytics.Web.Scoring;
using DuckDB.NET.Data;

namespace Analytics.Web.Data;

/// <summary>A preferred actual value of one district, indicator and year, with the fact it came from.</summary>
public sealed record ActualValue(string Region, string Indicator, int Year, decimal? Value, long FactId, bool Synthetic, bool Conflict);

/// <summary>A target row with its note and whether it is synthetic.</summary>
public sealed record TargetRow(ScoreTarget Target, string? Note, bool Synthetic);

/// <summary>The warehouse reads the scorer runs on: targets, preferred actuals, population.</summary>
public static class ScoreInputs
{
    public static IReadOnlyList<TargetRow> Targets(DuckDBConnection c, string province, int year, CancellationToken ct) =>
        Sql.Rows(c, """
            SELECT t.indicator, i.family, t.comparator, t.threshold, t.basis, t.weight, t.note, t.synthetic
            FROM targets t JOIN indicators i ON i.code = t.indicator
            WHERE t.province_code = $p AND t.year = $y
            """,
            r => new TargetRow(new ScoreTarget(r.GetString(0), r.GetString(1), r.GetString(2), r.GetDecimal(3), r.GetString(4), r.GetDecimal(5)),
                r.Text(6), r.Bool(7)),
            ct, ("p", province), ("y", year))
        .OrderBy(t => Scoring.Families.Order(t.Target.Family))
        .ThenBy(t => t.Target.Indicator, StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// Preferred actual values (status actual, whole region: segment null) of the province's counties
    /// for the given years. A value for the year itself (period_start = year or none) is preferred
    /// over a multi-year cumulative one, which is left out.
    /// </summary>
    public static IReadOnlyList<ActualValue> Actuals(DuckDBConnection c, string province, int fromYear, int toYear, CancellationToken ct) =>
        Sql.Rows(c, """
            SELECT p.region_code, p.indicator, p.year, p.value, p.fact_id, p.synthetic, p.conflict
            FROM preferred_facts p JOIN regions r ON r.code = p.region_code
            WHERE r.province_code = $p AND r.level = 'county'
              AND p.status = 'actual' AND p.segment IS NULL
              AND p.year BETWEEN $from AND $to AND coalesce(p.period_start, p.year) = p.year
            QUALIFY row_number() OVER (PARTITION BY p.region_code, p.indicator, p.year ORDER BY p.period_start NULLS LAST) = 1
            """,
            r => new ActualValue(r.GetString(0), r.GetString(1), r.GetInt32(2), r.Dec(3), r.GetInt64(4), r.Bool(5), r.Bool(6)),
            ct, ("p", province), ("from", fromYear), ("to", toYear));

    /// <summary>Each county's population for the year, or its latest earlier year when that year has none.</summary>
    public static IReadOnlyDictionary<string, Residents> Population(DuckDBConnection c, string province, int year, CancellationToken ct) =>
        Sql.Rows(c, """
            SELECT p.region_code, p.residents, p.residents_60plus, p.year
            FROM population p JOIN regions r ON r.code = p.region_code
            WHERE r.province_code = $p AND p.year <= $y
            QUALIFY row_number() OVER (PARTITION BY p.region_code ORDER BY p.year DESC) = 1
            """,
            r => (Code: r.GetString(0), Residents: new Residents(r.Long(1), r.Long(2), r.GetInt32(3))),
            ct, ("p", province), ("y", year))
        .ToDictionary(x => x.Code, x => x.Residents, StringComparer.Ordinal);

    /// <summary>True when any population row the scores divide by is synthetic.</summary>
    public static bool PopulationSynthetic(DuckDBConnection c, string province, CancellationToken ct) =>
        Sql.Rows(c, """
            SELECT bool_or(p.synthetic) FROM population p JOIN regions r ON r.code = p.region_code WHERE r.province_code = $p
            """, r => r.Bool(0), ct, ("p", province)).FirstOrDefault();
}
