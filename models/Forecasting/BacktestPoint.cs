namespace Analytics.Models.Forecasting;

/// <summary>
/// One backtest forecast: made at the end of <see cref="Origin"/> from data through that year only,
/// for <see cref="Origin"/> + <see cref="Horizon"/>. <see cref="Scale"/> is the mean absolute
/// yearly change of the training part (the MASE denominator).
/// </summary>
public sealed record BacktestPoint(
    string Family, string Model, string Area, string Indicator, int Origin, int Horizon, double Actual, double Forecast, double Scale)
{
    /// <summary>Symmetric MAPE in percent (0–200); 0 when both are 0.</summary>
    public double Smape => Actual == 0 && Forecast == 0 ? 0 : 200 * Math.Abs(Forecast - Actual) / (Math.Abs(Actual) + Math.Abs(Forecast));

    /// <summary>Absolute error over the in-sample naive error; NaN for a flat training series.</summary>
    public double Mase => Scale > 0 ? Math.Abs(Forecast - Actual) / Scale : double.NaN;

    /// <summary>The conformal nonconformity score: absolute log1p error, scale-free across regions.</summary>
    public double Score => Math.Abs(Math.Log(1 + Math.Max(0, Actual)) - Math.Log(1 + Math.Max(0, Forecast)));

    public int TargetYear => Origin + Horizon;
}
