namespace Analytics.Warehouse.Catalog;

/// <summary>
/// One row of the indicator catalog: what a statistic is called, which family of the
/// assessment it belongs to, its canonical unit and the Chinese phrases that name it in prose.
/// </summary>
public sealed record Indicator(
    string Code,
    string Family,
    string NameZh,
    string NameEn,
    IReadOnlyList<string> AliasesZh,
    string Unit,
    string Kind,
    string Direction,
    IReadOnlyList<string> ExcludeZh)
{
    /// <summary>Stocks (counts at a date) and standards are levels; flows add up over a period.</summary>
    public bool IsFlow => Kind == "flow";

    /// <summary>A per-person standard, reported per month or per year.</summary>
    public bool IsStandard => Kind == "standard";
}
