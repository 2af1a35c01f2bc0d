namespace Analytics.Models.Forecasting;

/// <summary>The candidate models, simplest first (a backtest tie keeps the simpler one).</summary>
public static class ForecastModels
{
    public static IReadOnlyList<IForecastModel> All(GlobalGrowthModel? global = null) =>
        [new NaiveModel(), new DriftModel(), new ThetaModel(), new DampedTrendModel(), global ?? new GlobalGrowthModel()];
}
