using System.Globalization;
using Analytics.Etl.Extraction.Numbers;

namespace Analytics.Tests.Etl.Numbers;

/// <summary>
/// The number parser and the decimal helper have shortcuts for the common cases (plain Arabic
/// figures, trailing-zero trimming without division). Each shortcut must give exactly what the
/// general path gives — the same value and the same scale — on every input it takes.
/// </summary>
public sealed class FastPathAgreementTests
{
    [Fact]
    public void PlainArabicShortcutReadsEveryFigureAsTheGeneralParser()
    {
        var random = new Random(2026);
        const string alphabet = "0123456789.万亿";
        var checkedCount = 0;
        for (var n = 0; n < 200_000; n++)
        {
            var length = random.Next(1, 22);
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                // Mostly digits, so that many inputs are well-formed figures the shortcut takes.
                chars[i] = random.Next(10) < 8 ? (char)('0' + random.Next(10)) : alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var general = ChineseNumber.TryParseGeneral(text, out var expected);
            var parsed = ChineseNumber.TryParse(text, out var actual);
            Assert.True(general == parsed, $"'{text}': general {general}, with shortcut {parsed}");
            if (general)
            {
                Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), actual.ToString(CultureInfo.InvariantCulture));
                checkedCount++;
            }
        }

        Assert.True(checkedCount > 50_000, $"only {checkedCount} well-formed figures were compared");
    }

    [Theory]
    [InlineData("6561.57万", "65615700")]
    [InlineData("36万", "360000")]
    [InlineData("14.87亿", "1487000000")]
    [InlineData("0.50", "0.5")]
    [InlineData("100.00", "100")]
    [InlineData("007", "7")]
    public void CommonFiguresReadTheSameThroughEitherPath(string text, string expected)
    {
        Assert.True(ChineseNumber.TryParse(text, out var shortcut));
        Assert.True(ChineseNumber.TryParseGeneral(text, out var general));
        Assert.Equal(expected, shortcut.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expected, general.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TrimmingZerosMatchesDividingByAOneWithTwentyEightDecimals()
    {
        const decimal one = 1.0000000000000000000000000000m;
        var random = new Random(7);
        for (var n = 0; n < 100_000; n++)
        {
            var value = new decimal(random.Next(), random.Next(), random.Next(0, 1000), random.Next(2) == 0, (byte)random.Next(0, 29));
            if (n % 3 == 0)
            {
                value = decimal.Round(value, random.Next(0, 6)) * 1.000m; // trailing zeros on purpose
            }

            var expected = value == 0 ? 0m : value / one;
            var actual = Decimals.TrimZeros(value);
            Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), actual.ToString(CultureInfo.InvariantCulture));
        }
    }
}
