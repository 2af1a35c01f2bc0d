using Analytics.Warehouse.Reviews;

namespace Analytics.Web.Data;

/// <summary>
/// Where a number from prose stands: unreviewed, confirmed by a person, or a person's correction
/// (with the value the extractor had read, <see cref="ReadValue"/>). Null on values from tables and forecasts.
/// </summary>
public sealed record ValueReview(ReviewState State, decimal? ReadValue)
{
    /// <summary>
    /// The columns a query adds to read it for a preferred value aliased <c>p</c>: its state, and the
    /// value as read of the fact a correction corrects. Use with <see cref="Joins"/>.
    /// </summary>
    public const string Columns = "p.review, rd.value";

    public const string Joins = "LEFT JOIN fact_reviews rv ON rv.fact_id = p.fact_id LEFT JOIN facts rd ON rd.fact_id = rv.read_fact_id";

    /// <summary>The review of a row whose <see cref="Columns"/> start at <paramref name="i"/>.</summary>
    public static ValueReview? Read(System.Data.Common.DbDataReader r, int i) =>
        ReviewStates.Parse(r.Text(i)) is { } state ? new ValueReview(state, r.Dec(i + 1)) : null;
}
