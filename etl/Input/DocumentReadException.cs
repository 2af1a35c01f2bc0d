namespace Analytics.Etl.Input;

/// <summary>
/// A file that cannot be read as a report. The message starts with the file's path and ends with
/// the byte offset of the problem when there is one, so a user can open the file and look.
/// </summary>
public sealed class DocumentReadException(string path, long? offset, string message)
    : Exception(offset is null ? $"{path} {message}" : $"{path} {message} (byte offset {offset})")
{
    public string Path { get; } = path;

    public long? Offset { get; } = offset;
}
