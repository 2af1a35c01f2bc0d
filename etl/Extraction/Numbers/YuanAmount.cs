namespace Analytics.Etl.Extraction.Numbers;

/// <summary>
/// An unsigned RMB amount folded into 元: [number 元|圆|块] [零] [digit 角|毛] [零] [digit 分] [钱] [整|正].
/// 圆 is the cheque spelling of 元 and 块 the spoken one; 角/毛 are tenths and 分 hundredths of a 元.
/// </summary>
internal static class YuanAmount
{
    /// <summary>元, 圆, 块 and their traditional forms: the characters that close the 元 part of an amount.</summary>
    public static bool IsYuanChar(char c) => c is '元' or '圆' or '圓' or '块' or '塊';

    public static bool TryParse(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        var yuan = 0m;
        var unit = '\0';
        var at = s.IndexOfAny("元圆圓块塊");
        if (at >= 0)
        {
            if (!ChineseNumber.TryParseUnsigned(s[..at], out yuan))
            {
                return false;
            }

            unit = s[at];
            s = s[(at + 1)..];
        }

        var taken = ReadTail(s, unit, out var fen, out var coins);
        // A bare number is not money, and "1.5元3角" says the decimals twice.
        if (taken != s.Length || (unit == '\0' && !coins) || (coins && decimal.Truncate(yuan) != yuan))
        {
            return false;
        }

        value = yuan + (fen / 100m);
        return true;
    }

    /// <summary>
    /// The amount that a figure in running text opens, where <paramref name="text"/>[0] is a 元/圆/块
    /// right after the figure: how many characters the unit and its tail of coins take, the coins in 分,
    /// and whether there were any. False when 块 or 圆 is a word's and no amount's ("三块场地",
    /// "十圆满"): such a 块 or 圆 counts only when coins, 钱 or 整 follow it or no Chinese character does.
    /// </summary>
    public static bool TryReadInText(ReadOnlySpan<char> text, out int length, out int fen, out bool coins)
    {
        var unit = text[0];
        var tail = text[1..];
        var taken = ReadTail(tail, unit, out fen, out coins);
        length = 1 + taken;
        return unit == '元' || taken > 0 || tail.IsEmpty || !IsHan(tail[0]);
    }

    /// <summary>
    /// Reads, from the start of <paramref name="s"/>, as much of an amount's tail as there is:
    /// [零] [digit 角|毛] [零] [digit 分], or a spoken last coin after 块 or 毛 ("三块五" is 3.5, "五毛五"
    /// 0.55), then 钱, or 整/正 ("and no more") right after 元/圆/角. <paramref name="unit"/> is the
    /// 元/圆/块 before the tail, or '\0' for an amount of coins only ("五分钱"). Returns the characters taken.
    /// </summary>
    private static int ReadTail(ReadOnlySpan<char> s, char unit, out int fen, out bool coins)
    {
        fen = 0;
        coins = false;
        var p = 0;
        var last = unit;
        var q = SkipZero(s, p);
        if (q + 1 < s.Length && s[q + 1] is '角' or '毛' && NumeralChars.Digit(s[q]) is var tenths and >= 0)
        {
            fen = 10 * tenths;
            last = s[q + 1];
            p = q + 2;
            coins = true;
        }

        q = SkipZero(s, p);
        // 分之 is a fraction ("五分之一"), 分钟 minutes and 一分不少 "not a 分 less", not so many 分.
        if (q + 1 < s.Length && s[q + 1] == '分' && NumeralChars.Digit(s[q]) is var hundredths and >= 0
            && !(q + 2 < s.Length && s[q + 2] is '之' or '钟' or '鐘' or '不'))
        {
            fen += hundredths;
            last = '分';
            p = q + 2;
            coins = true;
        }
        else if (p < s.Length && last is '块' or '塊' or '毛' && NumeralChars.Digit(s[p]) > 0
            && !NumeralChars.IsArabicDigit(s[p]) && (p + 1 == s.Length || !IsHan(s[p + 1]) || s[p + 1] == '钱'))
        {
            fen += last == '毛' ? NumeralChars.Digit(s[p]) : 10 * NumeralChars.Digit(s[p]);
            last = '分';
            p++;
            coins = true;
        }

        if (p < s.Length && s[p] == '钱' && (coins || unit is '块' or '塊' or '元'))
        {
            p++;
        }
        else if (p < s.Length && s[p] is '整' or '正' && last is '元' or '圆' or '圓' or '角'
            && (p + 1 == s.Length || !IsHan(s[p + 1])))
        {
            // Cheques close with 整 or 正; in prose the character may open the next word (元整合, 元正在).
            p++;
        }

        return p;
    }

    /// <summary>"十元零五分": 零 between 元 and a smaller coin only says the 角 place is empty.</summary>
    private static int SkipZero(ReadOnlySpan<char> s, int p) =>
        p + 1 < s.Length && NumeralChars.IsChineseZero(s[p]) ? p + 1 : p;

    // CJK ideographs (with extension A and the compatibility block): the characters of a next word.
    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
