namespace Analytics.Etl.Extraction.Numbers;

/// <summary>What each character means inside a Chinese or Arabic numeral (after <see cref="NumeralText"/>).</summary>
internal static class NumeralChars
{
    public const int NotADigit = -1;

    /// <summary>0–9 for Arabic, Chinese, financial (大写) and spoken (幺) digits; 两 counts as 2.</summary>
    public static int Digit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        '零' or '〇' or '○' => 0,
        '一' or '壹' or '幺' or '弌' => 1,
        '二' or '贰' or '貳' or '弍' or '两' or '兩' => 2,
        '三' or '叁' or '參' or '叄' or '弎' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' or '陸' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => NotADigit,
    };

    public static bool IsArabicDigit(char c) => c is >= '0' and <= '9';

    public static bool IsChineseZero(char c) => c is '零' or '〇' or '○';

    /// <summary>两 is a count ("two of"): it multiplies a unit but is never read digit by digit.</summary>
    public static bool IsLiang(char c) => c is '两' or '兩';

    /// <summary>十, 百, 千 and their financial forms; 0 otherwise.</summary>
    public static int SmallUnit(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        _ => 0,
    };

    /// <summary>廿 (20), 卅 (30), 卌 (40): tens with the digit built in; 0 otherwise.</summary>
    public static int Tens(char c) => c switch
    {
        '廿' => 20,
        '卅' => 30,
        '卌' => 40,
        _ => 0,
    };

    /// <summary>万 and 亿 (and 萬, 億); 0 otherwise. 兆 is left out: it means 10^6 or 10^12 depending on the writer.</summary>
    public static decimal BigUnit(char c) => c switch
    {
        '万' or '萬' => 10_000m,
        '亿' or '億' => 100_000_000m,
        _ => 0m,
    };

    public static bool IsPoint(char c) => c is '.' or '点' or '點';

    public static bool IsMinus(char c) => c is '-' or '−' or '负' or '負';

    public static bool IsUnit(char c) => SmallUnit(c) != 0 || Tens(c) != 0 || BigUnit(c) != 0;
}
