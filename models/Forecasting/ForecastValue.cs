namespace Analytics.Models.Forecasting;

/// <summary>A conformal prediction interval at a nominal level.</summary>
public sealed record ForecastInterval(double Level, double Lower, double Upper);

/// <summary>
/// One forecast year of one series, by the model the backtest chose for its family.
/// <see cref="PooledIntervals"/>: the intervals use the family's pooled width, because the
/// indicator had too few backtest residuals of its own at this horizon.
/// </summary>
public sealed record ForecastValue(
    string Area, string Indicator, string Family, string Unit, int Year, int Horizon, double Value, string Model,
    IReadOnlyList<ForecastInterval> Intervals, bool PooledIntervals = false);
