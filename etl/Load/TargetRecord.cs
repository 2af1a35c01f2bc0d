namespace Analytics.Etl.Load;

/// <summary>
/// A provincial assessment target: the indicator must compare (<c>&gt;=</c>, <c>&lt;=</c>, <c>=</c>)
/// with the threshold on a basis (absolute, per 10,000 residents, per 1,000 residents aged 60+,
/// percent), weighted in the scorecard; the note says where the target comes from.
/// </summary>
public readonly record struct TargetRecord(
    string ProvinceCode, int Year, string Indicator, string Comparator, decimal Threshold,
    string Basis, decimal Weight, string? Note, int SourceRow, bool Synthetic);
