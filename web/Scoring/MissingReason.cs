namespace Analytics.Web.Scoring;

/// <summary>Why a target cannot be assessed for a district: a figure it needs is missing, or zero where it divides.</summary>
public enum MissingReason
{
    /// <summary>The district has no value of the indicator (or it is masked).</summary>
    NoValue,

    /// <summary>A per-10,000-residents target without the district's resident population.</summary>
    NoResidents,

    /// <summary>A per-1,000-aged-60+ target without the district's population aged 60 and over.</summary>
    NoAgedResidents,

    /// <summary>A ratio or share without a value of the indicator it is relative to.</summary>
    NoOfValue,

    /// <summary>A ratio or share whose other indicator is zero (or less).</summary>
    ZeroOfValue,

    /// <summary>A share of an economic base without that base for the year it lags to.</summary>
    NoBase,
}
