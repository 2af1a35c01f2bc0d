namespace Analytics.Etl.Extraction.Numbers;

/// <summary>
/// Puts a numeral span into the one form the parsers read: full-width forms folded to ASCII
/// (reports typed on Chinese IMEs mix "１２３" and "123"), white space trimmed, and thousands
/// separators dropped.
/// </summary>
internal static class NumeralText
{
    /// <summary>Longest span normalised on the stack; numerals are far shorter than this.</summary>
    public const int StackLimit = 256;

    /// <summary>
    /// Writes the normalised form of <paramref name="text"/> into <paramref name="buffer"/>
    /// (at least <c>text.Length</c> long). A comma (',' or '，') is kept out of the result only when it
    /// separates Arabic digit groups the thousands way ("1,234", "82，225.00"); anywhere else it
    /// makes the span not a numeral, because "1,2" is a list, not 12.
    /// </summary>
    public static bool TryNormalize(ReadOnlySpan<char> text, Span<char> buffer, out int length)
    {
        length = 0;
        var trimmed = text.Trim();
        var digitsInGroup = 0;
        var groupedRun = false;
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = Fold(trimmed[i]);
            if (c == ',')
            {
                var leadOk = groupedRun ? digitsInGroup == 3 : digitsInGroup is >= 1 and <= 3;
                if (!leadOk || !ThreeDigitsFollow(trimmed, i + 1))
                {
                    return false;
                }

                groupedRun = true;
                digitsInGroup = 0;
                continue;
            }

            if (NumeralChars.IsArabicDigit(c))
            {
                digitsInGroup++;
            }
            else
            {
                digitsInGroup = 0;
                groupedRun = false;
            }

            buffer[length++] = c;
        }

        return true;
    }

    private static bool ThreeDigitsFollow(ReadOnlySpan<char> text, int start)
    {
        if (start + 3 > text.Length)
        {
            return false;
        }

        for (var i = start; i < start + 3; i++)
        {
            if (!NumeralChars.IsArabicDigit(Fold(text[i])))
            {
                return false;
            }
        }

        return start + 3 == text.Length || !NumeralChars.IsArabicDigit(Fold(text[start + 3]));
    }

    public static char Fold(char c) => c switch
    {
        >= '０' and <= '９' => (char)('0' + (c - '０')),
        '．' => '.',
        '，' => ',',
        '－' => '-',
        '＋' => '+',
        '％' => '%',
        _ => c,
    };
}
