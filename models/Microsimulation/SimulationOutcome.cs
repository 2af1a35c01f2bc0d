namespace Analytics.Models.Microsimulation;

/// <summary>
/// Eligible and enrolled households, persons and annual cost (yuan) under one standard. Cost is the
/// gap-filling rule Σ max(0, standard × members − household monthly income) × 12; the enrolled
/// figures are expected values under the region's take-up.
/// </summary>
public sealed record SimulationOutcome(
    decimal Standard,
    double EligibleHouseholds,
    double EligiblePersons,
    double EligibleCost,
    double EnrolledHouseholds,
    double EnrolledPersons,
    double EnrolledCost);
