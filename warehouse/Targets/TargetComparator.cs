namespace Analytics.Warehouse.Targets;

/// <summary>
/// How the measured value must stand to the threshold: at least, at most, equal, or inside a range
/// (threshold to threshold_high; above the range counts as met, as a plan's "35–40张" asks for at
/// least 35). Stored in <c>targets.comparator</c> by <see cref="TargetComparators.ToSql"/>.
/// </summary>
public enum TargetComparator
{
    AtLeast,
    AtMost,
    Equal,
    Range,
}

/// <summary>The one mapping of <see cref="TargetComparator"/> to and from its SQL name.</summary>
public static class TargetComparators
{
    public static string ToSql(this TargetComparator comparator) => comparator switch
    {
        TargetComparator.AtLeast => ">=",
        TargetComparator.AtMost => "<=",
        TargetComparator.Equal => "=",
        TargetComparator.Range => "range",
        _ => throw new ArgumentOutOfRangeException(nameof(comparator)),
    };

    /// <summary>Also the forms people type: ≥, ≤, &gt;, &lt;, ==, between.</summary>
    public static bool TryParse(string text, out TargetComparator comparator)
    {
        TargetComparator? parsed = text.Trim().Replace('≥', '>').Replace('≤', '<').ToLowerInvariant() switch
        {
            ">=" or ">" => TargetComparator.AtLeast,
            "<=" or "<" => TargetComparator.AtMost,
            "=" or "==" => TargetComparator.Equal,
            "range" or "between" => TargetComparator.Range,
            _ => null,
        };
        comparator = parsed ?? default;
        return parsed is not null;
    }

    /// <summary>The comparator a warehouse row names; an unknown name is a schema violation.</summary>
    public static TargetComparator Parse(string text) =>
        TryParse(text, out var c) ? c : throw new InvalidDataException($"targets.comparator '{text}' is not a known comparator");
}
