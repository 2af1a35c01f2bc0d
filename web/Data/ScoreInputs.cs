using Analytics.Warehouse.Targets;
using Analytics.Web.Scoring;
using DuckDB.NET.Data;

namespace Analytics.Web.Data;

/// <summary>
/// A preferred actual value of one district, indicator and year, with the fact it came from and, for a
/// number from prose, whether a person has reviewed it.
/// </summary>
public sealed record ActualValue(string Region, string Indicator, int Year, decimal? Value, long FactId, bool Synthetic, bool Conflict, ValueReview? Review = null);

/// <summary>The warehouse reads the scorer runs on: targets, preferred actuals, population, economic bases.</summary>
public static class ScoreInputs
{
    /// <summary>The province's targets for the year, its own and those it inherits from the national plan.</summary>
    public static IReadOnlyList<TargetRow> Targets(DuckDBConnection c, string province, int year, CancellationToken ct) =>
        Sql.Rows(c, """
            SELECT t.indicator, i.family, t.comparator, t.threshold, t.basis, t.weight, t.threshold_high, t.of_indicator, t.base_lag,
                   t.kind, t.inherited, t.due_year, t.document, t.issuer, t.doc_number, t.issued, t.clause, t.wording, t.address,
                   t.note, t.synthetic
            FROM effective_targets t JOIN indicators i ON i.code = t.indicator
            WHERE t.applies_to = $p AND t.year = $y
            """,
            r => new TargetRow(
                new ScoreTarget(r.GetString(0), r.GetString(1), TargetComparators.Parse(r.GetString(2)), r.GetDecimal(3),
                    TargetBases.Parse(r.GetString(4)), r.GetDecimal(5), r.Dec(6), r.Text(7), r.Int(8) ?? 0),
                new TargetOrigin(TargetKinds.Parse(r.GetString(9)), r.Bool(10), r.Int(11), r.Text(12), r.Text(13), r.Text(14), r.Text(15),
                    r.Text(16), r.Text(17), r.Text(18), r.Text(19)),
                r.Bool(20)),
            ct, ("p", province), ("y", year))
        .OrderBy(t => Scoring.Families.Order(t.Target.Family))
        .ThenBy(t => t.Target.Indicator, StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// Economic bases of every region of the province (counties, cities, the province) for the years
    /// given, by region, then by (base, year).
    /// </summary>
    public static IReadOnlyDictionary<string, Dictionary<(string Base, int Year), decimal>> Bases(
        DuckDBConnection c, string province, int fromYear, int toYear, CancellationToken ct) =>
        Sql.Rows(c, """
            SELECT e.region_code, e.base, e.year, e.value
            FROM economic_bases e JOIN regions r ON r.code = e.region_code
            WHERE r.province_code = $p AND e.year BETWEEN $from AND $to
            """,
            r => (Region: r.GetString(0), Base: r.GetString(1), Year: r.GetInt32(2), Value: r.GetDecimal(3)),
            ct, ("p", province), ("from", fromYear), ("to", toYear))
        .GroupBy(b => b.Region, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToDictionary(b => (b.Base, b.Year), b => b.Value), StringComparer.Ordinal);

    /// <summary>
    /// Preferred actual values (status actual, whole region: segment null) of the province's counties
    /// for the given years. A value for the year itself (period_start = year or none) is preferred
    /// over a multi-year cumulative one, which is left out.
    /// </summary>
    public static IReadOnlyList<ActualValue> Actuals(DuckDBConnection c, string province, int fromYear, int toYear, CancellationToken ct) =>
        Sql.Rows(c, $"""
            SELECT p.region_code, p.indicator, p.year, p.value, p.fact_id, p.synthetic, p.conflict, {ValueReview.Columns}
            FROM preferred_facts p JOIN regions r ON r.code = p.region_code {ValueReview.Joins}
            WHERE r.province_code = $p AND r.level = 'county'
              AND p.status = 'actual' AND p.segment IS NULL
              AND p.year BETWEEN $from AND $to AND coalesce(p.period_start, p.year) = p.year
            QUALIFY row_number() OVER (PARTITION BY p.region_code, p.indicator, p.year ORDER BY p.period_start NULLS LAST) = 1
            """,
            r => new ActualValue(r.GetString(0), r.GetString(1), r.GetInt32(2), r.Dec(3), r.GetInt64(4), r.Bool(5), r.Bool(6), ValueReview.Read(r, 7)),
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

    /// <summary>True when any economic base of the province's regions is synthetic.</summary>
    public static bool BasesSynthetic(DuckDBConnection c, string province, CancellationToken ct) =>
        Sql.Rows(c, """
            SELECT bool_or(e.synthetic) FROM economic_bases e JOIN regions r ON r.code = e.region_code WHERE r.province_code = $p
            """, r => r.Bool(0), ct, ("p", province)).FirstOrDefault();

    /// <summary>True when any population row the scores divide by is synthetic.</summary>
    public static bool PopulationSynthetic(DuckDBConnection c, string province, CancellationToken ct) =>
        Sql.Rows(c, """
            SELECT bool_or(p.synthetic) FROM population p JOIN regions r ON r.code = p.region_code WHERE r.province_code = $p
            """, r => r.Bool(0), ct, ("p", province)).FirstOrDefault();
}
