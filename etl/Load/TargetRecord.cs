using Analytics.Warehouse.Targets;

namespace Analytics.Etl.Load;

/// <summary>
/// One assessment target for one year, as the targets template states it: the indicator must compare
/// with the threshold (or lie in threshold…ThresholdHigh for a range) on a basis — as it is, per head,
/// or relative to <see cref="Of"/> (another indicator, or an economic base <see cref="Lag"/> years
/// back). <see cref="Due"/> is the year the document sets it for; <see cref="Source"/> where it comes from.
/// </summary>
public readonly record struct TargetRecord(
    string ProvinceCode, int Year, string Indicator, TargetComparator Comparator, decimal Threshold, decimal? ThresholdHigh,
    TargetBasis Basis, string? Of, int? Lag, int? Due, decimal Weight, TargetSource Source, string? Note, int SourceRow, bool Synthetic);

/// <summary>
/// Provenance of a target: official (every field but the document number given) or example. The
/// fields are as the sources read state them; <see cref="Address"/> is where the wording was read.
/// </summary>
public sealed record TargetSource(
    TargetKind Kind, string? Document, string? Issuer, string? DocNumber, string? Issued, string? Clause, string? Wording, string? Address);
