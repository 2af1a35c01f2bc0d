using DuckDB.NET.Data;

namespace Analytics.Web.Data;

/// <summary>One year of an indicator's history: the preferred actual value (null when masked).</summary>
public sealed record HistoryPoint(int Year, decimal? Value, bool Synthetic);

/// <summary>One forecast year: the newest forecast and its prediction interval.</summary>
public sealed record ForecastRow(int Year, decimal Value, decimal Lower, decimal Upper, double Level, string Model, bool Synthetic);

/// <summary>An indicator's actual history and forecast for one region.</summary>
public static class History
{
    public static IReadOnlyList<HistoryPoint> Actuals(DuckDBConnection c, string region, string indicator, CancellationToken ct) =>
        Sql.Rows(c, """
            SELECT year, value, synthetic FROM preferred_facts
            WHERE region_code = $r AND indicator = $i AND status = 'actual' AND segment IS NULL AND coalesce(period_start, year) = year
            QUALIFY row_number() OVER (PARTITION BY year ORDER BY period_start NULLS LAST) = 1
            ORDER BY year
            """, r => new HistoryPoint(r.GetInt32(0), r.Dec(1), r.Bool(2)), ct, ("r", region), ("i", indicator));

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
