namespace Analytics.Models.Forecasting;

/// <summary>
/// A forecasting method. <see cref="Fit"/> sees only the panel it is given (the backtest cuts it at
/// the origin first); local models ignore the panel, the global model trains on it.
/// </summary>
public interface IForecastModel
{
    string Name { get; }

    /// <summary>A fitted model, or null when the panel cannot support this method (too little data).</summary>
    IFittedForecaster? Fit(SeriesPanel training, CancellationToken ct);
}

/// <summary>A model ready to forecast any series of the panel it was fitted on.</summary>
public interface IFittedForecaster
{
    /// <summary>Forecasts for 1..<paramref name="horizon"/> years after the series' last year, or null when it cannot.</summary>
    double[]? Forecast(YearlySeries history, int horizon);
}
