using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Analytics.Etl.Load;

/// <summary>
/// Reads a CSV (UTF-8, or UTF-16 with a byte-order mark) or the first sheet of an XLSX file as a
/// header and numbered rows. A row it cannot split cleanly comes back with a <see cref="TableRow"/>
/// problem rather than an exception, so the rest of the file still loads.
/// </summary>
public abstract class TableReader : IDisposable
{
    public abstract TableHeader Header { get; }

    /// <summary>Encoding of the file as the warehouse records it.</summary>
    public abstract string Encoding { get; }

    /// <summary>Bytes consumed so far, for progress bars.</summary>
    public abstract long Position { get; }

    public abstract long Length { get; }

    /// <summary>Data rows in file order; throws <see cref="RejectedFileException"/> when the bytes turn out not to be text.</summary>
    public abstract IEnumerable<TableRow> Rows();

    public static TableReader Open(string path)
    {
        if (new FileInfo(path).Length == 0)
        {
            throw new RejectedFileException("file is empty");
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => new CsvTableReader(path),
            ".xlsx" => XlsxTableReader.Read(path),
            var ext => throw new RejectedFileException($"'{ext}' is not a table format the load reads (.csv, .xlsx)"),
        };
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    private sealed class CsvTableReader : TableReader
    {
        // Strict: a GB18030 or Latin-1 file must fail loudly, not load as mojibake.
        private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private readonly FileStream stream;
        private readonly StreamReader text;
        private readonly CsvParser parser;
        private readonly TableHeader header;
        private bool badData;

        public CsvTableReader(string path)
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            text = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            var config = new CsvConfiguration(CultureInfo.InvariantCulture)
            {
                BadDataFound = _ => badData = true,
                DetectColumnCountChanges = false,
                IgnoreBlankLines = true,
            };
            parser = new CsvParser(text, config);
            try
            {
                if (!parser.Read() || parser.Record is not { } names || names.All(string.IsNullOrWhiteSpace))
                {
                    throw new RejectedFileException("file is empty");
                }

                header = new TableHeader(names);
            }
            catch (DecoderFallbackException)
            {
                Dispose(true);
                throw NotUtf8();
            }
        }

        public override TableHeader Header => header;

        public override string Encoding => text.CurrentEncoding.WebName;

        public override long Position => stream.Position;

        public override long Length => stream.Length;

        public override IEnumerable<TableRow> Rows()
        {
            while (true)
            {
                string[]? record;
                int row;
                try
                {
                    if (!parser.Read())
                    {
                        yield break;
                    }

                    record = parser.Record;
                    row = parser.Row;
                }
                catch (DecoderFallbackException)
                {
                    throw NotUtf8();
                }

                if (record is null || record.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                string? problem = null;
                if (badData)
                {
                    problem = "malformed CSV: stray or unbalanced quote";
                    badData = false;
                }
                else if (record.Length != header.Names.Count)
                {
                    problem = string.Create(CultureInfo.InvariantCulture,
                        $"malformed CSV: {record.Length} fields where the header has {header.Names.Count}");
                }

                yield return new TableRow(row, record, problem);
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                parser.Dispose();
                text.Dispose();
                stream.Dispose();
            }
        }

        private static RejectedFileException NotUtf8() =>
            new("not valid UTF-8 (save the table as UTF-8 CSV, or as XLSX)");
    }
}
