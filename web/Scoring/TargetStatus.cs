namespace Analytics.Web.Scoring;

/// <summary>How a district stands on one target: met (attainment ≥ 100%), near (≥ 90%), missed, or no data.</summary>
public enum TargetStatus
{
    Met,
    Near,
    Missed,
    Missing,
}
