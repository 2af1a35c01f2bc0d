namespace Analytics.Models.WhatIf;

/// <summary>What a <see cref="WhatIfNote"/> tells the reader; each kind has its own parameters.</summary>
public enum WhatIfNoteKind
{
    /// <summary>A city's or province's value is the sum over its counties (<see cref="WhatIfNote.CountySum"/>).</summary>
    CountySum,

    /// <summary>An aggregate's dibao standard is the recipient-weighted mean of its counties' (<see cref="WhatIfNote.WeightedStandard"/>).</summary>
    WeightedStandard,

    /// <summary>The province's target used for "needed" and "gap" outputs (<see cref="WhatIfNote.Target"/>).</summary>
    Target,

    /// <summary>The base-year take-up is an assumption, not a measurement (<see cref="WhatIfNote.TakeUpAssumed"/>).</summary>
    TakeUpAssumed,

    /// <summary>The base-year take-up was measured on a household file (<see cref="WhatIfNote.TakeUpMeasured"/>).</summary>
    TakeUpMeasured,

    /// <summary>A gap came out negative in the scenario (stock above need) and is shown as 0 (<see cref="WhatIfNote.GapClamped"/>).</summary>
    GapClamped,

    /// <summary>An output the baseline cannot support, with the inputs it lacks (<see cref="WhatIfNote.Unavailable"/>).</summary>
    Unavailable,
}
