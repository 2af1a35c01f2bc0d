namespace Analytics.Etl.Extraction.Numbers;

/// <summary>
/// Reads one numeral span written the ways Chinese reports write numbers: Arabic ("6561.57", "1,234",
/// full-width "１２３"), Chinese ("两千三百零五", "一七二零"), financial (壹贰叁…拾佰仟), and mixes with
/// 万/亿 ("14.87亿", "200亿零四千230"). Results are exact and carry no trailing zeros.
/// </summary>
public static class ChineseNumber
{
    /// <summary>
    /// The whole span is one number, optionally negative (负, 負, '-'), with decimals after 点/點/'.'
    /// read digit by digit, an optional 万/亿/万亿 after the decimals ("10.1万", "二十点一万"), or a
    /// fraction "十分之五" / "三又五分之一" computed as exact decimal division.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value) =>
        TryParsePlainArabic(text, out value) // most figures in reports: "6561.57", "303", "6561.57万", "36万"
        || TryParseGeneral(text, out value);

    /// <summary>The parser for every form <see cref="TryParse"/> reads, without its shortcut for plain Arabic figures.</summary>
    internal static bool TryParseGeneral(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        Span<char> buffer = text.Length <= NumeralText.StackLimit ? stackalloc char[text.Length] : new char[text.Length];
        if (!NumeralText.TryNormalize(text, buffer, out var length)
            || !TryParseSigned(buffer[..length], out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    /// <summary>
    /// The percentage figure of "百分之九十五" / "百分之二点一五" / "百分五" / "百分百" / "95%" / "95％":
    /// 95 means 95 %, not 0.95.
    /// </summary>
    public static bool TryParsePercent(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        Span<char> buffer = text.Length <= NumeralText.StackLimit ? stackalloc char[text.Length] : new char[text.Length];
        if (!NumeralText.TryNormalize(text, buffer, out var length))
        {
            return false;
        }

        ReadOnlySpan<char> s = buffer[..length];
        if (s.EndsWith('%'))
        {
            return TryParseSigned(s[..^1], out value);
        }

        var negative = StripSign(ref s);
        if (s.StartsWith("百分之", StringComparison.Ordinal))
        {
            s = s[3..];
        }
        else if (s.StartsWith("百分", StringComparison.Ordinal))
        {
            s = s[2..];
        }
        else
        {
            return false;
        }

        decimal figure;
        if (s is "百" or "佰")
        {
            figure = 100;
        }
        else if (negative ? !TryParseUnsigned(s, out figure) : !TryParseSigned(s, out figure))
        {
            return false;
        }

        value = negative ? -figure : figure;
        return true;
    }

    /// <summary>
    /// An RMB amount in 元: "82，225.00元", "三百万元", "壹拾壹元壹角壹分", "十块三毛", "五分钱",
    /// "壹拾壹圆整". 角/毛 are tenths and 分 hundredths of a 元; 整/正 ("and no more") and a trailing 钱
    /// change nothing. At least one of 元/圆/块/角/毛/分 must be present, so a bare number is not money.
    /// </summary>
    public static bool TryParseMoneyYuan(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        Span<char> buffer = text.Length <= NumeralText.StackLimit ? stackalloc char[text.Length] : new char[text.Length];
        if (!NumeralText.TryNormalize(text, buffer, out var length))
        {
            return false;
        }

        ReadOnlySpan<char> s = buffer[..length];
        if (s.Length > 0 && s[0] is '¥' or '￥')
        {
            s = s[1..];
        }
        else if (s.StartsWith("人民币", StringComparison.Ordinal))
        {
            s = s[3..];
        }

        var negative = StripSign(ref s);
        if (!YuanAmount.TryParse(s, out var yuan))
        {
            return false;
        }

        value = Decimals.TrimZeros(negative ? -yuan : yuan);
        return true;
    }

    // ASCII digits (grouped by thousands commas or not) with at most one point between them and at most 18 digits in all: read straight
    // into a long and a scale. The general path reads them to the same decimal (whole part plus a
    // fraction of that many places, trailing zeros dropped); anything else is left to it.
    // A single 万 or 亿 after the figure multiplies it, as the general path does ("6561.57万", "36万"),
    // except after a leading zero, which the general path reads its own way.
    private static bool TryParsePlainArabic(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        var multiplier = 1L;
        if (text.Length > 1 && text[^1] is '万' or '亿' && text[0] != '0')
        {
            multiplier = text[^1] == '万' ? 10_000L : 100_000_000L;
            text = text[..^1];
        }

        if (text.IsEmpty || text.Length > 26 || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[^1]))
        {
            return false;
        }

        long mantissa = 0;
        var point = -1;
        var digits = 0;
        var lastComma = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (++digits > 18)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (c - '0');
            }
            else if (c == '.' && point < 0)
            {
                point = i;
            }
            else if (c == ',' && point < 0 && (lastComma < 0 ? i <= 3 : i - lastComma == 4))
            {
                lastComma = i; // a thousands separator: 1–3 digits before the first, exactly 3 between two
            }
            else
            {
                return false;
            }
        }

        if (lastComma >= 0 && (point < 0 ? text.Length : point) - lastComma != 4)
        {
            return false; // the last group before the point holds exactly 3 digits
        }

        var scale = point < 0 ? 0 : text.Length - point - 1;
        var figure = new decimal((int)(uint)mantissa, (int)(uint)((ulong)mantissa >> 32), 0, false, (byte)scale);
        value = Decimals.TrimZeros(multiplier == 1 ? figure : figure * multiplier);
        return true;
    }

    /// <summary>
    /// True for characters that can sit inside a numeral run: digits of every kind (Arabic, full-width,
    /// Chinese, financial, 〇, 幺, 两), 十百千万亿 and their variants, 廿卅卌, and the points 点/點/'.'.
    /// Commas between digit groups, signs and 分之 are the caller's concern.
    /// </summary>
    public static bool IsNumeralChar(char c) => NumeralCharTable[c];

    // IsNumeralChar is asked for every character of every run the scanner meets: a table of 64 KiB
    // answers in one load what the switches below answer in several branches.
    private static readonly bool[] NumeralCharTable = BuildNumeralCharTable();

    private static bool[] BuildNumeralCharTable()
    {
        var table = new bool[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var folded = NumeralText.Fold((char)c);
            table[c] = NumeralChars.Digit(folded) != NumeralChars.NotADigit
                || NumeralChars.IsUnit(folded)
                || NumeralChars.IsPoint(folded);
        }

        return table;
    }

    internal static bool TryParseSigned(ReadOnlySpan<char> s, out decimal value)
    {
        var negative = StripSign(ref s);
        if (!TryParseUnsigned(s, out value))
        {
            return false;
        }

        value = Decimals.TrimZeros(negative ? -value : value);
        return true;
    }

    /// <summary>A number or fraction without sign, as exact as decimal allows.</summary>
    internal static bool TryParseUnsigned(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        var fen = s.IndexOf("分之", StringComparison.Ordinal);
        var parsed = fen >= 0 ? TryParseFraction(s[..fen], s[(fen + 2)..], out value) : TryParseDecimal(s, out value);
        value = Decimals.TrimZeros(value);
        return parsed;
    }

    private static bool StripSign(ref ReadOnlySpan<char> s)
    {
        if (s.Length > 0 && NumeralChars.IsMinus(s[0]))
        {
            s = s[1..];
            return true;
        }

        if (s.Length > 0 && s[0] == '+')
        {
            s = s[1..];
        }

        return false;
    }

    /// <summary>"[A又]D分之N" = A + N/D. D may be a bare 百/千/万 ("千分之五").</summary>
    private static bool TryParseFraction(ReadOnlySpan<char> left, ReadOnlySpan<char> numerator, out decimal value)
    {
        value = 0;
        var whole = 0m;
        var you = left.IndexOf('又');
        if (you >= 0 && !TryParseDecimal(left[..you], out whole))
        {
            return false;
        }

        var denominatorText = left[(you + 1)..];
        var denominator = denominatorText.Length == 1 && NumeralChars.SmallUnit(denominatorText[0]) >= 100
            ? NumeralChars.SmallUnit(denominatorText[0])
            : denominatorText.Length == 1 ? NumeralChars.BigUnit(denominatorText[0]) : 0m;
        if ((denominator == 0 && !TryParseDecimal(denominatorText, out denominator))
            || denominator == 0
            || !TryParseDecimal(numerator, out var top))
        {
            return false;
        }

        try
        {
            value = (whole * denominator + top) / denominator;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>Integer part, then optionally a point, decimals read digit by digit, and 万/亿/万亿.</summary>
    private static bool TryParseDecimal(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        var point = -1;
        for (var i = 0; i < s.Length && point < 0; i++)
        {
            if (NumeralChars.IsPoint(s[i]))
            {
                point = i;
            }
        }

        if (point < 0)
        {
            return ChineseInteger.TryParse(s, out value, out _);
        }

        if (!ChineseInteger.TryParse(s[..point], out var whole, out var hasBigUnit))
        {
            return false;
        }

        var rest = s[(point + 1)..];
        var count = 0;
        var mantissa = 0m;
        while (count < rest.Length && NumeralChars.Digit(rest[count]) is var d and >= 0 && !NumeralChars.IsLiang(rest[count]))
        {
            // Past 28 decimals decimal can no longer hold the figure exactly.
            if (count == 28)
            {
                return false;
            }

            mantissa = mantissa * 10 + d;
            count++;
        }

        if (count == 0)
        {
            return false;
        }

        var multiplier = 1m;
        var suffix = rest[count..];
        if (!suffix.IsEmpty && (hasBigUnit || !TryBigUnitSuffix(suffix, out multiplier)))
        {
            return false;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(mantissa, bits);
        var fraction = new decimal(bits[0], bits[1], bits[2], false, (byte)count);
        try
        {
            value = (whole + fraction) * multiplier;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>"万", "亿" or "万亿" after decimals: "1.2万", "14.87亿", "1.5万亿".</summary>
    private static bool TryBigUnitSuffix(ReadOnlySpan<char> suffix, out decimal multiplier)
    {
        multiplier = suffix.Length switch
        {
            1 => NumeralChars.BigUnit(suffix[0]),
            2 when NumeralChars.BigUnit(suffix[0]) == 10_000m && NumeralChars.BigUnit(suffix[1]) == 100_000_000m
                => 1_000_000_000_000m,
            _ => 0m,
        };
        return multiplier != 0;
    }
}
