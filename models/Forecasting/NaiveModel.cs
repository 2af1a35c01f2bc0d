namespace Analytics.Models.Forecasting;

/// <summary>The last value, for every horizon: the benchmark every other model must beat.</summary>
public sealed class NaiveModel : LocalModel
{
    public override string Name => "naive";

    public override double[] Forecast(IReadOnlyList<double> y, int horizon) => Enumerable.Repeat(y[^1], horizon).ToArray();
}
