namespace Analytics.Etl.Load;

/// <summary>
/// A row or statement the load refused, with where it was (file row, 1 = header; or character
/// offset in a report) and why. Lands in the quarantine table; nothing else about the file is lost.
/// </summary>
public sealed record Rejection(int? Row, int? Offset, string Reason, string? Raw)
{
    public static Rejection AtRow(int row, string reason, string? raw = null) => new(row, null, reason, raw);

    public static Rejection AtOffset(int offset, string reason, string? raw = null) => new(null, offset, reason, raw);

    public static Rejection WholeFile(string reason) => new(null, null, reason, null);
}
