using DuckDB.NET.Data;

namespace Analytics.Web.Data;

/// <summary>One one-year-ahead backtest forecast of a series: made at the end of <see cref="Origin"/>, with its interval at the level asked (if it had one).</summary>
public sealed record BacktestForecast(int Origin, double Actual, double Forecast, double? Lower, double? Upper)
{
    public int Year => Origin + 1;

    public bool? Held => Lower is { } l && Upper is { } u ? Actual >= l - 1e-9 && Actual <= u + 1e-9 : null;
}

/// <summary>
/// How good the chosen model's forecasts of one region's indicator have been: its one-year-ahead
/// backtest forecasts (each made from data through its origin only), and how often the 80 % interval
/// held over every region's forecasts of the indicator (the series alone has a handful of years).
/// </summary>
public sealed record ForecastAccuracy(
    string Model, IReadOnlyList<BacktestForecast> Forecasts, long IndicatorPoints, double? IndicatorCoverage, bool Synthetic)
{
    /// <summary>The level the sentence's coverage is stated at.</summary>
    public const double Level = 0.8;

    /// <summary>Mean absolute error as a fraction of the actual, over the years whose actual is not zero.</summary>
    public double? MeanError => Forecasts.Where(f => f.Actual != 0).Select(f => Math.Abs(f.Forecast - f.Actual) / Math.Abs(f.Actual)).DefaultIfEmpty(double.NaN).Average() is var e && double.IsFinite(e) ? e : null;

    public int IntervalPoints => Forecasts.Count(f => f.Held is not null);

    public int IntervalHits => Forecasts.Count(f => f.Held == true);

    /// <summary>The backtest forecast of a year, when the backtest made one.</summary>
    public BacktestForecast? For(int year) => Forecasts.FirstOrDefault(f => f.Year == year);

    /// <summary>The chosen model's backtest of a region's indicator, or null when the snapshot holds none (no forecast run, or one before backtests were stored).</summary>
    public static ForecastAccuracy? Read(DuckDBConnection c, string region, string indicator, CancellationToken ct)
    {
        if (!Stored(c, ct))
        {
            return null;
        }

        var rows = Sql.Rows(c, """
            SELECT b.model, b.origin, b.actual, b.forecast, i.lower, i.upper, b.synthetic
            FROM forecast_backtests b LEFT JOIN forecast_backtest_intervals i ON i.backtest_id = b.backtest_id AND i.level = $level
            WHERE b.region_code = $r AND b.indicator = $i AND b.horizon = 1
            ORDER BY b.origin
            """, r => (Model: r.GetString(0), Point: new BacktestForecast(r.GetInt32(1), r.GetDouble(2), r.GetDouble(3),
                r.IsDBNull(4) ? null : r.GetDouble(4), r.IsDBNull(5) ? null : r.GetDouble(5)), Synthetic: r.Bool(6)),
            ct, ("r", region), ("i", indicator), ("level", Level));
        if (rows.Count == 0)
        {
            return null;
        }

        var (points, covered) = Sql.Rows(c, """
            SELECT count(*), count(*) FILTER (WHERE b.actual BETWEEN i.lower - 1e-9 AND i.upper + 1e-9)
            FROM forecast_backtests b JOIN forecast_backtest_intervals i USING (backtest_id)
            WHERE b.indicator = $i AND b.horizon = 1 AND i.level = $level
            """, r => (r.GetInt64(0), r.GetInt64(1)), ct, ("i", indicator), ("level", Level))[0];
        return new ForecastAccuracy(rows[^1].Model, [.. rows.Select(r => r.Point)], points, points > 0 ? (double)covered / points : null, rows.Any(r => r.Synthetic));
    }

    /// <summary>The one-year-ahead backtest forecast of a year (made the year before), at the level the chart draws, for the trend chart's marker.</summary>
    public static BacktestForecast? Past(DuckDBConnection c, string region, string indicator, int year, double level, CancellationToken ct) =>
        !Stored(c, ct)
            ? null
            : Sql.Rows(c, """
                SELECT b.origin, b.actual, b.forecast, i.lower, i.upper
                FROM forecast_backtests b LEFT JOIN forecast_backtest_intervals i ON i.backtest_id = b.backtest_id AND i.level = $level
                WHERE b.region_code = $r AND b.indicator = $i AND b.horizon = 1 AND b.origin + 1 = $year
                """, r => new BacktestForecast(r.GetInt32(0), r.GetDouble(1), r.GetDouble(2), r.IsDBNull(3) ? null : r.GetDouble(3), r.IsDBNull(4) ? null : r.GetDouble(4)),
                ct, ("r", region), ("i", indicator), ("year", year), ("level", level)).FirstOrDefault();

    // A snapshot a forecast run wrote before backtests were stored has no table to read.
    private static bool Stored(DuckDBConnection c, CancellationToken ct) =>
        Sql.Rows(c, "SELECT 1 FROM duckdb_tables() WHERE table_name = 'forecast_backtests'", _ => true, ct).Count > 0;
}
