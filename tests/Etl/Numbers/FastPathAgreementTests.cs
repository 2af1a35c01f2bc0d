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
        const string alphabet = "0123456789.,万亿";
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

    [Fact]
    public void ThousandsGroupsReadAsTheGeneralParserReadsThem()
    {
        // Well-formed groups ("12,345,678.9万") and near misses (a group of 2 or 4, a comma after the point).
        var random = new Random(11);
        for (var n = 0; n < 50_000; n++)
        {
            var groups = random.Next(1, 6);
            var text = random.Next(1, 1000).ToString(CultureInfo.InvariantCulture);
            for (var g = 1; g < groups; g++)
            {
                var width = random.Next(10) == 0 ? random.Next(2, 5) : 3;
                text += "," + random.Next(0, (int)Math.Pow(10, width)).ToString(new string('0', width), CultureInfo.InvariantCulture);
            }

            if (random.Next(2) == 0)
            {
                text += "." + random.Next(0, 1000).ToString(CultureInfo.InvariantCulture) + (random.Next(8) == 0 ? ",123" : "");
            }

            text += random.Next(4) switch { 0 => "万", 1 => "亿", _ => "" };
            var general = ChineseNumber.TryParseGeneral(text, out var expected);
            Assert.True(general == ChineseNumber.TryParse(text, out var actual), text);
            Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), actual.ToString(CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData("6561.57万", "65615700")]
    [InlineData("36万", "360000")]
    [InlineData("14.87亿", "1487000000")]
    [InlineData("0.50", "0.5")]
    [InlineData("100.00", "100")]
    [InlineData("007", "7")]
    [InlineData("9,350", "9350")]
    [InlineData("1,234,567.50", "1234567.5")]
    [InlineData("12,345万", "123450000")]
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
