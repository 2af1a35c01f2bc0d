namespace Analytics.Models.Forecasting;

/// <summary>The last value plus h times the average yearly change over the whole history.</summary>
public sealed class DriftModel : LocalModel
{
    public override string Name => "drift";

    protected override int MinimumLength => 2;

    public override double[] Forecast(IReadOnlyList<double> y, int horizon)
    {
        var slope = (y[^1] - y[0]) / (y.Count - 1);
        return Enumerable.Range(1, horizon).Select(h => y[^1] + (h * slope)).ToArray();
    }
}
