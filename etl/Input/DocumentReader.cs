using System.Security.Cryptography;

namespace Analytics.Etl.Input;

/// <summary>
/// Reads report files: plain text in UTF-8, UTF-16 or GB18030 (see <see cref="TextDecoder"/>),
/// Word .docx (see <see cref="DocxText"/>), PDF (see <see cref="PdfText"/>; a page without a text
/// layer is read by OCR) and scanned images (<see cref="FileKinds.Images"/>) by OCR (see <see cref="Tesseract"/>).
/// Anything else fails with a <see cref="DocumentReadException"/> that says what the file is and what to do.
/// </summary>
public static class DocumentReader
{
    /// <param name="progress">For files read page by page (PDF, scans): called after each page with (done, total).</param>
    public static DecodedDocument Read(string path, Action<int, int>? progress = null)
    {
        var bytes = ReadBytes(path);
        if (bytes.Length == 0)
        {
            throw new DocumentReadException(path, null, "is empty");
        }

        var isPdf = bytes.AsSpan().StartsWith("%PDF"u8);
        if (!isPdf && FileKinds.IsPdf(path))
        {
            throw new DocumentReadException(path, 0, "is named .pdf but does not start with %PDF: damaged or not a PDF / 文件名为 .pdf，但内容不是 PDF（已损坏或并非 PDF）");
        }

        var (text, encoding, confidence) = isPdf ? Pdf(bytes, path, progress)
            : FileKinds.IsImage(path) ? Image(path, progress)
            : FileKinds.IsDocx(path) ? (DocxText.Extract(bytes, path), "docx", null)
            : Plain(bytes, path);
        return new DecodedDocument(
            System.IO.Path.GetFileName(path),
            System.IO.Path.GetFullPath(path),
            text,
            encoding,
            Convert.ToHexStringLower(SHA256.HashData(bytes)),
            bytes.LongLength,
            confidence);
    }

    // A PDF's pages without a text layer go through OCR; encoding "pdf+ocr" says that some did.
    private static (string, string, float[]?) Pdf(byte[] bytes, string path, Action<int, int>? progress)
    {
        var pdf = PdfText.Extract(bytes, path, (page, height) => Tesseract.ReadPdfPage(path, page, height), progress);
        if (pdf.Text.Length == 0)
        {
            throw new DocumentReadException(path, null, pdf.Scanned.Count == pdf.Count
                ? "is a scanned PDF in which OCR found no text (扫描件未识别出文字)"
                : "is a PDF with no readable text (无可读文字)");
        }

        return (pdf.Text, pdf.Scanned.Count > 0 ? "pdf+ocr" : "pdf", pdf.Confidence);
    }

    private static (string, string, float[]?) Plain(byte[] bytes, string path)
    {
        var (text, encoding) = TextDecoder.Decode(bytes, path);
        return (text, encoding, null);
    }

    private static (string, string, float[]?) Image(string path, Action<int, int>? progress)
    {
        progress?.Invoke(0, 1);
        var pages = Tesseract.Read(path, path, Tesseract.Dpi);
        var text = PdfText.Layout([.. pages.Select(PdfLayout.Rows)]);
        progress?.Invoke(1, 1);
        if (text.Length == 0)
        {
            throw new DocumentReadException(path, null, "is an image in which OCR found no text (图片未识别出文字)");
        }

        return (text.ToString(), "ocr", text.Confidence());
    }

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
