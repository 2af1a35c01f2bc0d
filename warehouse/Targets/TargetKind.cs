namespace Analytics.Warehouse.Targets;

/// <summary>
/// Where a target comes from: <see cref="Official"/> is stated in a published document, whose
/// title, issuer, date, clause, wording and address the row carries; <see cref="Example"/> is not
/// (invented for the demo, or a working figure without a source). Every page and export says which.
/// </summary>
public enum TargetKind
{
    Official,
    Example,
}

/// <summary>The one mapping of <see cref="TargetKind"/> to and from its SQL name.</summary>
public static class TargetKinds
{
    public static string ToSql(this TargetKind kind) => kind switch
    {
        TargetKind.Official => "official",
        TargetKind.Example => "example",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParse(string text, out TargetKind kind)
    {
        TargetKind? parsed = text.Trim().ToLowerInvariant() switch
        {
            "official" or "官方" => TargetKind.Official,
            "example" or "示例" => TargetKind.Example,
            _ => null,
        };
        kind = parsed ?? default;
        return parsed is not null;
    }

    public static TargetKind Parse(string text) =>
        TryParse(text, out var k) ? k : throw new InvalidDataException($"targets.kind '{text}' is not official or example");
}
