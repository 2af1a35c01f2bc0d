using System.Buffers;
using System.Text;
using System.Text.Unicode;
using UtfUnknown;

namespace Analytics.Etl.Input;

/// <summary>
/// Works out how a plain-text report is encoded and decodes it. Reports come from Windows
/// desktops as often as from web pages, so besides UTF-8 we meet UTF-16 (Notepad's "Unicode")
/// and GB18030/GBK ("ANSI" on a Chinese Windows).
/// </summary>
/// <remarks>
/// Order: a byte-order mark decides outright. Without one, NUL bytes mean UTF-16 if they fall on
/// one parity (ASCII characters in UTF-16), else binary. Then strict UTF-8; then UTF-16 without
/// NULs when every character decodes into Chinese text; then GB18030. GB18030 decodes almost
/// any byte sequence, so its result must look like Chinese: at least 30% CJK ideographs among
/// the non-ASCII characters and next to no private-use characters. A text file holds no control
/// characters other than tab, line feed, vertical tab, form feed and carriage return.
/// </remarks>
internal static class TextDecoder
{
    private static readonly Encoding Utf8Strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16LeStrict = new UnicodeEncoding(false, false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16BeStrict = new UnicodeEncoding(true, false, throwOnInvalidBytes: true);
    private static readonly Encoding Gb18030Strict = CreateGb18030();

    private static ReadOnlySpan<byte> OleMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static (string Text, string Encoding) Decode(byte[] bytes, string path)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (DecodeUtf8(bytes, 3, path), "utf-8-bom");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (DecodeUtf16(bytes, 2, Utf16LeStrict, path), "utf-16le");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (DecodeUtf16(bytes, 2, Utf16BeStrict, path), "utf-16be");
        }

        if (span.StartsWith("PK\u0003\u0004"u8))
        {
            throw new DocumentReadException(path, null, "is a zip archive, not text; a Word document must be named *.docx");
        }

        if (span.StartsWith(OleMagic))
        {
            throw new DocumentReadException(path, null, "is a legacy Office file (.doc/.xls); save it as .docx or text first");
        }

        if (span.Contains((byte)0))
        {
            return Utf16ByNuls(bytes, path)
                ?? throw Binary(bytes, path);
        }

        var status = Utf8.ToUtf16(span, new char[bytes.Length], out var validBytes, out _, replaceInvalidSequences: false, isFinalBlock: false);
        if (status == OperationStatus.Done)
        {
            ThrowOnControlByte(bytes, 0, path);
            return (Encoding.UTF8.GetString(bytes), "utf-8");
        }

        if (status == OperationStatus.NeedMoreData && (span[..validBytes].ContainsAnyInRange((byte)0x80, (byte)0xFF) || TryGb18030(bytes) is null))
        {
            throw new DocumentReadException(path, validBytes, "ends in the middle of a UTF-8 character; the file looks truncated");
        }

        if (Utf16WithoutNuls(bytes) is { } utf16)
        {
            return utf16;
        }

        ThrowOnControlByte(bytes, 0, path);
        if (TryGb18030(bytes) is { } gb)
        {
            return (gb, "gb18030");
        }

        var guess = CharsetDetector.DetectFromBytes(bytes).Detected;
        var hint = guess is { Confidence: > 0.5f, EncodingName: not null } ? $" (it may be {guess.EncodingName})" : "";
        throw new DocumentReadException(path, validBytes, $"is not UTF-8, UTF-16 or GB18030 text{hint}; UTF-8 decoding fails");
    }

    private static string DecodeUtf8(byte[] bytes, int start, string path)
    {
        var status = Utf8.ToUtf16(bytes.AsSpan(start), new char[bytes.Length], out var read, out _, false, isFinalBlock: false);
        if (status == OperationStatus.NeedMoreData)
        {
            throw new DocumentReadException(path, start + read, "ends in the middle of a UTF-8 character; the file looks truncated");
        }

        if (status != OperationStatus.Done)
        {
            throw new DocumentReadException(path, start + read, "starts with a UTF-8 byte-order mark but holds invalid UTF-8");
        }

        ThrowOnControlByte(bytes, start, path);
        return Utf8Strict.GetString(bytes, start, bytes.Length - start);
    }

    private static string DecodeUtf16(byte[] bytes, int start, Encoding encoding, string path)
    {
        if ((bytes.Length - start) % 2 != 0)
        {
            throw new DocumentReadException(path, bytes.Length - 1, "is UTF-16 by its byte-order mark but has an odd number of bytes; the file looks truncated");
        }

        string text;
        try
        {
            text = encoding.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            throw new DocumentReadException(path, start + Math.Max(e.Index, 0), "is UTF-16 by its byte-order mark but holds an unpaired surrogate");
        }

        var control = FirstControl(text);
        if (control >= 0)
        {
            throw new DocumentReadException(path, start + (2L * control), $"looks binary: control character U+{(int)text[control]:X4}");
        }

        return text;
    }

    /// <summary>ASCII in UTF-16 leaves a NUL in every other byte: odd offsets for LE, even for BE.</summary>
    private static (string, string)? Utf16ByNuls(byte[] bytes, string path)
    {
        if (bytes.Length % 2 != 0)
        {
            return null;
        }

        int even = 0, odd = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0)
            {
                _ = i % 2 == 0 ? even++ : odd++;
            }
        }

        var (encoding, name) = odd > 0 && even <= odd / 20 ? (Utf16LeStrict, "utf-16le")
            : even > 0 && odd <= even / 20 ? (Utf16BeStrict, "utf-16be")
            : (null, "");
        if (encoding is null)
        {
            return null;
        }

        try
        {
            var text = encoding.GetString(bytes);
            return FirstControl(text) < 0 ? (text, name) : null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>All-Chinese UTF-16 has no NULs; it shows itself by decoding into CJK and CJK punctuation only.</summary>
    private static (string, string)? Utf16WithoutNuls(byte[] bytes)
    {
        if (bytes.Length % 2 != 0)
        {
            return null;
        }

        foreach (var (encoding, name) in new[] { (Utf16LeStrict, "utf-16le"), (Utf16BeStrict, "utf-16be") })
        {
            try
            {
                var text = encoding.GetString(bytes);
                var chinese = text.Count(c => IsCjk(c) || IsCjkPunctuation(c) || c is '\r' or '\n' or '\t');
                if (FirstControl(text) < 0 && chinese >= 0.95 * text.Length)
                {
                    return (text, name);
                }
            }
            catch (DecoderFallbackException)
            {
                // not this byte order
            }
        }

        return null;
    }

    private static string? TryGb18030(byte[] bytes)
    {
        string text;
        try
        {
            text = Gb18030Strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        int nonAscii = 0, cjk = 0, privateUse = 0;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                continue;
            }

            nonAscii++;
            cjk += IsCjk(c) ? 1 : 0;
            privateUse += c is >= '\uE000' and <= '\uF8FF' ? 1 : 0;
        }

        return FirstControl(text) < 0 && cjk >= 0.3 * nonAscii && privateUse <= 0.01 * nonAscii ? text : null;
    }

    private static void ThrowOnControlByte(byte[] bytes, int start, string path)
    {
        // In UTF-8 and GB18030 every byte below 0x20 is a character of its own.
        for (var i = start; i < bytes.Length; i++)
        {
            if (IsControl((char)bytes[i]))
            {
                throw new DocumentReadException(path, i, $"looks binary: control byte 0x{bytes[i]:X2}");
            }
        }
    }

    private static DocumentReadException Binary(byte[] bytes, string path)
    {
        var offset = Array.FindIndex(bytes, b => IsControl((char)b));
        return new DocumentReadException(path, offset, $"looks binary: control byte 0x{bytes[offset]:X2}");
    }

    private static int FirstControl(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsControl(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsControl(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\v' or '\f' or '\r')) || c == '\u007F';

    private static bool IsCjk(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');

    private static bool IsCjkPunctuation(char c) =>
        c is (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF') or (>= '\u2010' and <= '\u203A');

    private static Encoding CreateGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
