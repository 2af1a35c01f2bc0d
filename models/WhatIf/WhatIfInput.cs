namespace Analytics.Models.WhatIf;

/// <summary>
/// A base-year input the model reads: an indicator code (or <c>residents</c> / <c>residents_60plus</c>
/// from the population table), or, with <paramref name="TargetBasis"/>, the province's target for
/// that indicator on that basis (<c>per_1k_aged_60plus</c>, <c>per_10k_residents</c>).
/// </summary>
public sealed record WhatIfInput(string Indicator, string? TargetBasis = null);
