namespace Analytics.Models.WhatIf;

/// <summary>An output of the what-if model, with its names and unit.</summary>
public sealed record WhatIfMeasure(string Code, string NameZh, string NameEn, string Unit)
{
    public static readonly WhatIfMeasure Residents = new("residents", "常住人口", "Residents", "persons");
    public static readonly WhatIfMeasure Aged60Plus = new("residents_60plus", "60岁及以上人口", "Residents aged 60+", "persons");
    public static readonly WhatIfMeasure DibaoPersons = new("dibao_persons", "低保人数", "Dibao recipients", "persons");
    public static readonly WhatIfMeasure DibaoHouseholds = new("dibao_households", "低保户数", "Dibao households", "households");
    public static readonly WhatIfMeasure DibaoPayments = new("dibao_payments", "低保金发放", "Dibao payments", "wan_yuan");
    public static readonly WhatIfMeasure EdgePersons = new("edge_persons", "低保边缘人数", "Edge (near-dibao) persons", "persons");
    public static readonly WhatIfMeasure EdgeHouseholds = new("edge_households", "低保边缘户数", "Edge (near-dibao) households", "households");
    public static readonly WhatIfMeasure BedsNeeded = new("elderly_beds_needed", "达标所需养老床位", "Elderly-care beds needed to meet the target", "beds");
    public static readonly WhatIfMeasure BedsGap = new("elderly_beds_gap", "养老床位缺口", "Elderly-care bed gap", "beds");
    public static readonly WhatIfMeasure FuneralSubsidy = new("funeral_subsidy_persons", "殡葬惠民补助需求", "Funeral benefit demand", "persons");
    public static readonly WhatIfMeasure SocialWorkersNeeded = new("certified_social_workers_needed", "达标所需持证社工", "Certified social workers needed to meet the target", "persons");
    public static readonly WhatIfMeasure SocialWorkersGap = new("certified_social_workers_gap", "持证社工缺口", "Certified social worker gap", "persons");

    /// <summary>Every output, in display order.</summary>
    public static IReadOnlyList<WhatIfMeasure> All { get; } =
    [
        Residents, Aged60Plus, DibaoPersons, DibaoHouseholds, DibaoPayments, EdgePersons, EdgeHouseholds,
        BedsNeeded, BedsGap, FuneralSubsidy, SocialWorkersNeeded, SocialWorkersGap,
    ];
}
