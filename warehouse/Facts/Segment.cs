namespace Analytics.Warehouse.Facts;

/// <summary>
/// The part of a district a figure covers when it is not the whole: its towns, its countryside, or
/// some other part of a total (其中). A whole-district figure has none (SQL NULL). Stored in
/// <c>facts.segment</c> by <see cref="Segments.ToSql"/>.
/// </summary>
public enum Segment
{
    Urban,
    Rural,
    Part,
}

/// <summary>The one mapping of <see cref="Segment"/> to and from its SQL name.</summary>
public static class Segments
{
    public static readonly IReadOnlyList<Segment> All = Enum.GetValues<Segment>();

    public static string ToSql(this Segment segment) => segment switch
    {
        Segment.Urban => "urban",
        Segment.Rural => "rural",
        Segment.Part => "part",
        _ => throw new ArgumentOutOfRangeException(nameof(segment)),
    };

    /// <summary>The SQL name of a segment, or null for a whole-district figure.</summary>
    public static string? ToSql(this Segment? segment) => segment?.ToSql();

    /// <summary>The segment whose SQL name is exactly <paramref name="sql"/> (ordinal, as stored).</summary>
    public static bool TryParse(string sql, out Segment segment) => Vocabulary.TryParse(All, ToSql, sql, out segment);

    /// <summary>The segment a warehouse row names, null staying null; an unknown name is a schema violation.</summary>
    public static Segment? Parse(string? sql) =>
        sql is null ? null
        : TryParse(sql, out var s) ? s
        : throw new InvalidDataException($"facts.segment '{sql}' is not a known segment");
}
