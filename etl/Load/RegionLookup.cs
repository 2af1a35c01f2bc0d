using Analytics.Warehouse.Regions;

namespace Analytics.Etl.Load;

/// <summary>
/// Resolves what a table or report calls a region (a GB/T 2260 code, 杭州市, or 杭州) through the
/// gazetteer. A name several current divisions share is refused as ambiguous rather than guessed:
/// the row should give the code.
/// </summary>
public sealed class RegionLookup(Gazetteer gazetteer)
{
    public Region? ByCode(string code) => gazetteer.ByCode(code);

    /// <summary>The region a code or name denotes, or the reason there is none.</summary>
    public (Region? Region, string? Error) Resolve(string text)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return (null, "region is empty");
        }

        if (gazetteer.ByCode(text) is { } exact)
        {
            return (exact, null);
        }

        if (text.Length == 6 && text.All(char.IsAsciiDigit))
        {
            return (null, $"unknown region code '{text}'");
        }

        if (gazetteer.Resolve(text) is { } named)
        {
            return (named, null);
        }

        var candidates = gazetteer.Find(text);
        return candidates.Count == 0
            ? (null, $"unknown region '{text}'")
            : (null, $"region name '{text}' is ambiguous ({string.Join(", ", candidates.Select(c => c.Code))}); give the code");
    }
}
