using System.Globalization;

namespace Analytics.Models.Microsimulation;

/// <summary>
/// A change to the dibao standard: <c>+10%</c> or <c>-5%</c> (relative), <c>+100</c> (yuan per
/// person per month), <c>=1400</c> (set); prefixed <c>330683:</c> it applies to that county only.
/// </summary>
public sealed record StandardChange(string? RegionCode, char Kind, decimal Amount)
{
    public static StandardChange Parse(string text)
    {
        var spec = text.Trim();
        string? region = null;
        if (spec.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
        {
            region = spec[..colon];
            spec = spec[(colon + 1)..];
            if (region.Length != 6 || !region.All(char.IsAsciiDigit))
            {
                throw new FormatException($"'{text}': the region must be a 6-digit county code");
            }
        }

        var percent = spec.EndsWith('%');
        var body = percent ? spec[..^1] : spec;
        var kind = body.Length > 0 ? body[0] : ' ';
        if (kind is not ('+' or '-' or '=')
            || !decimal.TryParse(body[1..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            || (percent && kind == '='))
        {
            throw new FormatException($"'{text}' is not a standard change (+10%, -5%, +100, =1400, or 330683:+10%)");
        }

        return new StandardChange(region, percent ? '%' : kind, kind == '-' ? -amount : amount);
    }

    /// <summary>The reformed standard, rounded to a yuan and never below zero.</summary>
    public decimal Apply(decimal standard) => Math.Max(0, Math.Round(Kind switch
    {
        '%' => standard * (1 + (Amount / 100)),
        '=' => Amount,
        _ => standard + Amount,
    }, 0, MidpointRounding.AwayFromZero));

    public bool AppliesTo(string regionCode) => RegionCode is null || RegionCode == regionCode;
}
