using DuckDB.NET.Data;

namespace Analytics.Web.Data;

/// <summary>One year of an indicator's history: the preferred actual value (null when masked) and, from prose, its review.</summary>
public sealed record HistoryPoint(int Year, decimal? Value, bool Synthetic, ValueReview? Review = null);

/// <summary>One forecast year: the newest forecast and its prediction interval.</summary>
public sealed record ForecastRow(int Year, decimal Value, decimal Lower, decimal Upper, double Level, string Model, bool Synthetic);

/// <summary>An indicator's actual history and forecast for one region.</summary>
public static class History
{
    public static IReadOnlyList<HistoryPoint> Actuals(DuckDBConnection c, string region, string indicator, CancellationToken ct) =>
        Sql.Rows(c, $"""
            SELECT p.year, p.value, p.synthetic, {ValueReview.Columns}
            FROM preferred_facts p {ValueReview.Joins}
            WHERE p.region_code = $r AND p.indicator = $i AND p.status = 'actual' AND p.segment IS NULL AND coalesce(p.period_start, p.year) = p.year
            QUALIFY row_number() OVER (PARTITION BY p.year ORDER BY p.period_start NULLS LAST) = 1
            ORDER BY p.year
            """, r => new HistoryPoint(r.GetInt32(0), r.Dec(1), r.Bool(2), ValueReview.Read(r, 3)), ct, ("r", region), ("i", indicator));

    /// <summary>The newest forecast per year (latest forecast source wins) with its interval.</summary>
    public static IReadOnlyList<ForecastRow> Forecasts(DuckDBConnection c, string region, string indicator, CancellationToken ct) =>
        Sql.Rows(c, """
            SELECT f.year, f.value, i.lower, i.upper, i.level, i.model, f.synthetic
            FROM facts f JOIN forecast_intervals i USING (fact_id)
            WHERE f.region_code = $r AND f.indicator = $i AND f.status = 'forecast' AND f.segment IS NULL AND f.value IS NOT NULL
            QUALIFY row_number() OVER (PARTITION BY f.year ORDER BY f.source_id DESC, i.level DESC, f.fact_id DESC) = 1
            ORDER BY f.year
            """,
            r => new ForecastRow(r.GetInt32(0), r.GetDecimal(1), r.GetDecimal(2), r.GetDecimal(3), r.GetDouble(4), r.GetString(5), r.Bool(6)),
            ct, ("r", region), ("i", indicator));
}
