using Microsoft.ML;

namespace Analytics.Models.Forecasting;

/// <summary>A trained global model, with the panel it was trained on (for covariates) and its size.</summary>
public sealed class FittedGlobalModel : IFittedForecaster
{
    private readonly MLContext ml;
    private readonly DataViewSchema schema;
    private readonly SeriesPanel panel;
    private readonly PredictionEngine<GrowthExample, GrowthPrediction> engine;

    internal FittedGlobalModel(MLContext ml, ITransformer model, DataViewSchema schema, SeriesPanel panel, int trainingRows)
    {
        this.ml = ml;
        this.schema = schema;
        this.panel = panel;
        Model = model;
        TrainingRows = trainingRows;
        engine = ml.Model.CreatePredictionEngine<GrowthExample, GrowthPrediction>(model);
    }

    public ITransformer Model { get; }

    public int TrainingRows { get; }

    public double[]? Forecast(YearlySeries history, int horizon)
    {
        if (!GlobalGrowthModel.Usable(history) || horizon > GlobalGrowthModel.MaxHorizon)
        {
            return null;
        }

        var t = history.Values.Count - 1;
        var level = Math.Log(1 + history.Last);
        return Enumerable.Range(1, horizon)
            .Select(h => Math.Max(0, Math.Exp(level + (h * Growth(history, t, h))) - 1))
            .ToArray();
    }

    private double Growth(YearlySeries history, int t, int h)
    {
        var features = GrowthExample.At(history, t, h, panel);
        return features.GrowthMedian + engine.Predict(features).Growth;
    }

    /// <summary>Saves the ML.NET model (.zip) with its input schema.</summary>
    public void Save(string path) => ml.Model.Save(Model, schema, path);
}
