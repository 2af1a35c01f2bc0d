namespace Analytics.Models.WhatIf;

/// <summary>A what-if run: its inputs, every computable output with its attribution, and what could not be computed.</summary>
/// <param name="PaymentScale">Base-year payments over the modelled gap-filling cost (1 = the whole gap is paid).</param>
public sealed record WhatIfResult(
    WhatIfBaseline Baseline,
    WhatIfDrivers Drivers,
    WhatIfDrivers Reference,
    WhatIfAssumptions Assumptions,
    IReadOnlyList<WhatIfOutput> Outputs,
    IReadOnlyList<WhatIfUnavailable> Unavailable,
    double? PaymentScale)
{
    /// <summary>The output for a measure, or null when it was unavailable.</summary>
    public WhatIfOutput? this[WhatIfMeasure measure] => Outputs.FirstOrDefault(o => o.Measure == measure);
}
