namespace Analytics.Warehouse.Facts;

/// <summary>
/// How exactly the text states the number: 约 is approx, 余/多/超/以上/逾 at least, 不到/以内 at most.
/// Stored in <c>facts.qualifier</c> by <see cref="Qualifiers.ToSql"/>.
/// </summary>
public enum Qualifier
{
    Exact,
    Approx,
    AtLeast,
    AtMost,
}

/// <summary>The one mapping of <see cref="Qualifier"/> to and from its SQL name.</summary>
public static class Qualifiers
{
    public static readonly IReadOnlyList<Qualifier> All = Enum.GetValues<Qualifier>();

    public static string ToSql(this Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "exact",
        Qualifier.Approx => "approx",
        Qualifier.AtLeast => "at_least",
        Qualifier.AtMost => "at_most",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier)),
    };

    /// <summary>The qualifier whose SQL name is exactly <paramref name="sql"/> (ordinal, as stored).</summary>
    public static bool TryParse(string sql, out Qualifier qualifier) => Vocabulary.TryParse(All, ToSql, sql, out qualifier);

    /// <summary>The qualifier a warehouse row names; an unknown name is a schema violation.</summary>
    public static Qualifier Parse(string sql) =>
        TryParse(sql, out var q) ? q : throw new InvalidDataException($"facts.qualifier '{sql}' is not a known qualifier");
}
