using Analytics.Models.Households;

namespace Analytics.Bench.Households;

/// <summary>Households in memory for the risk benchmarks: all of them, and the splits the model trains on.</summary>
internal sealed record BenchHouseholds(List<ScoredHousehold> All, List<ScoredHousehold> Train, List<ScoredHousehold> Calibration);
