namespace Analytics.Models.WhatIf;

/// <summary>A what-if run: its inputs, every computable output with its attribution, and what could not be computed.</summary>
/// <param name="PaymentScale">Base-year payments over the modelled gap-filling cost (1 = the whole gap is paid).</param>
/// <param name="Notes">
/// What the reader should know, as structured notes: the baseline's (aggregates, targets), then the
/// run's (where the base take-up came from, gaps shown as 0). Unavailable outputs are in <paramref name="Unavailable"/>.
/// </param>
public sealed record WhatIfResult(
    WhatIfBaseline Baseline,
    WhatIfDrivers Drivers,
    WhatIfDrivers Reference,
    WhatIfAssumptions Assumptions,
    IReadOnlyList<WhatIfOutput> Outputs,
    IReadOnlyList<WhatIfNote.Unavailable> Unavailable,
    double? PaymentScale,
    IReadOnlyList<WhatIfNote> Notes)
{
    /// <summary>The output for a measure, or null when it was unavailable.</summary>
    public WhatIfOutput? this[WhatIfMeasure measure] => Outputs.FirstOrDefault(o => o.Measure == measure);
}
