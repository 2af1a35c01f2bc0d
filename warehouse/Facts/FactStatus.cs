namespace Analytics.Warehouse.Facts;

/// <summary>
/// Reported as done, an assessment goal to reach, next year's plan, or a model's forecast (written
/// only by the models, never read from a report). Stored in <c>facts.status</c> by <see cref="FactStatuses.ToSql"/>.
/// </summary>
public enum FactStatus
{
    Actual,
    Target,
    Plan,
    Forecast,
}

/// <summary>The one mapping of <see cref="FactStatus"/> to and from its SQL name.</summary>
public static class FactStatuses
{
    public static readonly IReadOnlyList<FactStatus> All = Enum.GetValues<FactStatus>();

    public static string ToSql(this FactStatus status) => status switch
    {
        FactStatus.Actual => "actual",
        FactStatus.Target => "target",
        FactStatus.Plan => "plan",
        FactStatus.Forecast => "forecast",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>The status whose SQL name is exactly <paramref name="sql"/> (ordinal, as stored).</summary>
    public static bool TryParse(string sql, out FactStatus status) => Vocabulary.TryParse(All, ToSql, sql, out status);

    /// <summary>The status a warehouse row names; an unknown name is a schema violation.</summary>
    public static FactStatus Parse(string sql) =>
        TryParse(sql, out var s) ? s : throw new InvalidDataException($"facts.status '{sql}' is not a known status");
}
