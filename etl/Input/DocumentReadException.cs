namespace Analytics.Etl.Input;

/// <summary>
/// A file that cannot be read as a report. The message starts with the file's path and ends with
/// the byte offset of the problem when there is one, so a user can open the file and look;
/// <see cref="Reason"/> is the same without the path, for what the warehouse records (the file's name
/// has its own column there, and the loading machine's folders are no one else's business).
/// </summary>
public sealed class DocumentReadException(string path, long? offset, string message)
    : Exception($"{path} {Describe(offset, message)}")
{
    public string Path { get; } = path;

    public long? Offset { get; } = offset;

    /// <summary>What is wrong and where in the file, without the file's path.</summary>
    public string Reason { get; } = Describe(offset, message);

    private static string Describe(long? offset, string message) =>
        offset is null ? message : $"{message} (byte offset {offset})";
}
