using System.Security.Cryptography;

namespace Analytics.Etl.Input;

/// <summary>
/// Reads report files: plain text in UTF-8, UTF-16 or GB18030 (see <see cref="TextDecoder"/>),
/// Word .docx (see <see cref="DocxText"/>) and PDF with a text layer (see <see cref="PdfText"/>). Anything else fails with a
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

        var (text, encoding) = bytes.AsSpan().StartsWith("%PDF"u8) ? (Pdf(bytes, path), "pdf")
            : IsDocx(path) ? (DocxText.Extract(bytes, path), "docx")
            : TextDecoder.Decode(bytes, path);
        return new DecodedDocument(
            System.IO.Path.GetFileName(path),
            System.IO.Path.GetFullPath(path),
            text,
            encoding,
            Convert.ToHexStringLower(SHA256.HashData(bytes)),
            bytes.LongLength);
    }

    private static string Pdf(byte[] bytes, string path)
    {
        var pdf = PdfText.Extract(bytes, path);
        if (pdf.Text.Length == 0)
        {
            throw new DocumentReadException(path, null, pdf.Scanned.Count == pdf.Count
                ? "is a PDF without a text layer (扫描件，无文字层): its pages are scanned images"
                : "is a PDF with no readable text (无可读文字)");
        }

        return pdf.Text;
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
