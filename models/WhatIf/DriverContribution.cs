namespace Analytics.Models.WhatIf;

/// <summary>
/// How much one driver, moved from its reference value <paramref name="From"/> to its scenario value
/// <paramref name="To"/>, changed an output: its Shapley value <paramref name="Contribution"/>, in the
/// output's <paramref name="Unit"/> (a canonical unit code of data/units.csv, e.g. <c>persons</c>).
/// </summary>
public sealed record DriverContribution(WhatIfDriver Driver, double From, double To, double Contribution, string Unit);
