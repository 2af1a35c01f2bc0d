namespace Analytics.Models.Forecasting;

/// <summary>A model fitted to one series at a time: fitting the panel is a no-op.</summary>
public abstract class LocalModel : IForecastModel, IFittedForecaster
{
    public abstract string Name { get; }

    /// <summary>Shortest history the method accepts.</summary>
    protected virtual int MinimumLength => 1;

    public IFittedForecaster? Fit(SeriesPanel training, CancellationToken ct) => this;

    public double[]? Forecast(YearlySeries history, int horizon) =>
        history.Values.Count < MinimumLength ? null : Forecast(history.Values, horizon);

    /// <summary>Forecasts 1..horizon steps after the last of <paramref name="y"/>.</summary>
    public abstract double[] Forecast(IReadOnlyList<double> y, int horizon);
}
