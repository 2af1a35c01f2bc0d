namespace Analytics.Web.Scoring;

/// <summary>The population a per-capita target divides by: all residents and residents aged 60+ (persons).</summary>
public sealed record Residents(long? All, long? Aged60Plus, int Year);
