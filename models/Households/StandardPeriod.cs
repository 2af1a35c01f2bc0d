namespace Analytics.Models.Households;

/// <summary>A dibao standard (yuan per person per month) in force in a region from a date until the next one.</summary>
public sealed record StandardPeriod(string RegionCode, DateOnly ValidFrom, decimal YuanPerPersonMonth);
