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
/// Order: a byte-order mark decides outright. Without one, NUL bytes mean UTF-16 if one byte
/// order decodes into at least 90% common characters (ASCII, CJK, punctuation), else binary.
/// Then strict UTF-8; then UTF-16 without NULs (all-Chinese text) at a 95% bar; then GB18030.
/// GB18030 decodes almost any byte sequence, so its result must look like Chinese: at least 30%
/// CJK ideographs among the non-ASCII characters, next to no private-use characters, and hanzi
/// mostly from GB2312 (Shift-JIS read as GBK gives rare traditional forms). A text
/// file holds no control characters other than tab, line feed, vertical tab, form feed and
/// carriage return.
/// </remarks>
internal static class TextDecoder
{
    private static readonly Encoding Utf8Strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16LeStrict = new UnicodeEncoding(false, false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16BeStrict = new UnicodeEncoding(true, false, throwOnInvalidBytes: true);
    private static readonly Encoding Gb18030Strict = CreateGb18030();
    private static readonly Encoding Gbk = Encoding.GetEncoding(936); // after CreateGb18030 registered the code pages

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
            return Utf16ByContent(bytes, 0.9) ?? throw Binary(bytes, path);
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

        // All-Chinese UTF-16 has no NULs at all, so it gets here; GB18030 read as UTF-16 is
        // mostly Hangul, Yi and private-use characters and does not reach the bar.
        if (Utf16ByContent(bytes, 0.95) is { } utf16 && MostlyCommonHanzi(utf16.Item1))
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

    /// <summary>
    /// UTF-16 without a byte-order mark, when one byte order decodes into text made of common
    /// characters (ASCII, CJK, CJK and general punctuation). Chinese read in the wrong byte order
    /// is mostly not CJK, so the content usually decides; ASCII read in the wrong order can look
    /// like CJK (a\0 reads as U+6100), so near-ties go by the NUL bytes that ASCII leaves in the
    /// high half: odd offsets for little-endian, even for big-endian.
    /// </summary>
    private static (string, string)? Utf16ByContent(byte[] bytes, double minShare)
    {
        if (bytes.Length % 2 != 0)
        {
            return null;
        }

        var (leText, leShare) = CommonShare(bytes, Utf16LeStrict);
        var (beText, beShare) = CommonShare(bytes, Utf16BeStrict);
        int even = 0, odd = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0)
            {
                _ = i % 2 == 0 ? even++ : odd++;
            }
        }

        var littleEndian = Math.Abs(leShare - beShare) > 0.1 ? leShare > beShare : odd >= even;
        var (text, share, name) = littleEndian ? (leText, leShare, "utf-16le") : (beText, beShare, "utf-16be");
        return text is not null && share >= minShare ? (text, name) : null;
    }

    /// <summary>
    /// Shift-JIS and Big5 byte pairs also read as CJK in UTF-16 (0x88 0x9F is U+889F) and in
    /// GB18030, but spread over the whole block, while Chinese prose stays within the 6763 hanzi of GB2312
    /// (GBK lead bytes 0xB0 to 0xF7) almost entirely, rare place names included.
    /// </summary>
    private static bool MostlyCommonHanzi(string text)
    {
        int hanzi = 0, common = 0;
        Span<byte> gbk = stackalloc byte[8];
        foreach (var c in text)
        {
            if (c is < '\u4E00' or > '\u9FFF')
            {
                continue;
            }

            hanzi++;
            var n = Gbk.GetBytes([c], gbk);
            common += n == 2 && gbk[0] is >= 0xB0 and <= 0xF7 && gbk[1] >= 0xA1 ? 1 : 0;
        }

        return common >= 0.8 * hanzi;
    }

    private static (string? Text, double Share) CommonShare(byte[] bytes, Encoding encoding)
    {
        try
        {
            var text = encoding.GetString(bytes);
            return FirstControl(text) >= 0 ? (null, 0) : (text, (double)text.Count(IsCommon) / text.Length);
        }
        catch (DecoderFallbackException)
        {
            return (null, 0);
        }
    }

    private static bool IsCommon(char c) =>
        c is (>= ' ' and <= '~') or '\t' or '\n' or '\v' or '\f' or '\r'
            or (>= '\u00A0' and <= '\u00FF')
            or (>= '\u2010' and <= '\u2027') or (>= '\u2030' and <= '\u205E')
            or (>= '\u2100' and <= '\u21FF') or (>= '\u2460' and <= '\u24FF') or (>= '\u25A0' and <= '\u25FF')
            or (>= '\u3000' and <= '\u303F') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uFF00' and <= '\uFFEF');

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

        return FirstControl(text) < 0 && cjk >= 0.3 * nonAscii && privateUse <= 0.01 * nonAscii && MostlyCommonHanzi(text)
            ? text
            : null;
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

    private static Encoding CreateGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
