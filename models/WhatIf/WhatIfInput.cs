using Analytics.Warehouse.Targets;

namespace Analytics.Models.WhatIf;

/// <summary>
/// A base-year input the model reads: an indicator code (or <c>residents</c> / <c>residents_60plus</c>
/// from the population table), or, with <paramref name="TargetBasis"/>, the province's target for
/// that indicator on that basis (per 1,000 aged 60+, per 10,000 residents).
/// </summary>
public sealed record WhatIfInput(string Indicator, TargetBasis? TargetBasis = null);
