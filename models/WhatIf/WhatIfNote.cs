using Analytics.Warehouse.Targets;

namespace Analytics.Models.WhatIf;

/// <summary>
/// Something the reader of a what-if run should know, as data: a <see cref="Kind"/> and its typed
/// parameters, never prose. The CLI and the web each put notes into words in their own languages.
/// </summary>
public abstract record WhatIfNote
{
    public abstract WhatIfNoteKind Kind { get; }

    /// <summary><paramref name="Indicator"/> of a city or province is the sum of its <paramref name="Counties"/> counties' values.</summary>
    public sealed record CountySum(string Indicator, int Counties) : WhatIfNote
    {
        public override WhatIfNoteKind Kind => WhatIfNoteKind.CountySum;
    }

    /// <summary>The aggregate's <paramref name="Indicator"/> (a standard) is its <paramref name="Counties"/> counties' mean weighted by dibao recipients.</summary>
    public sealed record WeightedStandard(string Indicator, int Counties) : WhatIfNote
    {
        public override WhatIfNoteKind Kind => WhatIfNoteKind.WeightedStandard;
    }

    /// <summary>
    /// The province's latest target for <paramref name="Indicator"/> (its own, or the national one it
    /// inherits): <paramref name="Threshold"/> on <paramref name="Basis"/> (the low end of a range), set
    /// for <paramref name="Year"/>; <paramref name="Official"/> when a published document sets it.
    /// </summary>
    public sealed record Target(string Indicator, double Threshold, TargetBasis Basis, int Year, bool Official) : WhatIfNote
    {
        public override WhatIfNoteKind Kind => WhatIfNoteKind.Target;
    }

    /// <summary>The base-year take-up <paramref name="TakeUp"/> is assumed (no measurement was given).</summary>
    public sealed record TakeUpAssumed(double TakeUp) : WhatIfNote
    {
        public override WhatIfNoteKind Kind => WhatIfNoteKind.TakeUpAssumed;
    }

    /// <summary>The base-year take-up was measured on a household file.</summary>
    public sealed record TakeUpMeasured(TakeUpMeasurement Measurement) : WhatIfNote
    {
        public override WhatIfNoteKind Kind => WhatIfNoteKind.TakeUpMeasured;
    }

    /// <summary>
    /// In the scenario the stock <paramref name="Existing"/> (base year) exceeds the <paramref name="Needed"/>
    /// amount, so the <paramref name="Gap"/> output is shown as 0 rather than negative.
    /// </summary>
    public sealed record GapClamped(WhatIfMeasure Gap, double Existing, double Needed) : WhatIfNote
    {
        public override WhatIfNoteKind Kind => WhatIfNoteKind.GapClamped;
    }

    /// <summary>
    /// <paramref name="Measure"/> cannot be computed for lack of the <paramref name="Missing"/> inputs;
    /// when none is missing, the inputs are present but cannot calibrate the model (e.g. zero recipients).
    /// </summary>
    public sealed record Unavailable(WhatIfMeasure Measure, IReadOnlyList<WhatIfInput> Missing) : WhatIfNote
    {
        public override WhatIfNoteKind Kind => WhatIfNoteKind.Unavailable;
    }
}
