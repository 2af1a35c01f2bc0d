namespace Analytics.Web.Scoring;

/// <summary>The five assessment families the scorecard reports a sub-score for, in display order.</summary>
public static class Families
{
    public static readonly IReadOnlyList<string> All =
        ["social_assistance", "elderly_care", "burial", "social_work", "charity"];

    /// <summary>Display position of a family; families outside the five come last.</summary>
    public static int Order(string family)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == family)
            {
                return i;
            }
        }

        return All.Count;
    }

    public static string Name(string family, bool english) => (family, english) switch
    {
        ("social_assistance", false) => "社会救助",
        ("social_assistance", true) => "Social assistance",
        ("elderly_care", false) => "养老服务",
        ("elderly_care", true) => "Elderly care",
        ("burial", false) => "殡葬管理",
        ("burial", true) => "Burial",
        ("social_work", false) => "社会工作",
        ("social_work", true) => "Social work",
        ("charity", false) => "慈善事业",
        ("charity", true) => "Charity",
        ("social_affairs", false) => "社会事务",
        ("social_affairs", true) => "Social affairs",
        _ => family,
    };
}
