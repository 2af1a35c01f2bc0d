namespace Analytics.Models.Households;

/// <summary>One county's at-risk aggregate for the warehouse: households scored, and those (and their members) at or above the risk threshold.</summary>
public sealed record AtRiskCount(string RegionCode, int Year, long HouseholdsScored, long AtRiskHouseholds, long AtRiskPersons);
