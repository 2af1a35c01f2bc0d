namespace Analytics.Models.WhatIf;

/// <summary>The drivers a planner moves; each output's change is attributed among these.</summary>
public enum WhatIfDriver
{
    /// <summary>Growth of residents aged 60+, %/yr.</summary>
    AgedGrowth,

    /// <summary>Growth of the dibao standard, %/yr.</summary>
    StandardGrowth,

    /// <summary>Edge (低保边缘) households: per-capita income below this multiple of the standard.</summary>
    EdgeMultiplier,

    /// <summary>Share of income-eligible people who are enrolled.</summary>
    TakeUp,
}
