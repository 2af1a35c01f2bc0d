using Analytics.Models.Forecasting;

namespace Analytics.Models.Store;

/// <summary>The model chosen for one indicator family, its backtest scores against naive, and the global model's file.</summary>
public sealed record FamilyModelInfo(
    string Family, string ChosenModel, double Mase, double Smape, double NaiveMase, string? GlobalModelFile, int? GlobalTrainingRows);

/// <summary>
/// The sidecar of a forecast run (<c>forecast-model.json</c>): which data it saw, which features the
/// global model uses, every model's backtest scores per horizon, the chosen model per family and
/// the measured coverage of the intervals per family and per indicator: what someone loading the
/// model files needs to know of them. Readers of the warehouse find the same run in its own tables
/// (<see cref="ForecastRecord"/>).
/// </summary>
public sealed record ForecastModelInfo(
    DateTime CreatedAtUtc,
    string? DataSnapshotId,
    string? PublishedSnapshotId,
    int? RunId,
    bool Synthetic,
    int Horizon,
    IReadOnlyList<double> Levels,
    IReadOnlyList<string> Features,
    int Series,
    int ForecastRows,
    IReadOnlyList<FamilyModelInfo> Families,
    IReadOnlyList<ModelScore> Scores,
    IReadOnlyList<IntervalCoverage> Coverage,
    IReadOnlyList<IntervalCoverage>? IndicatorCoverage = null);
