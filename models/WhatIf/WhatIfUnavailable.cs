namespace Analytics.Models.WhatIf;

/// <summary>An output the baseline cannot support, and the inputs it lacks.</summary>
public sealed record WhatIfUnavailable(WhatIfMeasure Measure, string Reason);
