namespace Analytics.Etl.Extraction.Numbers;

/// <summary>Exact-decimal helpers shared by the number parser and the binder.</summary>
internal static class Decimals
{
    /// <summary>
    /// The same value without trailing zeros in its fraction: 148700.00 → 148700, 6561.50 → 6561.5,
    /// and any zero → 0. Reads and rewrites the 96-bit integer a decimal is stored as
    /// (value = mantissa / 10^scale), which costs far less than dividing by a 1.000… with 28 zeros.
    /// </summary>
    public static decimal TrimZeros(decimal value)
    {
        if (value == 0)
        {
            return 0m;
        }

        var scale = value.Scale;
        if (scale == 0)
        {
            return value;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var low = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        var high = (uint)bits[2];
        var trimmed = scale;
        while (trimmed > 0 && DivideByTenExactly(ref high, ref low))
        {
            trimmed--;
        }

        return trimmed == scale ? value : new decimal((int)(uint)low, (int)(uint)(low >> 32), (int)high, value < 0, (byte)trimmed);
    }

    // Divides the 96-bit integer (high:low) by ten when it is a multiple of ten; leaves it as it is otherwise.
    private static bool DivideByTenExactly(ref uint high, ref ulong low)
    {
        if (high == 0)
        {
            // Within 64 bits (nearly every figure): the 128-bit division below is a software routine.
            var (quotient, remainder) = Math.DivRem(low, 10ul);
            if (remainder != 0)
            {
                return false;
            }

            low = quotient;
            return true;
        }

        var (highQuotient, highRemainder) = Math.DivRem(high, 10u);
        // (remainder · 2^64 + low) / 10, done as 128-bit arithmetic only on this step.
        var rest = ((UInt128)highRemainder << 64) | low;
        var (lowQuotient, lowRemainder) = UInt128.DivRem(rest, 10);
        if (lowRemainder != 0)
        {
            return false;
        }

        high = highQuotient;
        low = (ulong)lowQuotient;
        return true;
    }
}
