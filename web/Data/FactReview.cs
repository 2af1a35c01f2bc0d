using Analytics.Warehouse.Reviews;

namespace Analytics.Web.Data;

/// <summary>
/// A number from prose under review: its state, the review sheet and row that decided it and when it
/// was loaded (none while unreviewed), the reviewer's note, and for a correction the reading it corrects.
/// </summary>
public sealed record FactReview(ReviewState State, string? File, int? Row, DateTime? At, string? Note, Reading? AsRead);

/// <summary>What the extractor had read where a person corrected it: the value, the report and its sentence.</summary>
public sealed record Reading(decimal? Value, string Document, string? Evidence, int? SpanStart, int? SpanEnd, int? EvidenceMark);
