namespace Analytics.Models.Microsimulation;

/// <summary>Outcome of a calibration check.</summary>
public enum CalibrationStatus
{
    Within,
    Missed,
    Unchecked,
}
