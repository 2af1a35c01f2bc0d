namespace Analytics.Warehouse.Targets;

/// <summary>
/// An economic figure of a region and year that a target may be set against (低保标准 as a share of
/// 上年度全体居民人均消费支出). Loaded from the economic-base template into <c>economic_bases</c>,
/// like population; stored by <see cref="EconomicBases.ToSql"/>.
/// </summary>
public enum EconomicBase
{
    /// <summary>全体居民人均消费支出: per-capita consumption expenditure of all residents, yuan per person per year.</summary>
    ConsumptionPerCapita,
}

/// <summary>The one mapping of <see cref="EconomicBase"/> to its SQL name, names and unit.</summary>
public static class EconomicBases
{
    public static readonly IReadOnlyList<EconomicBase> All = Enum.GetValues<EconomicBase>();

    public static string ToSql(this EconomicBase b) => b switch
    {
        EconomicBase.ConsumptionPerCapita => "consumption_per_capita",
        _ => throw new ArgumentOutOfRangeException(nameof(b)),
    };

    public static string NameZh(this EconomicBase b) => b switch
    {
        EconomicBase.ConsumptionPerCapita => "全体居民人均消费支出",
        _ => throw new ArgumentOutOfRangeException(nameof(b)),
    };

    public static string NameEn(this EconomicBase b) => b switch
    {
        EconomicBase.ConsumptionPerCapita => "per-capita consumption expenditure",
        _ => throw new ArgumentOutOfRangeException(nameof(b)),
    };

    /// <summary>Every base is yuan per person per year; a monthly standard is compared as twelve months of it.</summary>
    public const string Unit = "yuan_per_person_year";

    /// <summary>Months in the base's year: a standard in yuan per person per month counts twelve times.</summary>
    public const decimal MonthsPerYear = 12m;

    public static bool TryParse(string text, out EconomicBase b)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToSql(), text.Trim(), StringComparison.OrdinalIgnoreCase) || candidate.NameZh() == text.Trim())
            {
                b = candidate;
                return true;
            }
        }

        b = default;
        return false;
    }

    public static EconomicBase Parse(string text) =>
        TryParse(text, out var b) ? b : throw new InvalidDataException($"economic base '{text}' is not known");
}
