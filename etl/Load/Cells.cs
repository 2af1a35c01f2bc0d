using System.Globalization;

namespace Analytics.Etl.Load;

/// <summary>Parsing of table cells, culture-free: 1,234.5 and 1.2E3 are numbers, 2023 is a year.</summary>
internal static class Cells
{
    public const int FirstYear = 1949;
    public const int LastYear = 2100;

    // DECIMAL(18, 6) holds twelve integer digits.
    private const decimal MaxValue = 999_999_999_999m;

    public static bool IsMasked(string text) => text is "*" or "**" or "***" or "X" or "XX" or "x" or "xx" or "—";

    public static bool TryDecimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);

    public static string? Value(string text, out decimal value)
    {
        if (!TryDecimal(text, out value))
        {
            return text.Length == 0 ? "value is empty" : $"value '{text}' is not a number";
        }

        return value < 0 ? $"value {text} is negative"
            : value > MaxValue ? $"value {text} is out of range"
            : null;
    }

    public static string? Year(string text, string column, out int year)
    {
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out year))
        {
            return text.Length == 0 ? $"{column} is empty" : $"{column} '{text}' is not a year";
        }

        return year is < FirstYear or > LastYear ? $"{column} {year} is outside {FirstYear}-{LastYear}" : null;
    }

    public static bool Flag(string text) =>
        text.Equals("true", StringComparison.OrdinalIgnoreCase) || text == "1"
        || text.Equals("yes", StringComparison.OrdinalIgnoreCase) || text == "是";
}
