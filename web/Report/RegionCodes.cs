namespace Analytics.Web.Report;

/// <summary>The shape of GB/T 2260 codes a report's path may carry: six digits; a province ends in 0000, a city in 00.</summary>
public static class RegionCodes
{
    public static bool IsProvince(string code) => IsCode(code) && code.EndsWith("0000", StringComparison.Ordinal);

    public static bool IsCounty(string code) => IsCode(code) && !code.EndsWith("00", StringComparison.Ordinal);

    private static bool IsCode(string code) => code.Length == 6 && code.All(char.IsAsciiDigit);
}
