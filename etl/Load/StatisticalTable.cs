using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Etl.Extraction;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Regions;

namespace Analytics.Etl.Load;

/// <summary>The two layouts of a statistical table.</summary>
public enum TableShape
{
    /// <summary>Regions down the first column, indicators across the header.</summary>
    RegionsByIndicators,

    /// <summary>Indicators down the first column, years across the header, for one region.</summary>
    IndicatorsByYears,
}

/// <summary>
/// What a header cell or a row label was read as: an indicator with unit and segment, a year, a
/// region (a total row stands for the area), or skipped with the reason.
/// </summary>
public sealed record Mapping(
    int Position, string Label, Indicator? Indicator = null, string? Unit = null, Segment? Segment = null,
    int? Year = null, Region? Region = null, bool Total = false, string? Skipped = null);

/// <summary>What one sheet of a statistical table gave: its layout, how columns and rows were mapped, the facts and the refusals.</summary>
public sealed record SheetRead(
    string Sheet, TableShape Shape, int HeaderRow, int? Year, Region? Area,
    IReadOnlyList<Mapping> Columns, IReadOnlyList<Mapping> Rows,
    IReadOnlyList<FactRecord> Facts, IReadOnlyList<Rejection> Rejections);

/// <summary>
/// Reads statistical tables as bureaus keep them (see etl/Load/README.md). Regions down and
/// indicators across: the first column names regions (or gives GB/T 2260 codes), the header names
/// catalog indicators by name or alias with the unit in brackets or a 单位 row, and the year comes
/// from the title or a cell above, else the sheet name, else the file name. Indicators down and years across: a yearbook
/// table for the one region the title names. A header may take two rows (低保人数 over 城市 | 农村,
/// merged or repeated or left blank), and 城市/城镇/农村 make segments. A 合计/全市/总计/全省 row is
/// the area's total (the region the title names, or the common parent of the listed regions). Note
/// rows (注:, 说明:, 资料来源) are ignored. What the catalog does not know is refused with its column
/// or row skipped, never guessed. Pure: no database.
/// </summary>
public sealed partial class StatisticalTable(IndicatorCatalog catalog, Gazetteer gazetteer)
{
    private const int HeaderSearchRows = 12;

    private static readonly string[] TotalLabels = ["合计", "总计", "全市", "全省", "全县", "全区", "全州", "全盟", "全旗", "全自治区", "全市合计", "全省合计"];
    private static readonly string[] NotePrefixes = ["注", "说明", "资料来源", "数据来源", "备注", "附注"];
    private static readonly (string Word, Segment? Segment)[] SegmentWords =
        [("城市", Segment.Urban), ("城镇", Segment.Urban), ("农村", Segment.Rural), ("合计", null), ("小计", null), ("总计", null)];

    private readonly AliasMatcher aliases = new(catalog);
    private readonly RegionLookup regions = new(gazetteer);
    private readonly Dictionary<string, Indicator> byName = catalog.Indicators.ToDictionary(i => i.NameZh, StringComparer.Ordinal);

    /// <summary>
    /// Every sheet of the file read as a statistical table. A sheet of no such shape beside ones
    /// that are is named in the rejections; a file with none is refused whole.
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
                    $"sheet {grid.Name}: no row near the top names catalog indicators or years across it (nor a template header); sheet skipped"));
            }
        }

        if (sheets.Count == 0)
        {
            throw new RejectedFileException("header names no known template (statistics: indicator, value; population: residents; economic bases: base, value; targets: threshold; review sheet: fact_key, verdict) and no sheet is a statistical table (regions down and catalog indicators across, or indicators down and years across)");
        }

        return (sheets, other);
    }

    /// <summary>The sheet read as a statistical table, or null when no row near the top names indicators or years across it.</summary>
    public SheetRead? TryRead(SheetGrid sheet, string fileName)
    {
        for (var i = 0; i < Math.Min(HeaderSearchRows, sheet.Rows.Count); i++)
        {
            var cells = sheet.Rows[i].Cells.Skip(1).Where(c => c.Length > 0).ToList();
            if (cells.Count == 0 || (cells.Distinct().Count() == 1 && cells[0] == sheet.Rows[i].Cell(0)))
            {
                continue; // a title, merged across the row
            }

            if (cells.Count(c => HeaderYear(c) is not null) >= 1 && cells.All(c => HeaderYear(c) is not null || IsUnitLabel(c)))
            {
                return Read(sheet, i, TableShape.IndicatorsByYears, fileName);
            }

            if (cells.Any(c => Candidates(Parts(Compact(c)).Name).Count > 0))
            {
                return Read(sheet, i, TableShape.RegionsByIndicators, fileName);
            }
        }

        return null;
    }

    private SheetRead Read(SheetGrid sheet, int headerAt, TableShape shape, string fileName)
    {
        var header = sheet.Rows[headerAt];
        var above = sheet.Rows.Take(headerAt).SelectMany(r => r.Cells).Where(c => c.Length > 0).Distinct().ToList();
        var title = string.Join(" ", above);
        var year = YearIn(title) ?? YearIn(sheet.Name) ?? YearIn(Path.GetFileNameWithoutExtension(fileName));
        var area = AreaIn(title);
        var sheetUnit = above.Select(UnitStatement).FirstOrDefault(u => u is not null);
        var first = headerAt + 1;
        var labels = header.Cells.Select(Compact).ToArray();
        var subLabels = new Dictionary<int, string>();

        // A second header row: segment words under their indicator or year (merged, repeated, or
        // blank to the right of it).
        var segments = new Segment?[labels.Length];
        if (first < sheet.Rows.Count && sheet.Rows[first] is var sub && (sub.Cell(0).Length == 0 || sub.Cell(0) == header.Cell(0))
            && sub.Cells.Skip(1).Any(c => IsSegmentWord(Compact(c), out _)))
        {
            var width = Math.Max(labels.Length, sub.Cells.Length);
            labels = [.. labels, .. Enumerable.Repeat("", width - labels.Length)];
            segments = new Segment?[width];
            var parent = "";
            for (var c = 1; c < width; c++)
            {
                parent = labels[c].Length > 0 ? labels[c] : parent;
                var word = Compact(sub.Cell(c));
                if (IsSegmentWord(word, out var segment))
                {
                    labels[c] = parent;
                    segments[c] = segment;
                    subLabels[c] = word;
                }
            }

            first++;
        }

        string[]? unitRow = null;
        if (shape == TableShape.RegionsByIndicators && first < sheet.Rows.Count && IsUnitLabel(sheet.Rows[first].Cell(0)))
        {
            unitRow = sheet.Rows[first].Cells;
            first++;
        }

        var unitColumn = shape == TableShape.IndicatorsByYears ? Array.FindIndex(labels, l => IsUnitLabel(l)) : -1;
        var rejections = new List<Rejection>();
        var columns = new List<Mapping>();
        for (var c = 1; c < labels.Length; c++)
        {
            if (c == unitColumn)
            {
                continue;
            }

            var map = shape == TableShape.RegionsByIndicators
                ? MapIndicator(c, labels[c], unitRow is null || c >= unitRow.Length ? null : Compact(unitRow[c]), sheetUnit)
                : HeaderYear(labels[c]) is { } y ? new Mapping(c, labels[c], Year: y) : new Mapping(c, labels[c], Skipped: "not a year");
            if (subLabels.TryGetValue(c, out var word))
            {
                map = map with { Label = $"{labels[c]} {word}", Segment = segments[c] ?? map.Segment };
            }

            columns.Add(map);
            if (map.Skipped is { } why && labels[c].Length > 0)
            {
                rejections.Add(Rejection.AtRow(header.Number, $"{Where(sheet, c, map.Label)}: {why}; column skipped", map.Label));
            }
        }

        var data = sheet.Rows.Skip(first).ToList();
        var rows = shape == TableShape.RegionsByIndicators
            ? RegionRows(data, area)
            : [.. data.Select(r => IndicatorRow(r, unitColumn < 0 ? null : Compact(r.Cell(unitColumn)), sheetUnit, area))];

        var facts = new List<FactRecord>();
        if (shape == TableShape.RegionsByIndicators && year is null)
        {
            rejections.Add(Rejection.AtRow(header.Number,
                $"sheet {sheet.Name}: no year in the title, a cell above the header, the sheet name or the file name; sheet skipped"));
        }
        else if (shape == TableShape.IndicatorsByYears && area is null)
        {
            rejections.Add(Rejection.AtRow(header.Number,
                $"sheet {sheet.Name}: no region named in the title or a cell above the header; sheet skipped"));
        }
        else
        {
            for (var i = 0; i < data.Count; i++)
            {
                Values(sheet, data[i], rows[i], columns, year, facts, rejections);
            }
        }

        return new SheetRead(sheet.Name, shape, header.Number, year, area, columns, rows, facts, rejections);
    }

    private List<Mapping> RegionRows(List<TableRow> data, Region? area)
    {
        var rows = new List<Mapping>();
        foreach (var row in data)
        {
            var label = Compact(row.Cell(0));
            if (IsNote(label))
            {
                rows.Add(new Mapping(row.Number, label, Skipped: "note"));
            }
            else if (TotalLabels.Contains(label))
            {
                rows.Add(new Mapping(row.Number, label, Total: true));
            }
            else
            {
                var (place, error) = area is not null && gazetteer.Resolve(label, area.Code) is { } near ? (near, null) : regions.Resolve(label);
                rows.Add(new Mapping(row.Number, label, Region: place, Skipped: error));
            }
        }

        var parents = rows.Where(r => r.Region is not null).Select(r => r.Region!.ParentCode).Distinct().ToList();
        var total = area ?? (parents is [{ } code] ? gazetteer.ByCode(code) : null);
        return [.. rows.Select(r => !r.Total ? r
            : total is null ? r with { Skipped = "the area of a total row is not known (name it in the title)" }
            : r with { Region = total })];
    }

    private Mapping IndicatorRow(TableRow row, string? unitCell, string? sheetUnit, Region? area)
    {
        var label = Compact(row.Cell(0));
        if (IsNote(label))
        {
            return new Mapping(row.Number, label, Skipped: "note");
        }

        return MapIndicator(row.Number, label, unitCell, sheetUnit) with { Region = area };
    }

    private void Values(SheetGrid sheet, TableRow row, Mapping map, List<Mapping> columns, int? sheetYear, List<FactRecord> facts, List<Rejection> rejections)
    {
        if (map.Skipped == "note")
        {
            return;
        }

        var used = columns.Where(c => c.Skipped is null && row.Cell(c.Position).Length > 0).ToList();
        if (map.Skipped is not null || map.Region is null)
        {
            if (used.Count > 0)
            {
                rejections.Add(Rejection.AtRow(row.Number, $"sheet {sheet.Name}, row {row.Number} '{map.Label}': {map.Skipped}; row skipped", row.Raw));
            }

            return;
        }

        foreach (var column in used)
        {
            var ind = (column.Indicator ?? map.Indicator)!; // one of the two is mapped when neither is skipped
            var unit = (column.Unit ?? map.Unit)!;
            var year = (column.Year ?? sheetYear)!.Value;
            var text = row.Cell(column.Position);
            var factor = UnitConversion.Factor(catalog.Units, ind, unit)!.Value; // MapIndicator keeps only units that fit
            decimal? amount = null;
            var redacted = Cells.IsMasked(text);
            if (!redacted)
            {
                if (Cells.Value(text, out var v) is { } error)
                {
                    rejections.Add(Rejection.AtRow(row.Number, $"{Where(sheet, column.Position, column.Label)}: {error}", row.Raw));
                    continue;
                }

                amount = decimal.Round(v * factor, 6);
            }

            var cell = $"{sheet.Name}!{SheetGrid.ColumnName(column.Position)}{row.Number}";
            facts.Add(new FactRecord(
                map.Region.Code, map.Region.Name, ind.Code, year, year, amount, ind.Unit, Qualifier.Exact, FactStatus.Actual, column.Segment ?? map.Segment,
                redacted, row.Number, null, null, $"{cell}：{map.Label} · {column.Label} = {text}", false));
        }
    }

    private Mapping MapIndicator(int position, string label, string? unitCell, string? sheetUnit)
    {
        if (label.Length == 0)
        {
            return new Mapping(position, label, Skipped: "no header");
        }

        var (name, unit, segment) = Parts(label);
        unit ??= unitCell is { Length: > 0 } u ? u : sheetUnit;
        var candidates = Candidates(name);
        if (candidates.Count == 0)
        {
            return new Mapping(position, label, Unit: unit, Segment: segment, Skipped: $"'{label}' names no catalog indicator");
        }

        if (unit is null)
        {
            return new Mapping(position, label, Segment: segment,
                Skipped: $"'{label}' gives no unit (put it in brackets, 养老床位数(张), or in a 单位 row or column)");
        }

        var fitting = candidates.Where(i => UnitConversion.Factor(catalog.Units, i, unit) is not null).ToList();
        return fitting.Count switch
        {
            1 => new Mapping(position, label, fitting[0], unit, segment),
            0 => new Mapping(position, label, Unit: unit, Segment: segment,
                Skipped: $"unit '{unit}' does not fit {string.Join(" or ", candidates.Select(i => $"{i.Code} (canonical {i.Unit})"))}"),
            _ => new Mapping(position, label, Unit: unit, Segment: segment,
                Skipped: $"'{label}' may name {string.Join(", ", fitting.Select(i => i.Code))}; use the catalog name"),
        };
    }

    /// <summary>A label's name (numbering and 其中 dropped), its unit in brackets, and the segment a 城市/城镇/农村 prefix gives.</summary>
    private static (string Name, string? Unit, Segment? Segment) Parts(string text)
    {
        text = Lead().Replace(text, "");
        var m = BracketUnit().Match(text);
        var (name, unit) = m.Success ? (m.Groups[1].Value, m.Groups[2].Value) : (text, (string?)null);
        foreach (var (word, segment) in SegmentWords)
        {
            if (segment is not null && name.StartsWith(word, StringComparison.Ordinal) && name.Length > word.Length)
            {
                return (name[word.Length..], unit, segment);
            }
        }

        return (name, unit, null);
    }

    /// <summary>The indicators a label names: its catalog name or code exactly, else the catalog aliases found in it.</summary>
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

    /// <summary>The most local region the title names without ambiguity (衢州市柯城区 → 柯城区).</summary>
    private Region? AreaIn(string title) =>
        gazetteer.FindMentions(title)
            .Select(m => m.Candidates.Where(c => c.IsCurrent).ToList() is [var one] ? one : null)
            .OfType<Region>()
            .OrderByDescending(r => r.Level)
            .FirstOrDefault();

    /// <summary>Whether a second header row's word is a segment word (城市 → urban) or a total (合计/小计, no segment).</summary>
    private static bool IsSegmentWord(string word, out Segment? segment)
    {
        foreach (var (w, s) in SegmentWords)
        {
            if (w == word)
            {
                segment = s;
                return true;
            }
        }

        segment = null;
        return false;
    }

    private static bool IsNote(string label) => NotePrefixes.Any(p => label.StartsWith(p, StringComparison.Ordinal));

    private static bool IsUnitLabel(string cell) => Compact(cell) is "单位" or "计量单位" || Compact(cell).StartsWith("单位", StringComparison.Ordinal);

    private static int? HeaderYear(string cell)
    {
        var m = ColumnYear().Match(Compact(cell));
        return m.Success && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var y && y is >= Cells.FirstYear and <= Cells.LastYear ? y : null;
    }

    private static string Where(SheetGrid sheet, int column, string header) =>
        $"sheet {sheet.Name}, column {SheetGrid.ColumnName(column)} '{header}'";

    private static string Compact(string text) => WhiteSpace().Replace(text, "");

    /// <summary>A unit a cell above the table states for all of it (单位：张, 计量单位:万元).</summary>
    private static string? UnitStatement(string cell)
    {
        var m = UnitCell().Match(Compact(cell));
        return m.Success && m.Groups[1].Value.Length > 0 ? m.Groups[1].Value : null;
    }

    private static int? YearIn(string text)
    {
        var m = TitleYear().Match(text);
        return m.Success && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var y
            && y is >= Cells.FirstYear and <= Cells.LastYear ? y : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^(?:其中[:：]?|#|\d{1,2}[.、．]|[一二三四五六七八九十]{1,2}[、.．])+")]
    private static partial Regex Lead();

    [GeneratedRegex(@"^(.+?)[（(]([^（()）]+)[）)]$")]
    private static partial Regex BracketUnit();

    [GeneratedRegex(@"^(?:计量)?单位[:：](.*)$")]
    private static partial Regex UnitCell();

    [GeneratedRegex(@"^((?:19|20)\d{2})年?$")]
    private static partial Regex ColumnYear();

    [GeneratedRegex(@"(?<!\d)((?:19|20)\d{2})(?!\d)")]
    private static partial Regex TitleYear();
}
