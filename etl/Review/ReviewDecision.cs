using Analytics.Etl.Load;
using Analytics.Warehouse.Reviews;

namespace Analytics.Etl.Review;

/// <summary>
/// One filled row of a review sheet, checked: the verdict on the fact its key names, the fact a
/// correction adds (null unless corrected), whether that correction names the structured statistics
/// (ranks above them), and the reviewer's note.
/// </summary>
public sealed record ReviewDecision(int Row, string FactKey, ReadFact Fact, Verdict Verdict, FactRecord? Correction, bool OverridesStatistics, string? Note);
