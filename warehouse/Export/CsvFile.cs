using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Analytics.Warehouse.Export;

/// <summary>
/// The one CSV writer of the product, for every CSV it writes for people (the web's downloads and
/// chart data, the review sheet, forecasts, visit lists, table exports): CsvHelper with RFC 4180
/// quoting, a cell quoted also when it starts or ends with white space (so that a reader that trims
/// keeps it), and the spreadsheet-formula guard (<see cref="Guard"/>) on every text cell.
/// </summary>
public sealed class CsvFile : IDisposable
{
    /// <summary>UTF-8 with a byte-order mark: Excel and WPS then read the Chinese right.</summary>
    public static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    private readonly CsvWriter csv;
    private readonly bool quoteEmpty;

    /// <param name="writer">Where the CSV goes; its encoding decides the byte-order mark.</param>
    /// <param name="newLine">The end of a row: CRLF as RFC 4180 has it, or "\n".</param>
    /// <param name="leaveOpen">Leave <paramref name="writer"/> open on dispose.</param>
    /// <param name="quoteEmpty">Write an empty text as "" so that a database reading the file back tells it from a missing value (written as nothing).</param>
    public CsvFile(TextWriter writer, string newLine = "\r\n", bool leaveOpen = false, bool quoteEmpty = false)
    {
        this.quoteEmpty = quoteEmpty;
        csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = newLine, ShouldQuote = a => NeedsQuotes(a.Field) }, leaveOpen);
    }

    /// <summary>A text cell, guarded; null is written as nothing, and so is empty text unless the file quotes it.</summary>
    public void Cell(string? text)
    {
        if (text is "" && quoteEmpty)
        {
            csv.WriteField(text, shouldQuote: true);
        }
        else
        {
            csv.WriteField(Guard(text));
        }
    }

    /// <summary>A cell the program formatted itself (a number, a date, true or false): written as it is, null as nothing.</summary>
    public void Value(string? formatted) => csv.WriteField(formatted);

    /// <summary>Ends the current row.</summary>
    public void EndRow() => csv.NextRecord();

    /// <summary>A row of text cells, then the end of the row.</summary>
    public void Row(IEnumerable<string?> cells)
    {
        foreach (var cell in cells)
        {
            Cell(cell);
        }

        EndRow();
    }

    public void Dispose() => csv.Dispose();

    /// <summary>The CSV that <paramref name="write"/> makes, as UTF-8 bytes with a byte-order mark and CRLF rows.</summary>
    public static byte[] Bytes(Action<CsvFile> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, Utf8WithBom, leaveOpen: true))
        using (var csv = new CsvFile(writer))
        {
            write(csv);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A text that a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage
    /// return: OWASP's CSV-injection list) gets a leading apostrophe. A number as text, "-3.5" or
    /// "+2", stays as it is, so that it still reads as a number.
    /// </summary>
    public static string? Guard(string? text) =>
        !string.IsNullOrEmpty(text) && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
        && !decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            ? "'" + text
            : text;

    private static bool NeedsQuotes(string? field) =>
        !string.IsNullOrEmpty(field) && (field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]));
}
