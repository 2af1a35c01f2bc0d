namespace Analytics.Warehouse.Reviews;

/// <summary>
/// Where a number from prose stands (view <c>fact_reviews</c>). A report fact is
/// <see cref="Unreviewed"/>, <see cref="Confirmed"/>, <see cref="Corrected"/> (a correction stands in
/// for it) or <see cref="Rejected"/>; a fact a review added is the <see cref="Correction"/> in force,
/// or <see cref="Superseded"/> by a later review of the same key.
/// </summary>
public enum ReviewState
{
    Unreviewed,
    Confirmed,
    Corrected,
    Rejected,
    Correction,
    Superseded,
}

/// <summary>The one mapping of <see cref="ReviewState"/> to and from its SQL name.</summary>
public static class ReviewStates
{
    public static readonly IReadOnlyList<ReviewState> All = Enum.GetValues<ReviewState>();

    public static string ToSql(this ReviewState state) => state switch
    {
        ReviewState.Unreviewed => "unreviewed",
        ReviewState.Confirmed => "confirmed",
        ReviewState.Corrected => "corrected",
        ReviewState.Rejected => "rejected",
        ReviewState.Correction => "correction",
        ReviewState.Superseded => "superseded",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    /// <summary>The state a query returned; null (statistics, forecasts) stays null.</summary>
    public static ReviewState? Parse(string? sql) =>
        sql is null ? null
        : Vocabulary.TryParse(All, ToSql, sql, out var state) ? state
        : throw new InvalidDataException($"review state '{sql}' is unknown");

    /// <summary>True when a person has looked at the number: confirmed, or the correction in force.</summary>
    public static bool IsReviewed(this ReviewState state) => state is ReviewState.Confirmed or ReviewState.Correction;
}
