using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Analytics.Etl.Input;

/// <summary>
/// Optical character recognition with Tesseract and its simplified-Chinese data (Debian's
/// tesseract-ocr and tesseract-ocr-chi-sim, installed by scripts/setup.sh), and poppler's pdftoppm
/// to turn a scanned PDF page into an image. Words come back as <see cref="PdfGlyph"/>s in points,
/// with Tesseract's confidence, so that a scan is laid out like a text layer (<see cref="PdfText.Layout"/>).
/// </summary>
internal static class Tesseract
{
    /// <summary>Resolution scanned PDF pages are rendered at for recognition.</summary>
    public const int Dpi = 200;

    private const string Language = "chi_sim";

    /// <summary>A word box smaller than this share of its line's height is a speck, not a mark: 。 is about a third.</summary>
    private const double SpeckSize = 0.2;

    private static readonly Lazy<string?> Problem = new(FindProblem);

    /// <summary>Why OCR cannot run here (Chinese first), or null when it can.</summary>
    public static string? Missing => Problem.Value;

    /// <summary>The words of every page of an image file (a TIFF may hold several), in points, y upwards.</summary>
    public static List<List<PdfGlyph>> Read(string image, string document, int dpi, double? pageHeight = null)
    {
        if (Missing is { } missing)
        {
            throw new DocumentReadException(document, null, missing);
        }

        var tsv = Run("tesseract", document, image, "stdout", "-l", Language, "--dpi", dpi.ToString(CultureInfo.InvariantCulture), "tsv");
        return Words(tsv, 72.0 / dpi, pageHeight);
    }

    /// <summary>Renders one page of a PDF with pdftoppm and reads it.</summary>
    public static List<PdfGlyph> ReadPdfPage(string pdf, int page, double pageHeight)
    {
        if (Missing is { } missing)
        {
            throw new DocumentReadException(pdf, null, missing);
        }

        var folder = Directory.CreateTempSubdirectory("analytics-ocr-").FullName;
        try
        {
            var number = page.ToString(CultureInfo.InvariantCulture);
            var image = Path.Combine(folder, "page");
            Run("pdftoppm", pdf, "-r", Dpi.ToString(CultureInfo.InvariantCulture), "-f", number, "-l", number, "-gray", "-png", "-singlefile", pdf, image);
            return [.. Read(image + ".png", pdf, Dpi, pageHeight).SelectMany(p => p)];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Tesseract's TSV: level page block par line word left top width height conf text; a line (level 4)
    // gives its words (level 5) one baseline, the bottom of the line's box, so that they form one row.
    internal static List<List<PdfGlyph>> Words(string tsv, double scale, double? pageHeight)
    {
        var pages = new List<List<PdfGlyph>>();
        var (height, baseline, size) = (0.0, 0.0, 0.0);
        foreach (var line in tsv.Split('\n').Skip(1))
        {
            var f = line.TrimEnd('\r').Split('\t');
            if (f.Length < 12)
            {
                continue;
            }

            var (left, top, width, tall) = (Number(f[6]) * scale, Number(f[7]) * scale, Number(f[8]) * scale, Number(f[9]) * scale);
            switch (f[0])
            {
                case "1":
                    pages.Add([]);
                    height = pageHeight ?? tall;
                    break;
                case "4":
                    (baseline, size) = (height - (top + tall), tall);
                    break;
                // A speck of dust read as a full stop: a box far smaller than the line's characters.
                case "5" when f[11].Trim().Length > 0 && pages.Count > 0 && Math.Max(width, tall) >= SpeckSize * size:
                    pages[^1].Add(new PdfGlyph(f[11].Trim(), left, left + width, baseline, size,
                        float.Parse(f[10], NumberStyles.Float, CultureInfo.InvariantCulture)));
                    break;
            }
        }

        return pages;
    }

    private static double Number(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string? FindProblem()
    {
        string languages;
        try
        {
            languages = Run("tesseract", "tesseract", "--list-langs");
        }
        catch (DocumentReadException)
        {
            return "needs OCR, but Tesseract is not installed (未安装 OCR): install tesseract-ocr and tesseract-ocr-chi-sim (scripts/setup.sh)";
        }

        return languages.Split('\n').Any(l => l.Trim() == Language)
            ? null
            : "needs OCR, but Tesseract has no simplified-Chinese data (未安装中文 OCR 数据): install tesseract-ocr-chi-sim (scripts/setup.sh)";
    }

    private static string Run(string program, string document, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // One thread per page: Tesseract's OpenMP threads only contend on a small shared machine.
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        try
        {
            using var process = Process.Start(start)!; // Start returns a process for a program it found
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0
                ? stdout
                : throw new DocumentReadException(document, null, $"could not be read by {program} (exit {process.ExitCode}): {stderr.Result.Trim()}");
        }
        catch (Win32Exception)
        {
            throw new DocumentReadException(document, null, $"needs {program}, which is not installed (scripts/setup.sh installs it)");
        }
    }
}
