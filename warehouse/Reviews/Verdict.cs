namespace Analytics.Warehouse.Reviews;

/// <summary>
/// What a person decided about a number the extractor read from prose: it is right
/// (<see cref="Confirmed"/>), it is wrong and here is the right value, year or indicator
/// (<see cref="Corrected"/>), or the sentence states no such figure (<see cref="Rejected"/>).
/// </summary>
public enum Verdict
{
    Confirmed,
    Corrected,
    Rejected,
}

/// <summary>The one mapping of <see cref="Verdict"/> to its SQL name and to the words of the review sheet's drop-down list.</summary>
public static class Verdicts
{
    /// <summary>The sheet's drop-down list, in order: 确认 confirm, 更正 correct, 驳回 reject.</summary>
    public static readonly IReadOnlyList<string> Words = ["确认", "更正", "驳回"];

    public static readonly IReadOnlyList<Verdict> All = Enum.GetValues<Verdict>();

    public static string ToSql(this Verdict verdict) => verdict switch
    {
        Verdict.Confirmed => "confirmed",
        Verdict.Corrected => "corrected",
        Verdict.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };

    /// <summary>The sheet's word for the verdict.</summary>
    public static string Word(this Verdict verdict) => Words[(int)verdict];

    /// <summary>A verdict as a reviewer writes it: the list's Chinese word, or its English gloss.</summary>
    public static bool TryParseWord(string text, out Verdict verdict)
    {
        Verdict? parsed = text.Trim().ToLowerInvariant() switch
        {
            "确认" or "confirm" or "confirmed" => Verdict.Confirmed,
            "更正" or "correct" or "corrected" => Verdict.Corrected,
            "驳回" or "reject" or "rejected" => Verdict.Rejected,
            _ => null,
        };
        verdict = parsed ?? default;
        return parsed is not null;
    }

    public static Verdict Parse(string sql) =>
        Vocabulary.TryParse(All, ToSql, sql, out var verdict) ? verdict
        : throw new InvalidDataException($"reviews.verdict '{sql}' is not confirmed, corrected or rejected");
}
