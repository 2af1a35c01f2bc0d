using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace Analytics.Web.Charts;

/// <summary>One ring of a boundary, as longitude and latitude in degrees (closed: the last point is the first).</summary>
public sealed record MapRing(IReadOnlyList<(double Lon, double Lat)> Points);

/// <summary>
/// One division of the vendored boundary data (<c>data/boundaries/counties.geojson</c>): the
/// package's own name within its city (gazetteer code), its pieces.
/// </summary>
public sealed record BoundaryFeature(string Province, string City, string Name, IReadOnlyList<MapRing> Rings);

/// <summary>
/// A row of <c>data/boundaries/boundary-changes.csv</c>: in the years <paramref name="From"/>–<paramref name="To"/>
/// (either open), division <paramref name="Code"/>'s territory is exactly the union of the features
/// <paramref name="DrawnFrom"/> of its city, or, when that list is empty, no set of the data's shapes.
/// </summary>
public sealed record BoundaryChange(string Code, string Name, int? From, int? To, IReadOnlyList<string> DrawnFrom, string Change, string ChangeEn, string Source, string SourceEn)
{
    public bool AppliesTo(int year) => (From is null || year >= From) && (To is null || year <= To);
}

/// <summary>
/// A division to put on the map: code, Chinese name (matched against the data's names), the
/// gazetteer code of its city, and its name as the map's language writes it.
/// </summary>
public sealed record MapDivision(string Code, string Name, string? City, string Label);

/// <summary>
/// How one division of the map is drawn: from which features (with the change row that says so, if
/// any), or why it cannot be: a change row whose shapes no feature set makes up, no feature of its
/// name in the data, or its feature already drawing <paramref name="PartOf"/>.
/// </summary>
public sealed record DivisionShape(MapDivision Division, IReadOnlyList<BoundaryFeature> Features, BoundaryChange? Change, MapDivision? PartOf = null)
{
    public bool Drawn => Features.Count > 0;

    /// <summary>Why it is not drawn, in the map's language; null when it is drawn.</summary>
    public string? Reason(ChartLanguage language)
    {
        var english = language == ChartLanguage.English;
        return Drawn ? null
            : PartOf is { } other ? (english ? $"its shape is drawn as part of {other.Label}" : $"其边界已并入{other.Label}绘出")
            : Change is { } c ? (english ? c.ChangeEn : c.Change)
            : english ? "not in the boundary data" : "边界数据中没有这个区划";
    }
}

/// <summary>The divisions of one map with their shapes, and the features that none of them is drawn from.</summary>
public sealed record MapMatch(IReadOnlyList<DivisionShape> Divisions, IReadOnlyList<BoundaryFeature> Former);

/// <summary>
/// The county boundaries the province map draws, and the matching of their names to the
/// gazetteer's divisions of a year. The data predates some division changes (see
/// <c>data/boundaries/NOTICE.md</c>); <c>boundary-changes.csv</c> says, for each division whose
/// territory is not the one feature of its name, which features make it up or that none can.
/// </summary>
public sealed class MapShapes
{
    private static readonly Lazy<MapShapes> Shipped = new(() => Load(
        Warehouse.DataFiles.Path(Path.Combine("boundaries", "counties.geojson")),
        Warehouse.DataFiles.Path(Path.Combine("boundaries", "boundary-changes.csv"))));

    private readonly Dictionary<(string City, string Name), BoundaryFeature> byName;

    public MapShapes(IReadOnlyList<BoundaryFeature> features, IReadOnlyList<BoundaryChange> changes)
    {
        Features = features;
        Changes = changes;
        byName = [];
        foreach (var feature in features)
        {
            if (!byName.TryAdd((feature.City, feature.Name), feature))
            {
                throw new InvalidDataException($"boundary data: {feature.Name} appears twice in city {feature.City}");
            }
        }
    }

    public IReadOnlyList<BoundaryFeature> Features { get; }

    public IReadOnlyList<BoundaryChange> Changes { get; }

    /// <summary>The files shipped next to the binaries, read once.</summary>
    public static MapShapes Default => Shipped.Value;

    public static MapShapes Load(string geojson, string changes)
    {
        var features = ReadFeatures(geojson);
        var rows = ReadChanges(changes);
        var cities = features.Select(f => f.City).ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            // A change names features of the division's own city; one the data lacks is a typo, not a hole to skip.
            var city = row.Code[..4] + "00";
            foreach (var name in row.DrawnFrom)
            {
                if (!features.Any(f => f.City == city && f.Name == name))
                {
                    throw new InvalidDataException($"{Path.GetFileName(changes)}: {row.Code} {row.Name} is drawn from '{name}', which the boundary data of city {city} does not have");
                }
            }

            if (!cities.Contains(city))
            {
                throw new InvalidDataException($"{Path.GetFileName(changes)}: {row.Code} is in city {city}, which the boundary data does not cover");
            }
        }

        return new MapShapes(features, rows);
    }

    /// <summary>
    /// Which shapes draw each division, in the given order. A change row for the year decides first;
    /// otherwise the feature of the same name in the division's city. A feature draws one division
    /// only: a change row takes it before a division matched by name (in 2021 the new 拱墅区 takes
    /// 下城区's shape, and 下城区, still on that year's list, is listed instead of drawn twice).
    /// </summary>
    public MapMatch Match(IReadOnlyList<MapDivision> divisions, int year)
    {
        var used = new HashSet<BoundaryFeature>(ReferenceEqualityComparer.Instance);
        var result = new DivisionShape?[divisions.Count];
        var owner = new Dictionary<BoundaryFeature, MapDivision>(ReferenceEqualityComparer.Instance);

        for (var i = 0; i < divisions.Count; i++)
        {
            var division = divisions[i];
            if (Changes.FirstOrDefault(c => c.Code == division.Code && c.AppliesTo(year)) is not { } change)
            {
                continue;
            }

            var features = change.DrawnFrom.Select(n => byName[(division.Code[..4] + "00", n)]).ToList();
            if (features.Count == 0 || features.Any(used.Contains))
            {
                result[i] = new DivisionShape(division, [], change);
                continue;
            }

            foreach (var f in features)
            {
                used.Add(f);
                owner[f] = division;
            }

            result[i] = new DivisionShape(division, features, change);
        }

        for (var i = 0; i < divisions.Count; i++)
        {
            if (result[i] is not null)
            {
                continue;
            }

            var division = divisions[i];
            if (division.City is null || !byName.TryGetValue((division.City, division.Name), out var feature))
            {
                result[i] = new DivisionShape(division, [], null);
            }
            else if (owner.TryGetValue(feature, out var other))
            {
                result[i] = new DivisionShape(division, [], null, other);
            }
            else
            {
                used.Add(feature);
                owner[feature] = division;
                result[i] = new DivisionShape(division, [feature], null);
            }
        }

        var cities = divisions.Select(d => d.City).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new MapMatch([.. result.Select(r => r!)], [.. Features.Where(f => cities.Contains(f.City) && !used.Contains(f))]);
    }

    private static List<BoundaryFeature> ReadFeatures(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var features = new List<BoundaryFeature>();
        foreach (var feature in json.RootElement.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            var geometry = feature.GetProperty("geometry");
            if (geometry.GetProperty("type").GetString() != "MultiPolygon")
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}: every feature must be a MultiPolygon");
            }

            var rings = new List<MapRing>();
            foreach (var polygon in geometry.GetProperty("coordinates").EnumerateArray())
            {
                // Outer rings only: the package's shapes have no holes (scripts/build-boundaries.py asserts it).
                var outer = polygon[0];
                rings.Add(new MapRing([.. outer.EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble()))]));
            }

            features.Add(new BoundaryFeature(
                properties.GetProperty("province").GetString()!,
                properties.GetProperty("city").GetString()!,
                properties.GetProperty("name").GetString()!,
                rings));
        }

        return features;
    }

    private static List<BoundaryChange> ReadChanges(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim });
        csv.Read();
        csv.ReadHeader();
        string[] columns = ["code", "name", "from_year", "to_year", "drawn_from", "change", "change_en", "source", "source_en"];
        if (columns.FirstOrDefault(c => !(csv.HeaderRecord ?? []).Contains(c)) is { } missing)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}: the header has no column '{missing}' (expected {string.Join(",", columns)})");
        }

        var rows = new List<BoundaryChange>();
        while (csv.Read())
        {
            var row = csv.Parser.Row;
            string Field(string name) => csv.GetField(name) ?? "";
            int? Year(string name) => Field(name) is { Length: > 0 } y
                ? int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : throw new InvalidDataException($"{Path.GetFileName(path)}: row {row} has {name} '{y}'")
                : null;
            var code = Field("code");
            if (code.Length != 6 || !code.All(char.IsAsciiDigit))
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}: row {row} has code '{code}'");
            }

            rows.Add(new BoundaryChange(
                code,
                Field("name"),
                Year("from_year"),
                Year("to_year"),
                [.. Field("drawn_from").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
                Field("change"),
                Field("change_en"),
                Field("source"),
                Field("source_en")));
        }

        return rows;
    }
}
