namespace Analytics.Etl.Extraction;

/// <summary>
/// A set of characters as a bitmap over all 65,536 UTF-16 code units (8 KiB). For the large sets
/// of common Chinese characters the scanners look for (numerals, the first characters of alias
/// heads), hits come every few characters; there a plain loop with one bit test per character is
/// several times faster than <see cref="System.Buffers.SearchValues{T}"/>, whose vectorised search
/// pays its setup on every call and verifies each candidate against a probabilistic map.
/// Measured on the extraction corpus: 9 ms against 110 ms to find the 945,546 numeral characters
/// of 10 MiB. Small or sparse sets stay with SearchValues.
/// </summary>
internal sealed class CharTable
{
    private readonly ulong[] bits = new ulong[(char.MaxValue + 1) / 64];

    public CharTable(IEnumerable<char> chars)
    {
        foreach (var c in chars)
        {
            bits[c >> 6] |= 1UL << (c & 63);
        }
    }

    public bool Contains(char c) => (bits[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>The index of the first character of <paramref name="text"/> in the set, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Contains(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
