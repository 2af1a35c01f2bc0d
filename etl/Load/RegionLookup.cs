using Analytics.Warehouse.Schema;
using DuckDB.NET.Data;

namespace Analytics.Etl.Load;

/// <summary>
/// Resolves what a table or report calls a region (a GB/T 2260 code, 杭州市, or 杭州) to a code in
/// the warehouse's regions dimension. Names that several current regions share are refused as
/// ambiguous rather than guessed: the row should give the code.
/// </summary>
public sealed class RegionLookup
{
    private readonly Dictionary<string, RegionEntry> byCode;
    private readonly Dictionary<string, List<RegionEntry>> byName;

    public RegionLookup(IEnumerable<RegionEntry> regions)
    {
        byCode = new Dictionary<string, RegionEntry>(StringComparer.Ordinal);
        byName = new Dictionary<string, List<RegionEntry>>(StringComparer.Ordinal);
        foreach (var r in regions)
        {
            byCode[r.Code] = r;
            Index(r.Name, r);
            if (!string.IsNullOrEmpty(r.ShortName) && r.ShortName != r.Name)
            {
                Index(r.ShortName, r);
            }
        }
    }

    public int Count => byCode.Count;

    public RegionEntry? ByCode(string code) => byCode.GetValueOrDefault(code);

    /// <summary>Reads the regions dimension as the current transaction sees it.</summary>
    public static RegionLookup FromWarehouse(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT code, name, short_name, level, parent_code, province_code, valid_until FROM regions";
        using var reader = command.ExecuteReader();
        var list = new List<RegionEntry>();
        while (reader.Read())
        {
            list.Add(new RegionEntry(
                reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetInt32(6)));
        }

        return new RegionLookup(list);
    }

    /// <summary>The region a code or name denotes, or the reason there is none.</summary>
    public (RegionEntry? Region, string? Error) Resolve(string text)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return (null, "region is empty");
        }

        if (byCode.TryGetValue(text, out var exact))
        {
            return (exact, null);
        }

        if (text.Length == 6 && text.All(char.IsAsciiDigit))
        {
            return (null, $"unknown region code '{text}'");
        }

        if (!byName.TryGetValue(text, out var candidates))
        {
            return (null, $"unknown region '{text}'");
        }

        var current = candidates.Where(c => c.ValidUntil is null).ToList();
        var pick = current.Count > 0 ? current : candidates;
        return pick.Count == 1
            ? (pick[0], null)
            : (null, $"region name '{text}' is ambiguous ({string.Join(", ", pick.Select(c => c.Code))}); give the code");
    }

    private void Index(string name, RegionEntry region)
    {
        if (!byName.TryGetValue(name, out var list))
        {
            byName[name] = list = [];
        }

        list.Add(region);
    }
}
