using System.Buffers.Binary;

namespace Analytics.Web.Charts;

/// <summary>
/// Writes a PNG's pHYs chunk (pixels per metre), which Skia's encoder leaves out. Word and WPS read
/// it to insert the picture at its physical size; without it they assume 96 DPI and a 300 DPI
/// chart lands three times too large.
/// </summary>
internal static class PngDensity
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];
    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>Returns the PNG with one pHYs chunk for <paramref name="dpi"/> right after IHDR (any old one dropped).</summary>
    public static byte[] WithDpi(byte[] png, double dpi)
    {
        if (png.Length < 33 || !png.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new ArgumentException("Not a PNG image.", nameof(png));
        }

        var pixelsPerMetre = (uint)Math.Round(dpi / 0.0254);
        using var output = new MemoryStream(png.Length + 21);
        output.Write(Signature);
        Span<byte> density = stackalloc byte[9];
        BinaryPrimitives.WriteUInt32BigEndian(density, pixelsPerMetre);
        BinaryPrimitives.WriteUInt32BigEndian(density[4..], pixelsPerMetre);
        density[8] = 1; // unit: metre
        var offset = 8;
        while (offset + 12 <= png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset));
            var type = png.AsSpan(offset + 4, 4);
            var total = 12 + length;
            if (!type.SequenceEqual("pHYs"u8))
            {
                output.Write(png, offset, total);
            }

            if (type.SequenceEqual("IHDR"u8))
            {
                WriteChunk(output, "pHYs"u8, density);
            }

            offset += total;
        }

        return output.ToArray();
    }

    /// <summary>Reads the pHYs density back as DPI, or null when absent or not in metres.</summary>
    public static double? ReadDpi(byte[] png)
    {
        var offset = 8;
        while (offset + 12 <= png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset));
            if (png.AsSpan(offset + 4, 4).SequenceEqual("pHYs"u8) && length == 9 && png[offset + 16] == 1)
            {
                return BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8)) * 0.0254;
            }

            offset += 12 + length;
        }

        return null;
    }

    private static void WriteChunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(word, (uint)data.Length);
        output.Write(word);
        output.Write(type);
        output.Write(data);
        var crc = Crc(Crc(0xFFFFFFFFu, type), data) ^ 0xFFFFFFFFu;
        BinaryPrimitives.WriteUInt32BigEndian(word, crc);
        output.Write(word);
    }

    // The PNG chunk CRC (ISO 3309 / zlib crc32, polynomial 0xEDB88320): the web project carries no
    // hashing package for this one 13-byte chunk; the tests check it against an independent crc32.
    private static uint Crc(uint crc, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
