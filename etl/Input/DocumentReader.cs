using System.Security.Cryptography;

namespace Analytics.Etl.Input;

/// <summary>
/// Reads report files: plain text in UTF-8, UTF-16 or GB18030 (see <see cref="TextDecoder"/>)
/// and Word .docx (see <see cref="DocxText"/>). Anything else fails with a
/// <see cref="DocumentReadException"/> that says what the file is and what to do.
/// </summary>
public static class DocumentReader
{
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
