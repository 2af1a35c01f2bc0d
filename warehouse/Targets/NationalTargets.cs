namespace Analytics.Warehouse.Targets;

/// <summary>
/// National targets (the State Council's and the ministries' plans) are stored under a code of their
/// own, which no GB/T 2260 division uses; each province inherits them where it sets nothing itself
/// (the <c>effective_targets</c> view).
/// </summary>
public static class NationalTargets
{
    public const string Code = "000000";

    /// <summary>How a targets file may name the nation in its province column.</summary>
    public static bool Names(string text) =>
        text.Trim() is Code or "全国" or "国家" or "中华人民共和国"
        || string.Equals(text.Trim(), "national", StringComparison.OrdinalIgnoreCase);
}
