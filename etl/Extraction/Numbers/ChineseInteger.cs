namespace Analytics.Etl.Extraction.Numbers;

/// <summary>
/// The whole-number part of a numeral: "一千零一万", "两千六", "200亿零四千230", "一七二零", "6561".
/// </summary>
internal static class ChineseInteger
{
    private const decimal Wan = 10_000m;
    private const decimal Yi = 100_000_000m;

    /// <summary>
    /// Reads <paramref name="s"/> (normalised, unsigned) as one integer. <paramref name="hasBigUnit"/>
    /// says whether 万 or 亿 occurred, so a caller knows "四万点六" cannot take another 万 after its decimals.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> s, out decimal value, out bool hasBigUnit)
    {
        value = 0;
        hasBigUnit = false;
        if (s.IsEmpty)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (NumeralChars.IsUnit(c))
            {
                return TryParseWithUnits(s, out value, out hasBigUnit);
            }
        }

        return TryParseDigits(s, out value);
    }

    /// <summary>No units: "6561" or a digit-by-digit reading such as "一七二零", "二〇二三", "幺幺零".</summary>
    private static bool TryParseDigits(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        var arabic = NumeralChars.IsArabicDigit(s[0]);
        if (s.Length > 28)
        {
            return false;
        }

        foreach (var c in s)
        {
            var d = NumeralChars.Digit(c);
            // 两 says "two of something" and is never one digit among others; Arabic and Chinese
            // digits side by side ("1二3") are no numeral either.
            if (d == NumeralChars.NotADigit || NumeralChars.IsArabicDigit(c) != arabic
                || (NumeralChars.IsLiang(c) && s.Length > 1))
            {
                return false;
            }

            value = value * 10 + d;
        }

        return true;
    }

    private enum Last
    {
        Start,
        Digit,
        Zero,
        Unit,
    }

    /// <summary>
    /// 亿 multiplies everything before it ("一千万亿", "一万一千亿"), 万 only what came after the last 亿,
    /// 十百千 the digit just before them. Inside one group the small units fall strictly (千 then 百 then 十).
    /// 零 marks a skipped place. A lone Chinese digit right after 百/千/万/亿 is the next lower place
    /// (colloquial "三万五" = 35000, "一百二" = 120); after 零 it is ones ("一万零五" = 10005).
    /// </summary>
    private static bool TryParseWithUnits(ReadOnlySpan<char> s, out decimal value, out bool hasBigUnit)
    {
        value = 0;
        hasBigUnit = false;
        decimal high = 0, mid = 0, group = 0;
        bool highSet = false, midSet = false;
        decimal? pending = null;
        var pendingChinese = false;
        var unitBeforePending = 0m;
        var lastSmall = int.MaxValue;
        var last = Last.Start;
        var lastUnit = 0m;

        try
        {
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                if (NumeralChars.IsArabicDigit(c))
                {
                    var end = i;
                    while (end < s.Length && NumeralChars.IsArabicDigit(s[end]))
                    {
                        end++;
                    }

                    if (last == Last.Digit || end - i > 28)
                    {
                        return false;
                    }

                    pending = ArabicRun(s[i..end]);
                    pendingChinese = false;
                    unitBeforePending = 0;
                    last = Last.Digit;
                    i = end - 1;
                    continue;
                }

                var digit = NumeralChars.Digit(c);
                if (digit == 0)
                {
                    if (last == Last.Digit)
                    {
                        return false;
                    }

                    last = Last.Zero;
                    continue;
                }

                if (digit > 0)
                {
                    if (last == Last.Digit)
                    {
                        return false;
                    }

                    pending = digit;
                    pendingChinese = true;
                    unitBeforePending = last == Last.Unit ? lastUnit : 0;
                    last = Last.Digit;
                    continue;
                }

                var small = NumeralChars.SmallUnit(c);
                var tens = NumeralChars.Tens(c);
                if (small != 0 || tens != 0)
                {
                    decimal amount;
                    if (tens != 0)
                    {
                        if (pending is not null)
                        {
                            return false;
                        }

                        small = 10;
                        amount = tens;
                    }
                    else if (pending is { } p)
                    {
                        if (p is < 1 or > 9)
                        {
                            return false;
                        }

                        amount = p * small;
                    }
                    else if (small == 10 || last == Last.Zero)
                    {
                        // 十 needs no 一 ("十二", "一百十六"); cn2an also reads "一万零百一十一" as 10111.
                        amount = small;
                    }
                    else
                    {
                        return false;
                    }

                    if (small >= lastSmall)
                    {
                        return false;
                    }

                    group += amount;
                    lastSmall = small;
                    pending = null;
                    last = Last.Unit;
                    lastUnit = small;
                    continue;
                }

                var big = NumeralChars.BigUnit(c);
                if (big == 0 || !PendingFits(pending, lastSmall))
                {
                    return false;
                }

                var v = group + (pending ?? 0);
                if (big == Wan)
                {
                    if (v == 0 || midSet || (highSet && v >= Wan))
                    {
                        return false;
                    }

                    mid = v * Wan;
                    midSet = true;
                }
                else if (highSet)
                {
                    // "一亿亿": a second 亿 may only scale what is there, not add a new group.
                    if (v + mid != 0 || last != Last.Unit || lastUnit != Yi)
                    {
                        return false;
                    }

                    high *= Yi;
                }
                else
                {
                    v += mid;
                    if (v == 0)
                    {
                        return false;
                    }

                    high = v * Yi;
                    highSet = true;
                    mid = 0;
                    midSet = false;
                }

                group = 0;
                pending = null;
                lastSmall = int.MaxValue;
                last = Last.Unit;
                lastUnit = big;
            }

            if (last == Last.Zero)
            {
                return false;
            }

            var tail = pending ?? 0;
            if (pending is { } d && pendingChinese && unitBeforePending >= 100)
            {
                tail = d * (unitBeforePending / 10);
            }
            else if (!PendingFits(pending, lastSmall))
            {
                return false;
            }

            var rest = group + tail;
            if ((midSet && rest >= Wan) || (highSet && mid + rest >= Yi))
            {
                return false;
            }

            value = high + mid + rest;
            hasBigUnit = highSet || midSet;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>A number after 千 must stay below 1000 ("四千230"), and so on.</summary>
    private static bool PendingFits(decimal? pending, int lastSmall) =>
        pending is not { } p || lastSmall == int.MaxValue || p < lastSmall;

    private static decimal ArabicRun(ReadOnlySpan<char> digits)
    {
        var v = 0m;
        foreach (var c in digits)
        {
            v = v * 10 + (c - '0');
        }

        return v;
    }
}
