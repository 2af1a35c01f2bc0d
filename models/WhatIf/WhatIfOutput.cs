namespace Analytics.Models.WhatIf;

/// <summary>
/// One output: its base-year value, the reference scenario's and the planner's scenario's values
/// in the target year, and the change split among the drivers (contributions sum to the change).
/// </summary>
public sealed record WhatIfOutput(
    WhatIfMeasure Measure, double BaseYear, double Reference, double Scenario, IReadOnlyList<DriverContribution> Contributions)
{
    public double Change => Scenario - Reference;

    /// <summary>The drivers that moved this output (beyond rounding noise), largest absolute contribution first.</summary>
    public IReadOnlyList<DriverContribution> Moved =>
        Contributions.Where(c => Math.Abs(c.Contribution) > 1e-9 * Math.Max(1, Math.Abs(Reference)))
            .OrderByDescending(c => Math.Abs(c.Contribution)).ToList();

    /// <summary>The driver with the largest absolute contribution, or null when nothing moved.</summary>
    public DriverContribution? MainDriver => Moved.FirstOrDefault();
}
