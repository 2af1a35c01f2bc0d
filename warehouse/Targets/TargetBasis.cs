namespace Analytics.Warehouse.Targets;

/// <summary>
/// What a target's threshold is compared with: the district's value as it is, per head of a
/// population, or relative to another figure of the same district (a ratio, a share, a share of
/// an economic base). Stored in <c>targets.basis</c> by <see cref="TargetBases.ToSql"/>.
/// </summary>
public enum TargetBasis
{
    /// <summary>The value in its own unit (低保标准 ≥ 1,000 元).</summary>
    Absolute,

    /// <summary>Per 10,000 residents (每万人拥有社会组织数 6.5个).</summary>
    Per10kResidents,

    /// <summary>Per 1,000 residents aged 60+ (每千名老年人口拥有养老床位数 35–40张).</summary>
    Per1kAged60Plus,

    /// <summary>A rate the indicator itself is measured in (节地生态安葬率 50%).</summary>
    Percent,

    /// <summary>Value ÷ another indicator of the same district and year (特困供养标准 ≥ 1.3 × 低保标准).</summary>
    Ratio,

    /// <summary>Value ÷ another indicator of the same unit, in percent (护理型床位 ÷ 养老床位 ≥ 55%).</summary>
    Share,

    /// <summary>Value ÷ an economic base of the district, in percent (低保标准 = 30–40% of last year's per-capita consumption).</summary>
    BaseShare,
}

/// <summary>The one mapping of <see cref="TargetBasis"/> to and from its SQL name.</summary>
public static class TargetBases
{
    public static readonly IReadOnlyList<TargetBasis> All = Enum.GetValues<TargetBasis>();

    public static string ToSql(this TargetBasis basis) => basis switch
    {
        TargetBasis.Absolute => "absolute",
        TargetBasis.Per10kResidents => "per_10k_residents",
        TargetBasis.Per1kAged60Plus => "per_1k_aged_60plus",
        TargetBasis.Percent => "percent",
        TargetBasis.Ratio => "ratio",
        TargetBasis.Share => "share",
        TargetBasis.BaseShare => "base_share",
        _ => throw new ArgumentOutOfRangeException(nameof(basis)),
    };

    public static bool TryParse(string text, out TargetBasis basis)
    {
        foreach (var b in All)
        {
            if (string.Equals(b.ToSql(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                basis = b;
                return true;
            }
        }

        basis = default;
        return false;
    }

    /// <summary>The basis a warehouse row names; an unknown name is a schema violation, not user input.</summary>
    public static TargetBasis Parse(string text) =>
        TryParse(text, out var b) ? b : throw new InvalidDataException($"targets.basis '{text}' is not a known basis");

    /// <summary>Bases measured against a second indicator of the same district (named in <c>of</c>).</summary>
    public static bool NeedsIndicator(this TargetBasis basis) => basis is TargetBasis.Ratio or TargetBasis.Share;

    /// <summary>Bases whose threshold is a percentage: the indicator's own rate, or a share.</summary>
    public static bool IsPercentage(this TargetBasis basis) => basis is TargetBasis.Percent or TargetBasis.Share or TargetBasis.BaseShare;

    /// <summary>Bases that divide by a population (and are missing without one).</summary>
    public static bool IsPerCapita(this TargetBasis basis) => basis is TargetBasis.Per10kResidents or TargetBasis.Per1kAged60Plus;
}
