namespace Analytics.Models.Households;

/// <summary>
/// The classifier's features, in vector order, with the names reasons are given in. Money is
/// measured against the region's dibao standard, so one model serves counties with different standards.
/// </summary>
public static class RiskFeatures
{
    public const int Count = 19;

    /// <summary>English key and Chinese label of each feature, in vector order.</summary>
    public static IReadOnlyList<(string Key, string Label)> Names { get; } =
    [
        ("income_ratio", "人均收入/低保标准"),
        ("net_income_ratio", "扣除刚性支出后人均收入/低保标准"),
        ("medical_burden", "人均医疗支出/低保标准"),
        ("education_burden", "人均教育支出/低保标准"),
        ("members", "家庭人口"),
        ("head_age", "户主年龄"),
        ("children", "未成年人数"),
        ("elderly", "老年人数"),
        ("disabled", "残疾人数"),
        ("chronic_ill", "慢性病人数"),
        ("employed", "就业人数"),
        ("jobless_adults", "劳动年龄未就业人数"),
        ("housing_rented", "租房"),
        ("housing_public_rental", "公租房"),
        ("housing_dilapidated", "危旧房"),
        ("on_dibao", "在册低保"),
        ("on_edge", "低保边缘"),
        ("edge_multiplier", "低边倍数"),
        ("policy_margin", "低保/低边/支出型政策线距离"),
    ];

    /// <summary>A feature's name as reasons print it: <c>chronic_ill 慢性病人数</c>.</summary>
    public static string Describe(int index) => $"{Names[index].Key} {Names[index].Label}";

    public static float[] Of(Household h, double standard, double edgeMultiplier)
    {
        var perCapita = h.MonthlyIncome / h.Members;
        var spending = (h.MedicalSpending + h.EducationSpending) / 12;
        return
        [
            (float)(perCapita / standard),
            (float)((h.MonthlyIncome - spending) / h.Members / standard),
            (float)(h.MedicalSpending / 12 / h.Members / standard),
            (float)(h.EducationSpending / 12 / h.Members / standard),
            h.Members, h.HeadAge, h.Children, h.Elderly, h.Disabled, h.ChronicIll, h.Employed,
            Math.Max(0, h.Members - h.Children - h.Elderly - h.Employed),
            h.Housing == Housing.Rented ? 1 : 0,
            h.Housing == Housing.PublicRental ? 1 : 0,
            h.Housing == Housing.Dilapidated ? 1 : 0,
            h.Assistance == Assistance.Dibao ? 1 : 0,
            h.Assistance == Assistance.Edge ? 1 : 0,
            (float)edgeMultiplier,
            (float)RuleScore(h, standard, edgeMultiplier),
        ];
    }

    /// <summary>
    /// The rule baseline's score: how far the household is inside the policy lines on the roster's
    /// figures, max(edge × standard ÷ per-capita income, standard ÷ per-capita income net of rigid
    /// spending). At or above 1 the rules flag it.
    /// </summary>
    public static double RuleScore(Household h, double standard, double edgeMultiplier)
    {
        var perCapita = Math.Max(h.MonthlyIncome / h.Members, 1);
        var net = Math.Max((h.MonthlyIncome - ((h.MedicalSpending + h.EducationSpending) / 12)) / h.Members, 1);
        return Math.Max(edgeMultiplier * standard / perCapita, standard / net);
    }
}
