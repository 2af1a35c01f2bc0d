namespace Analytics.Models.Microsimulation;

/// <summary>
/// The baseline's simulated enrolled households against the reported 在册 dibao households of
/// <see cref="Year"/>: within tolerance, missed, or unchecked (no reported count or no population to scale by).
/// </summary>
public sealed record Calibration(CalibrationStatus Status, double? Reported, int? Year, double? RelativeError, string Note);
