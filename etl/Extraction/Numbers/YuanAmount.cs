namespace Analytics.Etl.Extraction.Numbers;

/// <summary>
/// An unsigned RMB amount folded into 元: [number 元|圆|块] [零] [digit 角|毛] [digit 分] [钱].
/// </summary>
internal static class YuanAmount
{
    public static bool TryParse(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        if (s.EndsWith('钱'))
        {
            s = s[..^1];
        }

        // 整/正 closes a cheque-style amount ("壹拾壹元整"): nothing smaller follows.
        if (s.Length >= 2 && s[^1] is '整' or '正' && s[^2] is '元' or '圆' or '角')
        {
            s = s[..^1];
        }

        var yuan = 0m;
        var found = false;
        var lastUnit = '\0';
        var at = s.IndexOfAny("元圆块塊");
        if (at >= 0)
        {
            if (!ChineseNumber.TryParseUnsigned(s[..at], out yuan))
            {
                return false;
            }

            lastUnit = s[at];
            s = SkipZero(s[(at + 1)..]);
            found = true;
        }

        var tenths = 0;
        var hundredths = 0;
        var coins = false;
        var jiao = s.IndexOfAny('角', '毛');
        if (jiao >= 0)
        {
            if (!TryCoin(s[..jiao], out tenths))
            {
                return false;
            }

            lastUnit = s[jiao];
            s = SkipZero(s[(jiao + 1)..]);
            found = coins = true;
        }

        if (s.EndsWith('分'))
        {
            if (!TryCoin(s[..^1], out hundredths))
            {
                return false;
            }

            s = [];
            found = coins = true;
        }
        else if (s.Length == 1 && NumeralChars.Digit(s[0]) > 0 && !NumeralChars.IsArabicDigit(s[0])
            && lastUnit is '块' or '塊' or '毛')
        {
            // Spoken prices drop the last coin: "三块五" is 3.5, "五毛五" is 0.55.
            if (lastUnit == '毛')
            {
                hundredths = NumeralChars.Digit(s[0]);
            }
            else
            {
                tenths = NumeralChars.Digit(s[0]);
            }

            s = [];
            coins = true;
        }

        // "1.5元3角" says the decimals twice.
        if (!s.IsEmpty || !found || (coins && decimal.Truncate(yuan) != yuan))
        {
            return false;
        }

        value = yuan + (tenths / 10m) + (hundredths / 100m);
        return true;
    }

    /// <summary>One digit of 角 or 分; 两 counts ("两毛").</summary>
    private static bool TryCoin(ReadOnlySpan<char> s, out int digit)
    {
        digit = s.Length == 1 ? NumeralChars.Digit(s[0]) : NumeralChars.NotADigit;
        return digit != NumeralChars.NotADigit;
    }

    /// <summary>"十元零五分": 零 between 元 and a smaller coin only says the 角 place is empty.</summary>
    private static ReadOnlySpan<char> SkipZero(ReadOnlySpan<char> s) =>
        s.Length > 1 && NumeralChars.IsChineseZero(s[0]) ? s[1..] : s;
}
