using System.Text.RegularExpressions;
using Analytics.Etl.Extraction;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Regions;

namespace Analytics.Etl.Load;

/// <summary>How one column of a statistical table was read: an indicator with its unit and segment, or skipped with the reason.</summary>
public sealed record ColumnMap(int Column, string Header, Indicator? Indicator, string? Unit, string? Segment, string? Skipped);

/// <summary>How one data row was read: the region it stands for (a 合计 row stands for the area), or ignored with the reason.</summary>
public sealed record RowMap(int Row, string Label, Region? Region, bool Total, string? Skipped);

/// <summary>What one sheet of a statistical table gave: its mapping, the facts, and the refusals.</summary>
public sealed record SheetRead(
    string Sheet, int HeaderRow, int? Year, Region? Area,
    IReadOnlyList<ColumnMap> Columns, IReadOnlyList<RowMap> Rows,
    IReadOnlyList<FactRecord> Facts, IReadOnlyList<Rejection> Rejections);

/// <summary>
/// Reads a statistical table laid out regions down and indicators across (see etl/Load/README.md):
/// the first column names regions (or gives GB/T 2260 codes); the header row names catalog
/// indicators by name or alias, with the unit in brackets or in a 单位 row; the year comes from the
/// title or a cell above the header, else the file name. A 合计/全市/总计/全省 row is the area's
/// total (the region the title names, or the common parent of the listed regions). Note rows
/// (注:, 说明:, 资料来源) are ignored. A header the catalog does not know is refused with its
/// column skipped, never guessed. Pure: no database.
/// </summary>
public sealed partial class RegionTable(IndicatorCatalog catalog, Gazetteer gazetteer)
{
    private const int HeaderSearchRows = 12;

    private static readonly string[] TotalLabels = ["合计", "总计", "全市", "全省", "全县", "全区", "全州", "全盟", "全旗", "全自治区", "全市合计", "全省合计"];
    private static readonly string[] NotePrefixes = ["注", "说明", "资料来源", "数据来源", "备注", "附注"];

    private readonly AliasMatcher aliases = new(catalog);
    private readonly RegionLookup regions = new(gazetteer);
    private readonly Dictionary<string, Indicator> byName = catalog.Indicators.ToDictionary(i => i.NameZh, StringComparer.Ordinal);

    /// <summary>
    /// Every sheet of the file read as a region × indicator table. A sheet of no such shape beside
    /// ones that are is named in the rejections; a file with none is refused whole.
    /// </summary>
    public (IReadOnlyList<SheetRead> Sheets, IReadOnlyList<Rejection> Other) ReadFile(string path)
    {
        var sheets = new List<SheetRead>();
        var other = new List<Rejection>();
        foreach (var grid in SheetGrid.Read(path))
        {
            if (TryRead(grid, Path.GetFileName(path)) is { } read)
            {
                sheets.Add(read);
            }
            else if (grid.Rows.Count > 0)
            {
                other.Add(Rejection.AtRow(grid.Rows[0].Number,
                    $"sheet {grid.Name}: no row near the top names a catalog indicator (nor a template header); sheet skipped"));
            }
        }

        if (sheets.Count == 0)
        {
            throw new RejectedFileException("header names no known template (statistics: indicator, value; population: residents; economic bases: base, value; targets: threshold; review sheet: fact_key, verdict) and no sheet is a statistical table (regions down, catalog indicators across)");
        }

        return (sheets, other);
    }

    /// <summary>
    /// The sheet read as a region × indicator table, or null when no row near the top names a
    /// catalog indicator across it (the sheet is some other shape).
    /// </summary>
    public SheetRead? TryRead(SheetGrid sheet, string fileName)
    {
        var headerAt = -1;
        for (var i = 0; i < Math.Min(HeaderSearchRows, sheet.Rows.Count) && headerAt < 0; i++)
        {
            var cells = sheet.Rows[i].Cells;
            if (cells.Skip(1).Any(c => Known(c)))
            {
                headerAt = i;
            }
        }

        if (headerAt < 0)
        {
            return null;
        }

        var header = sheet.Rows[headerAt];
        var above = sheet.Rows.Take(headerAt).SelectMany(r => r.Cells).Where(c => c.Length > 0).ToList();
        var title = string.Join(" ", above);
        var year = YearIn(title) ?? YearIn(Path.GetFileNameWithoutExtension(fileName));
        var area = AreaIn(title);
        var sheetUnit = above.Select(UnitLabel).FirstOrDefault(u => u is not null);

        // A 单位 row right under the header gives each column's unit.
        var first = headerAt + 1;
        string[]? unitRow = null;
        if (first < sheet.Rows.Count && sheet.Rows[first].Cell(0).StartsWith("单位", StringComparison.Ordinal))
        {
            unitRow = sheet.Rows[first].Cells;
            first++;
        }

        var columns = new List<ColumnMap>();
        var rejections = new List<Rejection>();
        for (var c = 1; c < header.Cells.Length; c++)
        {
            var map = MapColumn(c, header.Cell(c), unitRow is null ? null : Cell(unitRow, c), sheetUnit);
            columns.Add(map);
            if (map.Skipped is { } why && header.Cell(c).Length > 0)
            {
                rejections.Add(Rejection.AtRow(header.Number, $"{Where(sheet, c, map.Header)}: {why}; column skipped", map.Header));
            }
        }

        var rows = new List<RowMap>();
        var data = sheet.Rows.Skip(first).ToList();
        var listed = new List<Region>();
        foreach (var row in data)
        {
            var label = Compact(row.Cell(0));
            if (NotePrefixes.Any(p => label.StartsWith(p, StringComparison.Ordinal)))
            {
                rows.Add(new RowMap(row.Number, label, null, false, "note"));
            }
            else if (TotalLabels.Contains(label))
            {
                rows.Add(new RowMap(row.Number, label, null, true, null));
            }
            else
            {
                var (place, error) = area is null ? regions.Resolve(label) : Resolve(label, area.Code);
                rows.Add(new RowMap(row.Number, label, place, false, error));
                if (place is not null)
                {
                    listed.Add(place);
                }
            }
        }

        var total = area ?? CommonParent(listed);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Total)
            {
                rows[i] = total is null
                    ? rows[i] with { Skipped = "the area of a total row is not known (name it in the title)" }
                    : rows[i] with { Region = total };
            }
        }

        var facts = new List<FactRecord>();
        if (year is null)
        {
            rejections.Add(Rejection.AtRow(header.Number,
                $"sheet {sheet.Name}: no year in the title, a cell above the header, or the file name; sheet skipped"));
        }
        else
        {
            for (var i = 0; i < data.Count; i++)
            {
                Values(sheet, data[i], rows[i], columns, year.Value, facts, rejections);
            }
        }

        return new SheetRead(sheet.Name, header.Number, year, area, columns, rows, facts, rejections);
    }

    private void Values(SheetGrid sheet, TableRow row, RowMap map, List<ColumnMap> columns, int year, List<FactRecord> facts, List<Rejection> rejections)
    {
        if (map.Skipped == "note")
        {
            return;
        }

        if (map.Region is not { } place)
        {
            if (columns.Any(c => c.Indicator is not null && row.Cell(c.Column).Length > 0))
            {
                rejections.Add(Rejection.AtRow(row.Number, $"sheet {sheet.Name}, row {row.Number}: {map.Skipped}; row skipped", row.Raw));
            }

            return;
        }

        foreach (var column in columns)
        {
            var text = row.Cell(column.Column);
            if (column.Indicator is not { } ind || text.Length == 0)
            {
                continue;
            }

            var factor = UnitConversion.Factor(catalog.Units, ind, column.Unit!)!.Value; // MapColumn kept only units that fit
            decimal? amount = null;
            var redacted = Cells.IsMasked(text);
            if (!redacted)
            {
                if (Cells.Value(text.Replace("，", ",", StringComparison.Ordinal), out var v) is { } error)
                {
                    rejections.Add(Rejection.AtRow(row.Number, $"{Where(sheet, column.Column, column.Header)}: {error}", row.Raw));
                    continue;
                }

                amount = decimal.Round(v * factor, 6);
            }

            var cell = $"{sheet.Name}!{SheetGrid.ColumnName(column.Column)}{row.Number}";
            facts.Add(new FactRecord(
                place.Code, place.Name, ind.Code, year, year, amount, ind.Unit, "exact", "actual", column.Segment,
                redacted, row.Number, null, null, $"{cell}：{map.Label} · {column.Header} = {text}", false));
        }
    }

    private ColumnMap MapColumn(int column, string header, string? unitCell, string? sheetUnit)
    {
        var text = Compact(header);
        if (text.Length == 0)
        {
            return new ColumnMap(column, text, null, null, null, "no header");
        }

        var (name, unit, segment) = Parts(text);
        unit ??= unitCell is { Length: > 0 } u ? u : sheetUnit;
        var candidates = Candidates(name);
        if (candidates.Count == 0)
        {
            return new ColumnMap(column, text, null, unit, segment, $"header '{text}' names no catalog indicator");
        }

        if (unit is null)
        {
            return new ColumnMap(column, text, null, null, segment, $"header '{text}' gives no unit (put it in brackets, 养老床位数(张), or in a 单位 row)");
        }

        var fitting = candidates.Where(i => UnitConversion.Factor(catalog.Units, i, unit) is not null).ToList();
        return fitting.Count switch
        {
            1 => new ColumnMap(column, text, fitting[0], unit, segment, null),
            0 => new ColumnMap(column, text, null, unit, segment,
                $"unit '{unit}' does not fit {string.Join(" or ", candidates.Select(i => $"{i.Code} (canonical {i.Unit})"))}"),
            _ => new ColumnMap(column, text, null, unit, segment,
                $"header '{text}' may name {string.Join(", ", fitting.Select(i => i.Code))}; use the catalog name"),
        };
    }

    private bool Known(string header) => Candidates(Parts(Compact(header)).Name).Count > 0;

    /// <summary>A header's name, its unit in brackets, and the segment a 城市/城镇/农村 prefix gives.</summary>
    private static (string Name, string? Unit, string? Segment) Parts(string text)
    {
        var m = BracketUnit().Match(text);
        var (name, unit) = m.Success ? (m.Groups[1].Value, m.Groups[2].Value) : (text, (string?)null);
        foreach (var (prefix, segment) in new[] { ("城市", "urban"), ("城镇", "urban"), ("农村", "rural") })
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length)
            {
                return (name[prefix.Length..], unit, segment);
            }
        }

        return (name, unit, null);
    }

    /// <summary>The indicators a header names: its catalog name or code exactly, else the catalog aliases found in it.</summary>
    private List<Indicator> Candidates(string name)
    {
        if (name.Length == 0)
        {
            return [];
        }

        if (byName.TryGetValue(name, out var exact) || catalog.TryGet(name, out exact))
        {
            return [exact];
        }

        return [.. aliases.Find(name).Select(m => m.Indicator).Distinct()];
    }

    private (Region?, string?) Resolve(string label, string contextCode)
    {
        if (gazetteer.Resolve(label, contextCode) is { } place)
        {
            return (place, null);
        }

        return regions.Resolve(label);
    }

    private Region? AreaIn(string title)
    {
        foreach (var mention in gazetteer.FindMentions(title))
        {
            var current = mention.Candidates.Where(c => c.IsCurrent).ToList();
            if (current.Count == 1)
            {
                return current[0];
            }
        }

        return null;
    }

    private Region? CommonParent(List<Region> listed)
    {
        var parents = listed.Select(r => r.ParentCode).Distinct().ToList();
        return parents is [{ } code] ? gazetteer.ByCode(code) : null;
    }

    private static string Where(SheetGrid sheet, int column, string header) =>
        $"sheet {sheet.Name}, column {SheetGrid.ColumnName(column)} '{header}'";

    private static string Cell(string[] cells, int column) => column < cells.Length ? Compact(cells[column]) : "";

    private static string Compact(string text) => WhiteSpace().Replace(text, "");

    /// <summary>A unit a cell above the table states for all of it (单位：张, 计量单位:万元); "" for a bare 单位 label.</summary>
    private static string? UnitLabel(string cell)
    {
        var m = UnitStatement().Match(Compact(cell));
        return m.Success ? m.Groups[1].Value : null;
    }

    private static int? YearIn(string text)
    {
        var m = TitleYear().Match(text);
        return m.Success && int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var y
            && y is >= Cells.FirstYear and <= Cells.LastYear ? y : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^(.+?)[（(]([^（()）]+)[）)]$")]
    private static partial Regex BracketUnit();

    [GeneratedRegex(@"^(?:计量)?单位[:：](.*)$")]
    private static partial Regex UnitStatement();

    [GeneratedRegex(@"(?<!\d)((?:19|20)\d{2})(?!\d)")]
    private static partial Regex TitleYear();
}
