using Microsoft.ML.Data;

namespace Analytics.Models.Forecasting;

/// <summary>The global model's output: predicted average yearly log1p growth.</summary>
public sealed class GrowthPrediction
{
    [ColumnName("Score")]
    public float Growth { get; set; }
}
