using DuckDB.NET.Data;

namespace Analytics.Warehouse.Queries;

/// <summary>
/// Data-quality checks over a warehouse (working file or snapshot): facts whose unit is not the
/// indicator's, year-over-year jumps beyond a ratio, missing years inside a series, conflicting
/// values for one key, facts no region could be found for, and numbers read from prose that feed a
/// target while no person has reviewed them.
/// </summary>
public sealed class QualityChecks(DuckDBConnection connection)
{
    /// <summary>The names of the checks, in report order.</summary>
    public static readonly IReadOnlyList<string> Names = ["unit_mismatch", "yoy_jump", "missing_year", "conflict", "no_region", "unreviewed"];

    /// <summary>
    /// Every finding. A jump is a change by more than <paramref name="jumpRatio"/> (0.5 = ±50 %) between
    /// consecutive years of the preferred actual values.
    /// </summary>
    public IReadOnlyList<QualityIssue> Run(double jumpRatio, CancellationToken ct)
    {
        var issues = new List<QualityIssue>();
        issues.AddRange(Query("""
            SELECT 'unit_mismatch', f.region_code, f.indicator, f.year,
                   'fact ' || f.fact_id || ' is in ' || f.unit || ', the catalog says ' || i.unit
            FROM facts f JOIN indicators i ON i.code = f.indicator
            WHERE f.unit <> i.unit
            ORDER BY f.fact_id
            """, null, ct));
        issues.AddRange(Query("""
            WITH s AS (
                SELECT region_code, indicator, segment, year, value,
                       lag(value) OVER (PARTITION BY region_code, indicator, segment ORDER BY year) AS prev,
                       lag(year) OVER (PARTITION BY region_code, indicator, segment ORDER BY year) AS prev_year
                FROM preferred_facts WHERE status = 'actual' AND value IS NOT NULL AND period_start = year)
            SELECT 'yoy_jump', region_code, indicator, year,
                   prev::VARCHAR || ' (' || prev_year || ') → ' || value::VARCHAR || ' (' || year || ')'
            FROM s
            WHERE prev_year = year - 1 AND prev > 0 AND abs(value / prev - 1) > $ratio
            ORDER BY region_code, indicator, year
            """, jumpRatio, ct));
        issues.AddRange(Query("""
            WITH present AS (
                SELECT DISTINCT region_code, indicator, year FROM preferred_facts WHERE status = 'actual'),
            span AS (
                SELECT region_code, indicator, min(year) AS first, max(year) AS last FROM present GROUP BY ALL),
            expected AS (
                SELECT region_code, indicator, first, last, unnest(range(first, last + 1)) AS year FROM span)
            SELECT 'missing_year', e.region_code, e.indicator, e.year::INTEGER,
                   'no actual value between ' || e.first || ' and ' || e.last
            FROM expected e ANTI JOIN present p USING (region_code, indicator, year)
            ORDER BY 2, 3, 4
            """, null, ct));
        issues.AddRange(Query("""
            SELECT 'conflict', region_code, indicator, year,
                   status || coalesce(' ' || segment, '') || ': ' || distinct_values || ' values ' || competing_values::VARCHAR
                   || ', preferred ' || value::VARCHAR || ' from ' || source_kind
            FROM preferred_facts WHERE conflict
            ORDER BY region_code, indicator, year
            """, null, ct));
        issues.AddRange(Query("""
            SELECT 'no_region', NULL, f.indicator, f.year,
                   coalesce('named "' || f.region_name || '"', 'no region named') || ' in ' || s.name
            FROM facts f JOIN sources s USING (source_id)
            WHERE f.region_code IS NULL
            ORDER BY f.fact_id
            """, null, ct));
        // What a district is scored on (web/Scoring): a county's preferred actual of the year for a
        // target's indicator, or for the indicator a ratio or share target divides by.
        issues.AddRange(Query("""
            SELECT 'unreviewed', p.region_code, p.indicator, p.year,
                   coalesce(rtrim(rtrim(p.value::VARCHAR, '0'), '.'), 'masked') || ' ' || p.unit || ' read from ' || s.name
                   || ' (' || f.fact_key || '), not reviewed: ' || coalesce(f.evidence, '')
            FROM preferred_facts p
            JOIN facts f ON f.fact_id = p.fact_id
            JOIN sources s ON s.source_id = f.source_id
            JOIN regions r ON r.code = p.region_code
            WHERE p.review = 'unreviewed' AND r.level = 'county'
              AND p.status = 'actual' AND p.segment IS NULL AND coalesce(p.period_start, p.year) = p.year
              AND EXISTS (SELECT 1 FROM effective_targets t
                          WHERE t.applies_to = r.province_code AND t.year = p.year
                            AND (t.indicator = p.indicator OR (t.basis IN ('ratio', 'share') AND t.of_indicator = p.indicator)))
            ORDER BY p.region_code, p.indicator, p.year
            """, null, ct));
        return issues;
    }

    private List<QualityIssue> Query(string sql, double? ratio, CancellationToken ct)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (ratio is { } r)
        {
            command.Parameters.Add(new DuckDBParameter("ratio", r));
        }

        using var _ = ct.Register(command.Cancel);
        using var reader = command.ExecuteReader();
        var list = new List<QualityIssue>();
        while (reader.Read())
        {
            list.Add(new QualityIssue(
                reader.GetString(0), reader.Text(1), reader.GetString(2),
                reader.Int(3), reader.GetString(4)));
        }

        return list;
    }
}
