namespace Analytics.Models.Households;

/// <summary>
/// One household as a bureau's roster holds it: a pseudonymous sequential id (never a name or an
/// ID number), where it lives, who is in it, and what the bureau last verified. Income is the
/// household's monthly income in yuan at the last means test; spending is yearly rigid
/// out-of-pocket spending in yuan. <see cref="AtRisk"/> is the (noisy) outcome of a home visit.
/// </summary>
public sealed record Household(
    long Id,
    string RegionCode,
    string TownshipCode,
    int Members,
    int HeadAge,
    int Children,
    int Elderly,
    int Disabled,
    int ChronicIll,
    int Employed,
    Housing Housing,
    double MonthlyIncome,
    double MedicalSpending,
    double EducationSpending,
    Assistance Assistance,
    bool AtRisk);
