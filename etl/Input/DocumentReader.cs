using System.Security.Cryptography;

namespace Analytics.Etl.Input;

/// <summary>
/// Reads report files: plain text in UTF-8, UTF-16 or GB18030 (see <see cref="TextDecoder"/>)
/// and Word .docx (see <see cref="DocxText"/>). Anything else fails with a
/// <see cref="DocumentReadException"/> that says what the file is and what to do.
/// </summary>
public static class DocumentReader
{
    private static readonly string[] DocumentExtensions = [".txt", ".md", ".docx"];

    public static DecodedDocument Read(string path)
    {
        var bytes = ReadBytes(path);
        if (bytes.Length == 0)
        {
            throw new DocumentReadException(path, null, "is empty");
        }

        if (bytes.AsSpan().StartsWith("%PDF"u8))
        {
            throw new DocumentReadException(path, null, "is a PDF; convert it to text or .docx first");
        }

        var (text, encoding) = IsDocx(path) ? (DocxText.Extract(bytes, path), "docx") : TextDecoder.Decode(bytes, path);
        return new DecodedDocument(
            System.IO.Path.GetFileName(path),
            System.IO.Path.GetFullPath(path),
            text,
            encoding,
            Convert.ToHexStringLower(SHA256.HashData(bytes)),
            bytes.LongLength);
    }

    /// <summary>
    /// The files to read, in order. A directory stands for its *.txt, *.md and *.docx files at any
    /// depth, sorted by ordinal path (Word's ~$ lock files left out); a file named explicitly is
    /// passed through whatever its extension, so that <see cref="Read"/> can say why it is unusable.
    /// </summary>
    public static IEnumerable<string> Expand(IEnumerable<string> filesOrDirectories)
    {
        foreach (var item in filesOrDirectories)
        {
            if (!Directory.Exists(item))
            {
                yield return item;
                continue;
            }

            var files = Directory.EnumerateFiles(item, "*", SearchOption.AllDirectories)
                .Where(IsDocument)
                .Order(StringComparer.Ordinal)
                .ToList();
            foreach (var file in files)
            {
                yield return file;
            }
        }
    }

    private static bool IsDocument(string file) =>
        DocumentExtensions.Contains(System.IO.Path.GetExtension(file), StringComparer.OrdinalIgnoreCase)
        && !System.IO.Path.GetFileName(file).StartsWith("~$", StringComparison.Ordinal);

    private static bool IsDocx(string path) =>
        System.IO.Path.GetExtension(path).Equals(".docx", StringComparison.OrdinalIgnoreCase);

    private static byte[] ReadBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DocumentReadException(path, null, "does not exist");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(path, null, "cannot be read: " + e.Message);
        }
    }
}
