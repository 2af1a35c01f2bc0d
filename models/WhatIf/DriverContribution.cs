namespace Analytics.Models.WhatIf;

/// <summary>How much one driver, moved from its reference value to its scenario value, changed an output (its Shapley value).</summary>
public sealed record DriverContribution(WhatIfDriver Driver, double From, double To, double Contribution)
{
    public string NameZh => Driver switch
    {
        WhatIfDriver.AgedGrowth => "60岁及以上人口增长",
        WhatIfDriver.StandardGrowth => "低保标准增长",
        WhatIfDriver.EdgeMultiplier => "低保边缘倍数",
        _ => "参保率",
    };

    public string NameEn => Driver switch
    {
        WhatIfDriver.AgedGrowth => "growth of residents aged 60+",
        WhatIfDriver.StandardGrowth => "dibao standard growth",
        WhatIfDriver.EdgeMultiplier => "edge-household multiplier",
        _ => "take-up rate",
    };
}
