namespace Analytics.Web.Scoring;

/// <summary>How a district stands on one target: met (attainment ≥ 100%), near (≥ 90%), missed, or no data.</summary>
public enum TargetStatus
{
    Met,
    Near,
    Missed,
    Missing,
}

/// <summary>The one mapping of <see cref="TargetStatus"/> to its code in downloads and style classes.</summary>
public static class TargetStatuses
{
    public static string Code(this TargetStatus status) => status switch
    {
        TargetStatus.Met => "met",
        TargetStatus.Near => "near",
        TargetStatus.Missed => "missed",
        TargetStatus.Missing => "missing",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
