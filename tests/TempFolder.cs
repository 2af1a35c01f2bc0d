namespace Analytics.Tests;

/// <summary>
/// A fresh folder under the system temp directory, deleted with everything in it on dispose; the
/// one temporary folder of the tests (tests/Architecture holds them to it).
/// </summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "analytics-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>The path of <paramref name="relativePath"/> inside the folder; nothing is created.</summary>
    public string File(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    /// <summary>Writes <paramref name="content"/> as UTF-8 (no byte-order mark), creating the folders on the way.</summary>
    public string Write(string relativePath, string content) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(content));

    /// <summary>Writes <paramref name="bytes"/>, creating the folders on the way.</summary>
    public string Write(string relativePath, byte[] bytes)
    {
        var path = File(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!); // a path inside the folder always has a directory
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A native handle may linger for a moment after dispose; the OS temp cleaner takes the rest.
        }
    }
}
