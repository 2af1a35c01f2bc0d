using System.Buffers;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Analytics.Warehouse.Regions;

/// <summary>
/// The GB/T 2260 divisions of the provinces the scorecard covers, read from
/// <c>data/regions.csv</c>. Looks divisions up by code or by name and finds place names in text.
/// </summary>
/// <remarks>
/// Name matching in <see cref="FindMentions"/>: a full name (柯城区, 嵊州市) always matches. A
/// short name (柯城, 嵊州) is also an ordinary word far more often than a division, so it matches
/// only when it is 3 or more characters long (张家港, 雨花台) or is followed by 区, 市, 县 or 民政
/// ("柯城民政事业"). The full name wins when both apply, since the longest match is taken.
/// </remarks>
public sealed class Gazetteer
{
    private static readonly string[] ShortNameFollowers = ["区", "市", "县", "民政"];

    private readonly Dictionary<string, Region> byCode;
    private readonly Dictionary<string, Region[]> byFullName;
    private readonly Dictionary<string, Region[]> byShortName;
    private readonly Dictionary<string, Region[]>.AlternateLookup<ReadOnlySpan<char>> fullSpans;
    private readonly Dictionary<string, Region[]>.AlternateLookup<ReadOnlySpan<char>> shortSpans;
    private readonly int longestName;

    // Where a name can start: FindMentions jumps from one such character to the next.
    private readonly SearchValues<char> nameStarts;

    public Gazetteer(IReadOnlyList<Region> regions)
    {
        Regions = [.. regions.OrderBy(r => r.Code, StringComparer.Ordinal)];
        byCode = new Dictionary<string, Region>(StringComparer.Ordinal);
        foreach (var region in Regions)
        {
            if (!byCode.TryAdd(region.Code, region))
            {
                throw new InvalidDataException($"region code {region.Code} appears twice");
            }
        }

        foreach (var region in Regions)
        {
            Validate(region);
        }

        byFullName = Index(Regions, r => r.Name);
        byShortName = Index(Regions.Where(r => r.ShortName != r.Name), r => r.ShortName);
        fullSpans = byFullName.GetAlternateLookup<ReadOnlySpan<char>>();
        shortSpans = byShortName.GetAlternateLookup<ReadOnlySpan<char>>();
        longestName = Regions.Count == 0 ? 0 : Regions.Max(r => r.Name.Length);
        nameStarts = SearchValues.Create([.. byFullName.Keys.Concat(byShortName.Keys).Where(n => n.Length > 0).Select(n => n[0]).Distinct()]);
    }

    /// <summary>Every division, abolished ones included, ordered by code.</summary>
    public IReadOnlyList<Region> Regions { get; }

    /// <summary>The gazetteer shipped next to the binaries (<c>data/regions.csv</c>).</summary>
    public static Gazetteer LoadDefault() => Load(DataFiles.Path("regions.csv"));

    public static Gazetteer Load(string path)
    {
        using var reader = new StreamReader(path);
        return new Gazetteer(Read(reader, path));
    }

    public Region? ByCode(string code) => byCode.GetValueOrDefault(code);

    /// <summary>The divisions directly under <paramref name="code"/>, abolished ones included.</summary>
    public IReadOnlyList<Region> Children(string code) =>
        [.. Regions.Where(r => r.ParentCode == code)];

    /// <summary>The divisions whose full or short name is exactly <paramref name="name"/>, by code.</summary>
    public IReadOnlyList<Region> Find(string name)
    {
        var full = byFullName.GetValueOrDefault(name.Trim()) ?? [];
        var brief = byShortName.GetValueOrDefault(name.Trim()) ?? [];
        return Merge(full, brief);
    }

    /// <summary>
    /// The one division <paramref name="name"/> means, or null when it is unknown or ambiguous.
    /// Several candidates are narrowed first to those related to <paramref name="contextCode"/>
    /// (inside it, or above it; a county context stands for its whole city, so 鼓楼区 in a
    /// 玄武区 report is 南京's), then to divisions that still exist.
    /// </summary>
    public Region? Resolve(string name, string? contextCode = null)
    {
        IReadOnlyList<Region> candidates = Find(name);
        if (candidates.Count <= 1)
        {
            return candidates.Count == 1 ? candidates[0] : null;
        }

        if (contextCode is not null && ByCode(contextCode) is { } context)
        {
            var scope = context.Level == RegionLevel.County && context.ParentCode is not null
                ? byCode[context.ParentCode]
                : context;
            candidates = [.. candidates.Where(c => IsWithin(c, scope.Code) || IsWithin(scope, c.Code))];
            if (candidates.Count <= 1)
            {
                return candidates.Count == 1 ? candidates[0] : null;
            }
        }

        var current = candidates.Where(c => c.IsCurrent).ToList();
        return current.Count == 1 ? current[0] : null;
    }

    /// <summary>
    /// Place names in <paramref name="text"/>, left to right, taking the longest match at each
    /// position and never overlapping. See the remarks on the class for when a short name counts.
    /// </summary>
    public IReadOnlyList<RegionMention> FindMentions(string text) => FindMentions(text.AsSpan());

    /// <inheritdoc cref="FindMentions(string)"/>
    public IReadOnlyList<RegionMention> FindMentions(ReadOnlySpan<char> span)
    {
        var mentions = new List<RegionMention>();
        var i = 0;
        while (i < span.Length)
        {
            var next = span[i..].IndexOfAny(nameStarts);
            if (next < 0)
            {
                break;
            }

            i += next;
            var match = LongestAt(span, i);
            if (match is null)
            {
                i++;
                continue;
            }

            var (length, candidates) = match.Value;
            mentions.Add(new RegionMention(i, i + length, span.Slice(i, length).ToString(), candidates));
            i += length;
        }

        return mentions;
    }

    private (int Length, IReadOnlyList<Region> Candidates)? LongestAt(ReadOnlySpan<char> text, int start)
    {
        for (var length = Math.Min(longestName, text.Length - start); length >= 2; length--)
        {
            var word = text.Slice(start, length);
            fullSpans.TryGetValue(word, out var full);
            Region[]? brief = null;
            if (shortSpans.TryGetValue(word, out var shortMatches) && ShortNameCounts(text, start, length))
            {
                brief = shortMatches;
            }

            if (full is not null || brief is not null)
            {
                return (length, Merge(full ?? [], brief ?? []));
            }
        }

        return null;
    }

    private static bool ShortNameCounts(ReadOnlySpan<char> text, int start, int length)
    {
        if (length >= 3)
        {
            return true;
        }

        var rest = text[(start + length)..];
        foreach (var follower in ShortNameFollowers)
        {
            if (rest.StartsWith(follower, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWithin(Region region, string ancestorCode) =>
        region.Code == ancestorCode || region.ParentCode == ancestorCode || region.ProvinceCode == ancestorCode;

    private static Region[] Merge(Region[] first, Region[] second) =>
        second.Length == 0
            ? first
            : [.. first.Concat(second).Distinct().OrderBy(r => r.Code, StringComparer.Ordinal)];

    private static Dictionary<string, Region[]> Index(IEnumerable<Region> regions, Func<Region, string> key) =>
        regions.GroupBy(key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private void Validate(Region region)
    {
        if (region.Code.Length != 6 || !region.Code.All(char.IsAsciiDigit))
        {
            throw new InvalidDataException($"region code '{region.Code}' is not 6 digits");
        }

        var expectedLevel = region.Code.EndsWith("0000", StringComparison.Ordinal) ? RegionLevel.Province
            : region.Code.EndsWith("00", StringComparison.Ordinal) ? RegionLevel.City
            : RegionLevel.County;
        if (region.Level != expectedLevel)
        {
            throw new InvalidDataException($"region {region.Code} is marked {region.Level}, but its code says {expectedLevel}");
        }

        if (region.ProvinceCode != string.Concat(region.Code.AsSpan(0, 2), "0000"))
        {
            throw new InvalidDataException($"region {region.Code} names province {region.ProvinceCode}");
        }

        if (region.Level == RegionLevel.Province)
        {
            return;
        }

        if (region.ParentCode is null || !byCode.TryGetValue(region.ParentCode, out var parent)
            || parent.Level != region.Level - 1 || parent.ProvinceCode != region.ProvinceCode)
        {
            throw new InvalidDataException($"region {region.Code} has parent '{region.ParentCode}', which is not the division above it");
        }
    }

    private static List<Region> Read(TextReader text, string source)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { MissingFieldFound = null };
        using var csv = new CsvReader(text, config);
        csv.Read();
        csv.ReadHeader();
        var list = new List<Region>();
        while (csv.Read())
        {
            string Field(string name) => (csv.GetField(name) ?? "").Trim();
            var row = csv.Parser.Row;
            var levelText = Field("level");
            var level = RegionLevels.TryParse(levelText, out var l) ? l
                : throw new InvalidDataException($"{source}: row {row} has level '{levelText}'");
            var parent = Field("parent_code");
            var until = Field("valid_until");
            int? validUntil = until.Length == 0 ? null
                : int.TryParse(until, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year
                : throw new InvalidDataException($"{source}: row {row} has valid_until '{until}'");
            var name = Field("name");
            var shortName = Field("short_name");
            var nameEn = Field("name_en");
            if (nameEn.Length == 0)
            {
                throw new InvalidDataException($"{source}: row {row} ({name}) has no name_en");
            }

            list.Add(new Region(
                Field("code"), name, shortName.Length == 0 ? name : shortName, nameEn, level,
                parent.Length == 0 ? null : parent, Field("province_code"), validUntil));
        }

        return list;
    }
}
