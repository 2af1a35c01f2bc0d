namespace Analytics.Models.Microsimulation;

/// <summary>
/// One county's what-if: baseline and reform outcomes scaled to the resident population
/// (<see cref="Scale"/> residents per person on file, 1 for a full roster), the take-up used, and
/// the calibration of the baseline against the reported 在册 dibao households.
/// </summary>
public sealed record RegionSimulation(
    string RegionCode,
    long HouseholdsOnFile,
    double PersonsOnFile,
    double TakeUp,
    double Scale,
    SimulationOutcome Baseline,
    SimulationOutcome Reform,
    Calibration Calibration)
{
    /// <summary>A reform result is shown as trustworthy only when the baseline reproduces the reported count.</summary>
    public bool Trustworthy => Calibration.Status == CalibrationStatus.Within;
}
