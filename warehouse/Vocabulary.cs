namespace Analytics.Warehouse;

/// <summary>
/// Reading a vocabulary back from its SQL names: each vocabulary enum has one <c>ToSql</c> mapping,
/// and parsing walks its values through that mapping, so no SQL name is spelled twice.
/// </summary>
public static class Vocabulary
{
    /// <summary>The value of <paramref name="all"/> whose SQL name is exactly <paramref name="sql"/> (ordinal).</summary>
    public static bool TryParse<T>(IReadOnlyList<T> all, Func<T, string> toSql, string sql, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in all)
        {
            if (string.Equals(toSql(candidate), sql, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Names as a sentence lists them: "actual, target or plan".</summary>
    public static string Either(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count < 2 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " or " + list[^1];
    }
}
