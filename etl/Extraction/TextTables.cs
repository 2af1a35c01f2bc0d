using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Analytics.Warehouse.Catalog;

namespace Analytics.Etl.Extraction;

/// <summary>
/// Statistical tables that reached the text flattened, read row by row. These shapes are known:
/// rows with their cells between '|' ("| 养老机构 | 个 | 712 |", "| 結婚登記(萬對) | 7.2 | 8.98 |");
/// one cell per line, each ending in '|' (a header "项目 |", "2018年 |" … "单位 |", then each row's
/// label, values and unit on lines of their own); each cell on lines of its own with a line of bars after it
/// ("|" ends a cell, "||" the row); and columns aligned by spaces under a line of years
/// ("2009年 2010年", rows "离婚登记对数 2741 3140"), two such tables side by side included.
/// A row counts when its label, without its numbering and its unit in brackets, is a catalog alias
/// and words that add nothing to it (人数, 合计, 登记, 城市 …); "精神疾病服务机构床位" or "每千人结婚对数"
/// name something else and are passed over; a label that names only a measure ("机构数", "销售额") takes the
/// subject of the section row above it ("二、养老机构") or of the numbered caption ("表10 福利彩票"). Each value takes its column's year, or the table's: the
/// year of its caption or of the lines above it, else the report's. The unit comes from a 单位 column,
/// from the label's brackets or from a "单位:对" line. A label that names a head count in a money
/// unit ("(1)最低生活保障 | 万元") is the same subject's money indicator.
/// </summary>
internal sealed partial class TextTables(AliasMatcher aliases, QuantityScanner scanner, UnitTable units, Siblings siblings)
{
    private const int MinRows = 2;

    /// <summary>
    /// Appends the facts of every table in <paramref name="text"/> to <paramref name="facts"/>, and the
    /// [start, end) offsets of the text each table covers to <paramref name="covered"/>.
    /// </summary>
    public void Read(
        string document, string text, bool traditional, int? reportYear, Warehouse.Regions.Region? region,
        List<ExtractedFact> facts, List<(int Start, int End)> covered)
    {
        // Most reports hold no table written as text: no bar, no year followed by a space (a line of years),
        // no header run together or spaced out ("指标名称单位数量", "指 标 单 位 数 量"), none of a return that sets
        // the period beside the same period a year before (上年同期).
        if (!text.Contains('|') && (!text.Contains("年 ", StringComparison.Ordinal) || !YearHeader().IsMatch(text))
            && !text.Contains("单位数量", StringComparison.Ordinal) && !text.Contains("代码", StringComparison.Ordinal)
            && !text.Contains("单 位 数 量", StringComparison.Ordinal) && !text.Contains(" Item ", StringComparison.Ordinal)
            && !text.Contains("同期", StringComparison.Ordinal) && !text.Contains("地区 ", StringComparison.Ordinal))
        {
            return;
        }

        var lines = Lines(text);
        for (var i = 0; i < lines.Count;)
        {
            var table = BarLinesTable(text, lines, i) ?? ReturnCellsTable(text, lines, i) ?? PipeTable(text, lines, i) ?? SpacedTable(text, lines, i) ?? GluedTable(text, lines, i) ?? CodedTable(text, lines, i)
                ?? BilingualTable(text, lines, i) ?? PeriodTable(text, lines, i) ?? SpacedAreasTable(text, lines, i);
            if (table is null)
            {
                i++;
                continue;
            }

            var year = CaptionYear(text, lines, i, table) ?? reportYear;
            var unit = CaptionUnit(text, lines, i);
            Emit(document, text, table, year, unit, CaptionSubject(text, lines, i), traditional, region, facts);
            covered.Add((lines[i].Start, lines[table.EndLine - 1].End));
            i = table.EndLine;
        }
    }

    private void Emit(
        string document, string text, Table table, int? tableYear, string? tableUnit, string? subject, bool traditional,
        Warehouse.Regions.Region? region, List<ExtractedFact> facts)
    {
        // Per indicator, year and segment, the row whose alias is longest: "(1)养老机构床位数" and not "2.床位数".
        var best = new Dictionary<(string, int?, Segment?), (int AliasLength, ExtractedFact Fact)>();
        var order = new List<(string, int?, Segment?)>();
        Segment? segment = null;
        var section = subject;
        foreach (var row in table.Rows)
        {
            var label = Normalise(row.Cells[0].Text, traditional, out var bracketUnit);
            var valueCells = table.Columns.Where(c => c.Index < row.Cells.Count && Number().IsMatch(row.Cells[c.Index].Text)).ToList();
            if (valueCells.Count == 0)
            {
                // A row without figures heads what follows: "城市最低生活保障 | |" makes its rows urban, and
                // "二、养老机构" names what its rows "机构数", "床位数" count.
                segment = SegmentOf(label);
                section = label.Length is > 0 and <= 12 ? label : null;
                continue;
            }

            var unit = (table.UnitColumn is { } uc && uc < row.Cells.Count && row.Cells[uc].Text.Length > 0 ? row.Cells[uc].Text : null)
                ?? bracketUnit ?? tableUnit;
            if (unit is null)
            {
                continue;
            }

            foreach (var column in valueCells)
            {
                var cell = row.Cells[column.Index];
                if ((Bind(label, cell.Text, unit) ?? (section is not null && SectionCount().IsMatch(label) ? Bind(section + label, cell.Text, unit) : null))
                    is not var (indicator, aliasLength, q, rowSegment))
                {
                    continue;
                }

                var value = (decimal?)(q.Value is { } v ? Decimals(v * units.Factor(indicator.Unit, q.Measure)!.Value) : null); // Bind checked the factor
                if (value is { } standard && indicator.IsStandard && q.Per == Period.Year)
                {
                    value = Math.Round(standard / 12m, 2, MidpointRounding.AwayFromZero);
                }

                var year = column.Year ?? tableYear + column.YearOffset;
                var seg = rowSegment ?? (WholeArea(label) ? null : segment);
                var numberEnd = cell.Start + NumberLength(cell.Text);
                var fact = new ExtractedFact(
                    document, region?.Name, region?.Code, seg, indicator.Code, value, indicator.Unit, year, year,
                    Qualifier.Exact, FactStatus.Actual, false, cell.Start, numberEnd,
                    text[row.Cells[0].Start..row.Cells[^1].End]);
                var key = (indicator.Code, year, seg);
                if (!best.TryGetValue(key, out var held))
                {
                    order.Add(key);
                    best[key] = (aliasLength, fact);
                }
                else if (aliasLength > held.AliasLength)
                {
                    best[key] = (aliasLength, fact);
                }
            }

            // A row that names its own part ("城市特困人员救助供养人数") or the whole area ("城乡特困人员…") has left
            // the section above it.
            segment = SegmentOf(label) is null && !WholeArea(label) ? segment : null;
        }

        foreach (var key in order)
        {
            facts.Add(best[key].Fact);
        }
    }

    private static decimal Decimals(decimal d) => Numbers.Decimals.TrimZeros(d);

    private static int NumberLength(string cell)
    {
        var n = 0;
        while (n < cell.Length && (char.IsAsciiDigit(cell[n]) || cell[n] is '.' or ','))
        {
            n++;
        }

        return n;
    }

    // The indicator a row's label names in its unit, the length of the alias, the cell as a quantity, and
    // the label's own segment word (城市特困人员… is urban).
    private (Indicator Indicator, int AliasLength, Quantity Quantity, Segment? Segment)? Bind(string label, string number, string unit)
    {
        var quantities = new List<Quantity>();
        scanner.Scan(number.Replace(",", "", StringComparison.Ordinal) + unit, quantities);
        if (quantities.Count != 1 || quantities[0].Start != 0)
        {
            return null;
        }

        var q = quantities[0];
        (Indicator, int, Quantity, Segment?)? chosen = null;
        foreach (var m in aliases.Find(label))
        {
            var indicator = units.Factor(m.Indicator.Unit, q.Measure) is not null ? m.Indicator
                : siblings.MoneyOf(m.Indicator) is { } money && units.Factor(money.Unit, q.Measure) is not null ? money
                : null;
            if (indicator is null || (chosen is { } c && c.Item2 >= m.End - m.Start))
            {
                continue;
            }

            if (Leftover(label[..m.Start] + label[m.End..], out var segment))
            {
                chosen = (indicator, m.End - m.Start, q, segment);
            }
        }

        return chosen;
    }

    // Whether what is left of a label beside its alias is only neutral words and segment words (anything
    // else and the row is about something else), and the segment the last segment word names.
    private static bool Leftover(string rest, out Segment? segment)
    {
        segment = null;
        var i = 0;
        while (i < rest.Length)
        {
            // Digits and signs, and the months a row covers ("1-6月城市最低生活保障支出").
            if (!IsHan(rest[i]) || (rest[i] == '月' && i > 0 && char.IsAsciiDigit(rest[i - 1])))
            {
                i++;
                continue;
            }

            var word = Neutral.FirstOrDefault(w => string.CompareOrdinal(rest, i, w, 0, w.Length) == 0);
            if (word is not null)
            {
                i += word.Length;
                continue;
            }

            var seg = SegmentWords.FirstOrDefault(w => string.CompareOrdinal(rest, i, w.Word, 0, w.Word.Length) == 0);
            if (seg.Word is null)
            {
                return false;
            }

            segment = seg.Segment;
            i += seg.Word.Length;
        }

        return true;
    }

    private static bool WholeArea(string label) => label.Contains("城乡", StringComparison.Ordinal) || label.StartsWith("全", StringComparison.Ordinal);

    private static Segment? SegmentOf(string label) =>
        SegmentWords.FirstOrDefault(w => label.Contains(w.Word, StringComparison.Ordinal)).Segment;

    // Words a label may add to its alias without naming anything else, longest first where they overlap.
    private static readonly string[] Neutral =
    [
        "机构数", "个数",
        "人数", "户数", "对数", "数量", "总数", "总量", "总计", "合计", "累计", "全年", "本年", "本期", "总额", "金额", "资金", "支出", "实际",
        "销售额", "销售量", "销量",
        "全市", "全省", "全县", "全区", "全国", "全州", "城乡", "登记", "办理", "准予", "依法", "人员", "对象", "救助", "供养", "保障",
        "居民", "数", "总", "的",
    ];

    private static readonly (string Word, Segment? Segment)[] SegmentWords =
        [("城市", Segment.Urban), ("城镇", Segment.Urban), ("市区", Segment.Urban), ("农村", Segment.Rural), ("乡村", Segment.Rural)];

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9fff';

    // A label as the alias matcher reads it: simplified script, no reading in brackets (結(jié)婚), no
    // numbering ("(1)", "A、", "二、", "1."), its unit in brackets taken out ("结婚登记(万对)" → 万对).
    private static string Normalise(string cell, bool traditional, out string? bracketUnit)
    {
        var sb = new StringBuilder(cell.Length);
        foreach (var c in cell)
        {
            sb.Append(traditional ? TraditionalScript.Simplified(c) : c);
        }

        var label = Pinyin().Replace(sb.ToString(), "");
        label = Numbering().Replace(label, "");
        bracketUnit = null;
        var unit = BracketUnit().Match(label);
        if (unit.Success)
        {
            bracketUnit = unit.Groups["u"].Value;
            label = label[..unit.Index] + label[(unit.Index + unit.Length)..];
        }

        return label.Trim();
    }

    [GeneratedRegex(@"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,8}[)）]")]
    private static partial Regex Pinyin();

    // A row's numbering, and the 其中 or # that marks a row as one of the row above's ("其中:养老机构床位数", "#老年人").
    [GeneratedRegex(@"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d)|[A-Z][、.．]?(?=\p{IsCJKUnifiedIdeographs}))?\s*(?:其中\s*[:：]?\s*)?")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"[(（](?<u>[^()（）]{1,6})[)）]\s*$")]
    private static partial Regex BracketUnit();

    // A row that counts or sums what its section or the table's caption names: "机构数", "个  数", "床位数",
    // "床 位"; "销售额" under "表10 福利彩票".
    [GeneratedRegex(@"^(?:机构\s*数|个\s*数|床\s*位\s*数?|单位\s*数|销\s*售\s*[额量]|销\s*量)$")]
    private static partial Regex SectionCount();

    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")]
    private static partial Regex Number();

    // ---- the three shapes ----

    private sealed record Cell(int Start, int End, string Text);

    private sealed record Row(IReadOnlyList<Cell> Cells);

    // A value column: its year, or the table's when null, moved by YearOffset (-1 for a return's 上年同期 column).
    private sealed record Column(int Index, int? Year, int YearOffset = 0);

    private sealed record Table(IReadOnlyList<Row> Rows, IReadOnlyList<Column> Columns, int? UnitColumn, int EndLine);

    private readonly record struct Line(int Start, int End);

    private static List<Line> Lines(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            lines.Add(new Line(start, end > start && text[end - 1] == '\r' ? end - 1 : end));
            start = end + 1;
        }

        return lines;
    }

    // Rows between '|': a run of lines holding one. Lines of one cell each are rebuilt into rows.
    private static Table? PipeTable(string text, List<Line> lines, int first)
    {
        // A return's header further down ("| 指标名称 |") starts a table of its own.
        var end = first;
        while (end < lines.Count && text.AsSpan(lines[end].Start, lines[end].End - lines[end].Start).Contains('|')
            && (end == first || ReturnCell(text, lines[end]) is not ("指标名称" or "指标")))
        {
            end++;
        }

        if (end - first < MinRows + 1)
        {
            return null;
        }

        var rows = new List<Row>();
        for (var i = first; i < end; i++)
        {
            var cells = PipeCells(text, lines[i]);
            if (cells.Count > 0 && !cells.All(c => c.Text.Length == 0 || c.Text.All(ch => ch is '-' or ':' or ' ')))
            {
                rows.Add(new Row(cells));
            }
        }

        if (rows.Count(r => r.Cells.Count == 1) * 10 >= rows.Count * 7)
        {
            rows = OneCellPerLine(rows);
        }

        return WithHeader(Realigned(rows), end);
    }

    // The statistics system's return with each cell on a line of its own, closed by a bar: a header of column names
    // ("指标名称 |", "单位 |", "代码 |", "数量 |", "上年数据 |", "同比 |"), the form's column marks ("甲 |", "乙 |", "1 |" …),
    // then as many cells a row, an empty one a bare "|" ("(1)最低生活保障 |", "万元 |", "JZH011212100 |", "15,504.3 |",
    // "14,196.2 |", "9.21 |"). The period's own column (数量, 本期) is read under the table's year, and the same period
    // a year before (上年数据, 上年同期) under the year before; a change, a code or another period (上季度, 上月) is not.
    private static Table? ReturnCellsTable(string text, List<Line> lines, int first)
    {
        if (ReturnCell(text, lines[first]) is not ("指标名称" or "指标"))
        {
            return null;
        }

        var cells = new List<Cell>();
        var cellLines = new List<int>();
        var end = first;
        for (; end < lines.Count; end++)
        {
            var line = text.AsSpan(lines[end].Start, lines[end].End - lines[end].Start);
            if (line.IsWhiteSpace())
            {
                continue;
            }

            if (!line.TrimEnd().EndsWith("|", StringComparison.Ordinal) || line.Count('|') > 2)
            {
                break;
            }

            var cell = ReturnCell(text, lines[end]);
            var at = lines[end].Start + text.AsSpan(lines[end].Start, lines[end].End - lines[end].Start).IndexOf(cell.Length > 0 ? cell : "|");
            cells.Add(new Cell(at, at + cell.Length, cell));
            cellLines.Add(end);
        }

        var width = 0;
        while (width < cells.Count && ReturnHeaders.Contains(cells[width].Text))
        {
            width++;
        }

        var names = cells.Take(width).Select(c => c.Text).ToList();
        var unitColumn = names.IndexOf("单位") is var u and >= 0 ? u : names.IndexOf("计量单位");
        var own = names.FindIndex(n => n is "数量" or "本期" or "本月" or "本年累计");
        var yearBefore = names.FindIndex(n => n is "上年数据" or "上年同期" or "去年同期");
        if (width < 3 || unitColumn < 0 || own < 0)
        {
            return null;
        }

        var at0 = width;
        if (at0 < cells.Count && cells[at0].Text == "甲")
        {
            at0 += width; // 甲 乙 丙 1 2 3: the form's marks for its columns
        }

        var rows = new List<Row>();
        for (; at0 + width <= cells.Count; at0 += width)
        {
            while (at0 < cells.Count && cells[at0].Text.Length == 0)
            {
                at0++; // a stray empty cell between rows: every row opens with its label
            }

            if (at0 + width > cells.Count)
            {
                break;
            }

            var chunk = cells.GetRange(at0, width);
            if (Number().IsMatch(chunk[0].Text) || chunk[unitColumn].Text.Length > 6
                || chunk[unitColumn].Text.Any(char.IsAsciiDigit))
            {
                break; // out of step with the header: the table ended
            }

            rows.Add(new Row(chunk));
        }

        List<Column> columns = [new Column(own, null)];
        if (yearBefore >= 0)
        {
            columns.Add(new Column(yearBefore, null, -1));
        }

        return rows.Count < MinRows ? null : new Table(rows, columns, unitColumn, cellLines[at0 - 1] + 1);
    }

    // A line's one cell: its text without the bars around it and the spaces.
    private static string ReturnCell(string text, Line line) =>
        text.AsSpan(line.Start, line.End - line.Start).Trim().Trim('|').Trim().ToString();

    private static readonly HashSet<string> ReturnHeaders =
        ["指标名称", "指标", "单位", "计量单位", "代码", "数量", "本期", "本月", "本年累计", "上年数据", "上年同期", "去年同期", "上季度", "上月", "环比", "同比", "增减", "增减%", "同比%", "环比%"];

    // A page's table with each cell on lines of its own and a line of bars after it: "|" closes a cell, "||" or
    // more closes the row too ("1", "|", "社会组织数(万个)", "|", "32.0", "|", "44.6", "|", "||"). A cell of
    // several lines stacks rows that share the row's number ("收养性…床位数(万张)", "其中:养老机构床位数(万张)",
    // over "170.3", "154.3"), unless only its label wraps; a row of another width (merged cells) is passed over,
    // and so is a header's leading 序号 column.
    private static Table? BarLinesTable(string text, List<Line> lines, int first)
    {
        if (first + 3 >= lines.Count || BarCount(text, lines[first]) != 0 || BarCount(text, lines[first + 1]) != 1)
        {
            return null;
        }

        var rows = new List<List<List<Line>>>();
        var row = new List<List<Line>>();
        var cell = new List<Line>();
        var end = first;
        for (var i = first; i < lines.Count; i++)
        {
            var line = lines[i];
            var bars = BarCount(text, line);
            if (bars < 0)
            {
                break; // a line that mixes bars and text: another shape
            }

            if (bars == 0)
            {
                if (line.End - line.Start is var length && (length == 0 || text.AsSpan(line.Start, length).IsWhiteSpace()))
                {
                    continue;
                }

                if (cell.Count >= 6 || length > 60)
                {
                    break; // prose again
                }

                cell.Add(line);
                continue;
            }

            if (cell.Count > 0 || bars == 1)
            {
                row.Add(cell.Count > 0 ? cell : [new Line(line.Start, line.Start)]); // an empty cell stands where its bar does
            }

            cell = [];
            if (bars >= 2)
            {
                rows.Add(row);
                row = [];
                end = i + 1;
            }
        }

        if (rows.Count < MinRows + 1)
        {
            return null;
        }

        var skip = Joined(text, rows[0][0]).Text == "序号" ? 1 : 0;
        var width = rows[0].Count;
        var built = new List<Row>();
        foreach (var r in rows)
        {
            if (r.Count != width)
            {
                continue;
            }

            var depth = r[skip].Count;
            if (depth > 1 && r.Skip(skip + 1).All(c => c.Count == depth || c.Count == 1) && r.Skip(skip + 1).Any(c => c.Count == depth))
            {
                for (var k = 0; k < depth; k++)
                {
                    built.Add(new Row([.. r.Skip(skip).Select(c => Joined(text, [c[Math.Min(k, c.Count - 1)]]))]));
                }
            }
            else
            {
                built.Add(new Row([.. r.Skip(skip).Select(c => Joined(text, c))]));
            }
        }

        return WithHeader(built, end);
    }

    // How many bars a line holds when it holds nothing else, 0 for a line without one, -1 for one that mixes them.
    private static int BarCount(string text, Line line)
    {
        var span = text.AsSpan(line.Start, line.End - line.Start).Trim();
        var bars = span.Count('|');
        return bars == 0 ? 0 : bars == span.Length ? bars : -1;
    }

    // A cell of one or more lines: a label that wraps is one label ("最低生活保障", "人数(万人)").
    private static Cell Joined(string text, List<Line> parts) =>
        parts.Count == 1 ? Trimmed(text, parts[0].Start, parts[0].End)
        : new Cell(parts[0].Start, parts[^1].End, string.Concat(parts.Select(p => text.AsSpan(p.Start, p.End - p.Start).Trim().ToString())));

    // Merged cells that a page lost put a row's label on the line above its unit and figure, run together with
    // the headings of the next section: "一、提供住宿的民政机构 二、社会救助 城市最低生活保障 |", then "个 | 86 |". The label
    // (the text before the next heading) joins the unit and figure as one row; the headings that follow it
    // become a row without figures, which heads the rows after it.
    private static List<Row> Realigned(List<Row> rows)
    {
        List<Row>? result = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (i + 1 < rows.Count && row.Cells.Count == 1 && row.Cells[0].Text.Length > 0 && rows[i + 1] is { Cells: [var unit, var figure, ..] }
                && UnitWord().IsMatch(unit.Text) && Number().IsMatch(figure.Text))
            {
                result ??= rows.Take(i).ToList();
                var label = row.Cells[0];
                var heading = SectionHeading().Match(label.Text, SectionHeading().Match(label.Text) is { Success: true, Index: 0 } first ? first.Length : 0);
                var cut = heading.Success ? heading.Index : label.Text.Length;
                var name = label.Text[..cut].TrimEnd();
                result.Add(new Row([new Cell(label.Start, label.Start + name.Length, name), .. rows[i + 1].Cells]));
                if (heading.Success)
                {
                    result.Add(new Row([new Cell(label.Start + cut, label.End, label.Text[cut..])]));
                }

                i++;
                continue;
            }

            result?.Add(row);
        }

        return result ?? rows;
    }

    [GeneratedRegex(@"[一二三四五六七八九十]{1,3}、")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^(?:个|人|户|对|张|家|所|名|具|处|次|人次|户次|元|万元|亿元|万人|万人次|万户|万张|%)$")]
    private static partial Regex UnitWord();

    private static List<Cell> PipeCells(string text, Line line)
    {
        var cells = new List<Cell>();
        var s = line.Start;
        var e = line.End;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        if (s < e && text[s] == '|')
        {
            s++; // a leading bar opens the first cell
        }

        var cellStart = s;
        for (var i = s; i <= e; i++)
        {
            if (i == e || text[i] == '|')
            {
                if (i == e && cellStart >= e)
                {
                    break; // the line ended on a bar
                }

                cells.Add(Trimmed(text, cellStart, i));
                cellStart = i + 1;
            }
        }

        while (cells.Count > 1 && cells[^1].Text.Length == 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return cells;
    }

    private static Cell Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new Cell(start, end, text[start..end]);
    }

    // "项目 |", "2018年 |" … "单位 |", then "登记结婚对数 |", "8129 |" …: the header's width cuts the cells into rows.
    private static List<Row> OneCellPerLine(List<Row> lines)
    {
        var cells = lines.Select(r => r.Cells[0]).ToList();
        var headerStart = cells.FindIndex(c => YearCell(c.Text) is not null);
        if (headerStart < 1)
        {
            return [];
        }

        headerStart--; // the label cell of the header ("项目")
        var width = 1;
        while (headerStart + width < cells.Count && YearCell(cells[headerStart + width].Text) is not null)
        {
            width++;
        }

        if (headerStart + width < cells.Count && IsUnitHeader(cells[headerStart + width].Text))
        {
            width++;
        }

        var rows = new List<Row>();
        for (var at = headerStart; at + width <= cells.Count; at += width)
        {
            var chunk = cells.GetRange(at, width);
            if (rows.Count > 0 && (Number().IsMatch(chunk[0].Text) || !chunk.Skip(1).Any(c => Number().IsMatch(c.Text))))
            {
                break; // out of step with the header: the table ended
            }

            rows.Add(new Row(chunk));
        }

        return rows;
    }

    // Columns under a line of years: "2009年 2010年   2009年 2010年", rows "label n n  label n n"; or a yearbook's
    // "指标名称 单位 2021 年 2020 年", its rows "城镇居民最低生活保障人数   人   44209   48843" with the unit after the
    // label. Blank lines and rows without figures (section heads such as "二、养老机构") may stand between rows.
    private static Table? SpacedTable(string text, List<Line> lines, int first)
    {
        var header = text[lines[first].Start..lines[first].End];
        var yearMatches = HeaderYears().Matches(header);
        if (yearMatches.Count < 2 || HeaderYears().Replace(HeaderWords().Replace(header, " "), " ").Trim().Length > 0)
        {
            return null;
        }

        var hasUnit = header.Contains("单位", StringComparison.Ordinal);
        var headerYears = yearMatches.Select(m => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)).ToList();
        // Side-by-side tables repeat the same years: the block width is the run before the first repeat.
        var width = headerYears.Count;
        for (var k = 1; k < headerYears.Count; k++)
        {
            if (headerYears[k] == headerYears[0])
            {
                width = k;
                break;
            }
        }

        // Side by side, each block's rows and section heads are read in its own order: a head ("二、养老机构") names
        // what the rows below it on its side count, not those of the block beside it.
        var blocks = Math.Max(1, headerYears.Count / width);
        var byBlock = Enumerable.Range(0, blocks).Select(_ => new List<Row>()).ToList();
        var blockColumns = new double[blocks];
        var seen = new int[blocks];
        var end = first + 1;
        var last = first + 1;
        var items = new List<(int Column, Row Row)>();
        for (; end < lines.Count; end++)
        {
            var line = lines[end];
            var segments = LabelRuns().Matches(text, line.Start).TakeWhile(m => m.Index < line.End).ToList();
            items.Clear();
            if (segments.Count == 0)
            {
                if (IsBlank(text, line))
                {
                    continue;
                }

                if (!IsSectionLine(text, line))
                {
                    break;
                }

                SectionHeads(text, line.Start, line.End, items);
            }
            else
            {
                last = end + 1;
            }

            foreach (var m in segments)
            {
                var numbers = m.Groups["n"].Captures;
                var label = m.Groups["label"];
                // A head of the block on the left may run into the label of a row on the right: "三、社会福利院   六、…".
                var rowStart = SectionHeads(text, label.Index, label.Index + label.Length, items, keepLast: true);
                if (numbers.Count != width)
                {
                    continue;
                }

                var labelText = text[rowStart..(label.Index + label.Length)].Trim();
                var labelStart = rowStart + text[rowStart..(label.Index + label.Length)].IndexOf(labelText[0]);
                var cells = new List<Cell>();
                var unitCell = new Cell(label.Index + label.Length, label.Index + label.Length, "");
                if (hasUnit && TrailingUnit().Match(labelText) is { Success: true } u)
                {
                    var unitStart = label.Index + label.Value.LastIndexOf(u.Groups["u"].Value, StringComparison.Ordinal);
                    unitCell = new Cell(unitStart, unitStart + u.Groups["u"].Length, u.Groups["u"].Value);
                    labelText = labelText[..u.Index].TrimEnd();
                }

                cells.Add(new Cell(labelStart, labelStart + labelText.Length, labelText));
                if (hasUnit)
                {
                    cells.Add(unitCell);
                }

                cells.AddRange(numbers.Select(n => new Cell(n.Index, n.Index + n.Length, n.Value)));
                items.Add((labelStart - line.Start, new Row(cells)));
            }

            // As many items as blocks: one each, left to right, and their columns tell where each block stands. Fewer:
            // each goes to the block whose column it is nearest.
            for (var k = 0; k < items.Count; k++)
            {
                var block = items.Count == blocks ? k : Nearest(blockColumns, seen, items[k].Column, Math.Min(k, blocks - 1));
                if (items.Count == blocks)
                {
                    blockColumns[block] += (items[k].Column - blockColumns[block]) / ++seen[block];
                }

                byBlock[block].Add(items[k].Row);
            }
        }

        var rows = byBlock.SelectMany(b => b).ToList();
        if (rows.Count(r => r.Cells.Count > 1) < MinRows)
        {
            return null;
        }

        // Every row holds `width` values after its label (and unit), whichever side-by-side block it stands in.
        var offset = hasUnit ? 2 : 1;
        var columns = Enumerable.Range(0, width).Select(k => new Column(k + offset, headerYears[k])).ToList();
        return new Table(rows, columns, hasUnit ? 1 : null, last);
    }

    // The section heads in [from, to) ("二、养老机构   六、公墓"): the text up to the first gap of spaces before a
    // section's numbering, and each such part after it, added to <paramref name="items"/> as rows of a label only
    // (a unit after a head is dropped). With <paramref name="keepLast"/> the last part is a row's label and is
    // not added. Returns where the last part starts.
    private static int SectionHeads(string text, int from, int to, List<(int Column, Row Row)> items, bool keepLast = false)
    {
        var span = text.AsSpan(from, to - from);
        var starts = new List<int> { from + (span.Length - span.TrimStart().Length) };
        foreach (var m in HeadAfterGap().EnumerateMatches(span))
        {
            starts.Add(from + m.Index);
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, from - 1)) + 1;
        for (var k = 0; k < starts.Count - (keepLast ? 1 : 0); k++)
        {
            var head = text[starts[k]..(k + 1 < starts.Count ? starts[k + 1] : to)].TrimEnd();
            if (TrailingUnit().Match(head) is { Success: true } u)
            {
                head = head[..u.Index].TrimEnd();
            }

            if (head.Length > 0)
            {
                items.Add((starts[k] - lineStart, new Row([new Cell(starts[k], starts[k] + head.Length, head)])));
            }
        }

        return starts[^1];
    }

    // The block whose column is nearest, among those seen; <paramref name="fallback"/> before any is.
    private static int Nearest(double[] columns, int[] seen, int column, int fallback)
    {
        var best = -1;
        for (var b = 0; b < columns.Length; b++)
        {
            if (seen[b] > 0 && (best < 0 || Math.Abs(columns[b] - column) < Math.Abs(columns[best] - column)))
            {
                best = b;
            }
        }

        return best < 0 ? fallback : best;
    }

    // A gap of three or more spaces, then a section's numbering: "   六、".
    [GeneratedRegex(@"(?<=[^\S\n]{3,})[一二三四五六七八九十]{1,3}、")]
    private static partial Regex HeadAfterGap();

    // A provincial yearbook printed in Chinese and English: "项目 Item 2010 2015 2020 2021", then per row its Chinese
    // label with the unit in brackets, the English label (wrapped over a line or two), and the values at the end of
    // the label's line or on a line of their own. A row with fewer values than years has the latest ones (a series
    // begun later). Rows of "#女性", "#老年人" break a row down by who, not by area, and are passed over.
    private static Table? BilingualTable(string text, List<Line> lines, int first)
    {
        var header = BilingualHeader().Match(text, lines[first].Start, lines[first].End - lines[first].Start);
        if (!header.Success)
        {
            return null;
        }

        var years = header.Groups["y"].Captures.Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture)).ToList();
        var rows = new List<Row>();
        Cell? label = null;
        var end = first + 1;
        var last = end;
        for (; end < lines.Count; end++)
        {
            var line = text[lines[end].Start..lines[end].End];
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var han = line.AsSpan().IndexOfAnyExcept(" \t\u3000");
            var row = BilingualRow().Match(line);
            if (row.Success && (IsHan(line[han]) || line[han] == '#'))
            {
                var name = row.Groups["label"];
                label = line[han] == '#' ? null : new Cell(lines[end].Start + name.Index, lines[end].Start + name.Index + name.Length, name.Value);
            }
            else if (!row.Success && !AsciiLine().IsMatch(line))
            {
                break; // prose again
            }

            last = end + 1;
            var values = row.Success ? row.Groups["n"].Captures : BilingualValues().Match(line) is { Success: true } v ? v.Groups["n"].Captures : null;
            if (values is null || values.Count == 0 || values.Count > years.Count)
            {
                continue;
            }

            if (label is { } named)
            {
                var cells = new List<Cell> { named };
                cells.AddRange(Enumerable.Repeat(new Cell(named.End, named.End, ""), years.Count - values.Count));
                cells.AddRange(values.Select(n => new Cell(lines[end].Start + n.Index, lines[end].Start + n.Index + n.Length, n.Value)));
                rows.Add(new Row(cells));
            }

            label = null;
        }

        return rows.Count < MinRows ? null : new Table(rows, [.. years.Select((y, k) => new Column(k + 1, y))], null, last);
    }

    [GeneratedRegex(@"^\s*(?:项\s*目|指\s*标)\s+(?:Item|Indicator)s?(?:\s+(?<y>(?:19|20)\d{2}))+\s*$")]
    private static partial Regex BilingualHeader();

    // A label line: the Chinese label (with its unit in brackets), the English one, and maybe the values.
    [GeneratedRegex(@"^\s*(?<label>[#\p{IsCJKUnifiedIdeographs}][^A-Za-z\n]*?)\s+[A-Za-z][^\n]*?(?:\s+(?<n>\d[\d,]*(?:\.\d+)?))*\s*$")]
    private static partial Regex BilingualRow();

    [GeneratedRegex(@"^(?:\s*(?<n>\d[\d,]*(?:\.\d+)?))+\s*$")]
    private static partial Regex BilingualValues();

    // A line of English or of figures only: a wrapped English label or a row's values.
    [GeneratedRegex(@"^[\x20-\x7E\t]+$")]
    private static partial Regex AsciiLine();

    private static bool IsBlank(string text, Line line) => text.AsSpan(line.Start, line.End - line.Start).IsWhiteSpace();

    // A line of a table that holds labels only: short, no digits, no sentence ending.
    private static bool IsSectionLine(string text, Line line)
    {
        var span = text.AsSpan(line.Start, line.End - line.Start);
        return span.Length <= 80 && span.IndexOfAnyInRange('0', '9') < 0 && span.IndexOfAny("。，,；;") < 0;
    }

    // The statistics system's own report form, its columns set apart by spaces: a header "指标名称 单位 代码 数量
    // 上季度 环比", then rows "(1)最低生活保障 万元 JZH011212100 81,234.5 60,118.2 35.12" (label, unit, the
    // indicator's code, this period's figure first) and section rows "一、综合 JZH011000000". A row without a
    // unit says nothing of what it counts and is passed over.
    private static Table? CodedTable(string text, List<Line> lines, int first)
    {
        if (!CodedHeader().IsMatch(text.AsSpan(lines[first].Start, lines[first].End - lines[first].Start)))
        {
            return null;
        }

        var rows = new List<Row>();
        var end = first + 1;
        for (; end < lines.Count; end++)
        {
            var line = text[lines[end].Start..lines[end].End];
            var m = CodedRow().Match(line);
            if (!m.Success)
            {
                if (end == first + 1 && ColumnNumbers().IsMatch(line))
                {
                    continue; // "1 2 3 4": the form numbers its columns
                }

                break;
            }

            var at = lines[end].Start;
            var label = m.Groups["label"];
            var cells = new List<Cell> { new(at + label.Index, at + label.Index + label.Length, label.Value) };
            if (m.Groups["unit"].Success && m.Groups["n"].Success)
            {
                var unit = m.Groups["unit"];
                var n = m.Groups["n"];
                cells.Add(new Cell(at + unit.Index, at + unit.Index + unit.Length, unit.Value));
                cells.Add(new Cell(at + n.Index, at + n.Index + n.Length, n.Value));
            }

            rows.Add(new Row(cells));
        }

        return rows.Count(r => r.Cells.Count == 3) < MinRows ? null : new Table(rows, [new Column(2, null)], 1, end);
    }

    [GeneratedRegex(@"^\s*指标名称\s+(?:计量)?单位\s+代码\s+(?:数量|本期)")]
    private static partial Regex CodedHeader();

    [GeneratedRegex(@"^\s*(?<label>\S.*?)\s+(?:(?<unit>[^\s\d]{1,6})\s+)?[A-Z]{2,5}\d{6,}(?:\s+(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))?(?:\s+\S+)*\s*$")]
    private static partial Regex CodedRow();

    [GeneratedRegex(@"^\s*\d(?:\s+\d)+\s*$")]
    private static partial Regex ColumnNumbers();

    // Cells run together as a page's table loses its borders: a header "指标名称单位数量", then rows
    // "养老机构床位万张11.3", "最低生活保障人数万人7.1" (label, unit, value), rows of a count without a unit
    // ("养老机构586") and section rows without a value.
    private static Table? GluedTable(string text, List<Line> lines, int first)
    {
        var header = text.AsSpan(lines[first].Start, lines[first].End - lines[first].Start).Trim();
        return header.Length > 30 || !GluedHeader().IsMatch(header) ? null : LabelUnitValueRows(text, lines, first, GluedRow());
    }

    // The rows under a header, each matched by <paramref name="row"/> into its label, unit and value, up to the
    // first line that is no row: one value column, the unit in the second cell.
    private static Table? LabelUnitValueRows(string text, List<Line> lines, int first, Regex row)
    {
        var rows = new List<Row>();
        var end = first + 1;
        for (; end < lines.Count; end++)
        {
            var trimmed = Trimmed(text, lines[end].Start, lines[end].End);
            if (trimmed.Text.Length == 0)
            {
                continue;
            }

            var m = row.Match(trimmed.Text);
            if (!m.Success)
            {
                break; // prose again
            }

            var label = m.Groups["label"];
            var labelCell = new Cell(trimmed.Start + label.Index, trimmed.Start + label.Index + label.Length, label.Value);
            if (!m.Groups["n"].Success)
            {
                rows.Add(new Row([labelCell])); // a section: its label may give the rows after it a segment
                continue;
            }

            // The returns leave the unit of a count of places blank ("养老机构586" under 指标名称单位数量): 个, which
            // binds only indicators that count institutions, centres, stations or organisations.
            var (u, n) = (m.Groups["u"], m.Groups["n"]);
            var unitCell = u.Success
                ? new Cell(trimmed.Start + u.Index, trimmed.Start + u.Index + u.Length, u.Value)
                : new Cell(trimmed.Start + n.Index, trimmed.Start + n.Index, "个");
            rows.Add(new Row([labelCell, unitCell, new Cell(trimmed.Start + n.Index, trimmed.Start + n.Index + n.Length, n.Value)]));
        }

        return rows.Count(r => r.Cells.Count == 3) < MinRows ? null : new Table(rows, [new Column(2, null)], 1, end);
    }

    // "指标名称单位数量", and spaced out as a typeset header leaves it: "指 标 单 位 数 量".
    [GeneratedRegex(@"^指\s?标(?:\s?名\s?称)?\s*(?:计\s?量\s?)?单\s?位\s*(?:数\s?量|数\s?值|本\s?期)$")]
    private static partial Regex GluedHeader();

    // The unit may stand apart from the label and the value ("居民最低生活保障人数 万人 2061.3"); a row may open with
    // its numbering or its months ("1-12月社会服务费实际支出 亿元 3655.9").
    [GeneratedRegex(@"^(?<label>(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）]|\d{1,2}-\d{1,2}月)?[^\d\s][^\d]*?)\s*(?<u>万人次|万人|万户|万张|万个|万对|万元|亿元|元/人[·、/]?[月年]|人次|万|张|人|户|个|对|件|元|%)?\s*(?<n>\d[\d,]*(?:\.\d+)?)?$")]
    private static partial Regex GluedRow();

    // A monthly or quarterly return set as text: "指标名称 单位 本期 上年同期 增减%", then "城市低保人数 人 12,356 13,021 -5.1".
    // The period's own column is read, under the table's year; the same period a year before and the change are not.
    private static Table? PeriodTable(string text, List<Line> lines, int first)
    {
        var header = text.AsSpan(lines[first].Start, lines[first].End - lines[first].Start).Trim();
        return header.Length > 40 || !PeriodHeader().IsMatch(header) ? null : LabelUnitValueRows(text, lines, first, PeriodRow());
    }

    [GeneratedRegex(@"^指\s?标(?:\s?名\s?称)?\s+(?:计\s?量\s?)?单\s?位\s+(?:本\s?期|本\s?月|本年累计|本\s?年|累\s?计)(?:数)?\s+(?:上年同期|去年同期|同\s?期)(?:数)?(?:\s+(?:增减|增长|同比|比上年)\S{0,4})?$")]
    private static partial Regex PeriodHeader();

    // A label (or a section line of its own), its unit, the period's value, the value a year before, and the change.
    [GeneratedRegex(@"^(?<label>(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）])?[^\d\s][^\d]*?)(?:\s+(?<u>[^\d\s]{1,6})\s+(?<n>\d[\d,]*(?:\.\d+)?)\s+\d[\d,]*(?:\.\d+)?(?:\s+[-+]?\d+(?:\.\d+)?%?)?)?$")]
    private static partial Regex PeriodRow();

    private static Table? WithHeader(List<Row> rows, int endLine)
    {
        var headerAt = rows.FindIndex(r => r.Cells.Count >= 2 && r.Cells.Skip(1).Any(c => YearCell(c.Text) is not null || IsUnitHeader(c.Text) || IsValueHeader(c.Text)));
        if (headerAt < 0)
        {
            return AreasDown(rows, endLine);
        }

        var header = rows[headerAt].Cells;
        int? unitColumn = null;
        var columns = new List<Column>();
        for (var k = 1; k < header.Count; k++)
        {
            if (IsUnitHeader(header[k].Text))
            {
                unitColumn = k;
            }
            else if (YearCell(header[k].Text) is { } y)
            {
                columns.Add(new Column(k, y));
            }
            else if (IsValueHeader(header[k].Text))
            {
                columns.Add(new Column(k, null));
            }
        }

        var body = rows.Skip(headerAt + 1).ToList();
        return columns.Count == 0 || body.Count < MinRows ? null : new Table(body, columns, unitColumn, endLine);
    }

    // The areas-down table of AreasDown with its cells set apart by spaces: "地区 低保户数（户） 低保人数（人）",
    // then "全市 25630 41258", "甲县 6210 10023".
    private static Table? SpacedAreasTable(string text, List<Line> lines, int first)
    {
        var header = SpaceCells(text, lines[first]);
        if (header.Count < 3 || !AreaHeader().IsMatch(header[0].Text))
        {
            return null;
        }

        var rows = new List<Row> { new(header) };
        var end = first + 1;
        for (; end < lines.Count; end++)
        {
            var cells = SpaceCells(text, lines[end]);
            if (cells.Count == 0)
            {
                continue;
            }

            if (cells.Count != header.Count || !cells.Skip(1).All(c => Number().IsMatch(c.Text)))
            {
                break;
            }

            rows.Add(new Row(cells));
        }

        return AreasDown(rows, end);
    }

    [GeneratedRegex(@"^(?:地\s?区|区\s?域|县[(（]市、区[)）]|县市区|单位名称|行政区划)$")]
    private static partial Regex AreaHeader();

    private static List<Cell> SpaceCells(string text, Line line)
    {
        var cells = new List<Cell>();
        var p = line.Start;
        while (p < line.End)
        {
            while (p < line.End && char.IsWhiteSpace(text[p]))
            {
                p++;
            }

            var start = p;
            while (p < line.End && !char.IsWhiteSpace(text[p]))
            {
                p++;
            }

            if (p > start)
            {
                cells.Add(new Cell(start, p, text[start..p]));
            }
        }

        return cells;
    }

    // Areas down and indicators across ("地区 | 低保户数（户） | 低保金（万元） |", then "合计 | …", "甲县 | …"):
    // the row of the whole area (合计, 总计, 全市 …) is read, each header cell as its label and unit. The rows
    // of the areas inside it are the parts' own statistics and are not read as the report's.
    private static Table? AreasDown(List<Row> rows, int endLine)
    {
        var headerAt = rows.FindIndex(r => r.Cells.Count >= 3 && r.Cells.Skip(1).Count(c => BracketUnit().IsMatch(c.Text)) >= 2);
        if (headerAt < 0)
        {
            return null;
        }

        var header = rows[headerAt].Cells;
        var total = rows.Skip(headerAt + 1).FirstOrDefault(r => r.Cells.Count == header.Count && TotalRow().IsMatch(r.Cells[0].Text));
        if (total is null)
        {
            return null;
        }

        var body = Enumerable.Range(1, header.Count - 1).Select(k => new Row([header[k], total.Cells[k]])).ToList();
        return new Table(body, [new Column(1, null)], null, endLine);
    }

    [GeneratedRegex(@"^(?:合计|总计|全市|全省|全县|全区|全州|全盟|全旗|全国|总数)$")]
    private static partial Regex TotalRow();

    private static int? YearCell(string cell)
    {
        var m = YearOnly().Match(cell);
        return m.Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
    }

    // "单 位", "数 量": statistics pages space out their two-character headers.
    private static bool IsUnitHeader(string cell) => Unspaced(cell) is "单位" or "計量單位" or "计量单位" or "單位";

    private static string Unspaced(string cell) =>
        cell.Length is > 2 and < 12 && cell.AsSpan().ContainsAny(HeaderSpaces) ? string.Concat(cell.Split(HeaderSpaceChars)) : cell;

    private static readonly char[] HeaderSpaceChars = [' ', '\u3000', '\u00A0'];

    private static readonly System.Buffers.SearchValues<char> HeaderSpaces = System.Buffers.SearchValues.Create(HeaderSpaceChars);

    private static bool IsValueHeader(string cell) => Unspaced(cell) is "数量" or "數量" or "数值" or "本期" or "本年" or "本月" or "累计" or "合计" or "指标值";

    // The year a table is for when its columns give none: its caption or a line just above it
    // ("2021年2季度民政统计数据", "| 2020年3月 | ||").
    private static int? CaptionYear(string text, List<Line> lines, int first, Table table)
    {
        if (table.Columns.All(c => c.Year is not null))
        {
            return null;
        }

        for (var i = Math.Min(first + 3, table.EndLine - 1); i >= Math.Max(0, first - 4); i--)
        {
            var m = CaptionYearPattern().Match(text, lines[i].Start, lines[i].End - lines[i].Start);
            if (m.Success)
            {
                return int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    // What a numbered caption a few lines above the table names ("表10 福利彩票"): the subject of rows that
    // name only a measure.
    private static string? CaptionSubject(string text, List<Line> lines, int first) => Above(text, lines, first, Caption(), "s");

    [GeneratedRegex(@"^\s*表\s*\d{1,2}\s*[:：.、]?\s*(?<s>\p{IsCJKUnifiedIdeographs}{2,12})\s*\|?\s*$", RegexOptions.Multiline)]
    private static partial Regex Caption();

    private static string? CaptionUnit(string text, List<Line> lines, int first) => Above(text, lines, first, UnitLine(), "u");

    // The group of the first line from the table's first up to three above it that the pattern matches.
    private static string? Above(string text, List<Line> lines, int first, Regex pattern, string group)
    {
        for (var i = first; i >= Math.Max(0, first - 3); i--)
        {
            var m = pattern.Match(text, lines[i].Start, lines[i].End - lines[i].Start);
            if (m.Success)
            {
                return m.Groups[group].Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:19|20)\d{2}[^\S\n]?年(?:末|底)?[^\S\n]+(?:19|20)\d{2}[^\S\n]?年")]
    private static partial Regex YearHeader();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})[^\S\n]?年(?:末|底)?")]
    private static partial Regex HeaderYears();

    // The words a line of years may hold besides its years: "指标名称 单位 2021 年 2020 年".
    [GeneratedRegex(@"指标名称|指\s*标|项\s*目|(?:计量)?单\s*位")]
    private static partial Regex HeaderWords();

    // A row's unit after its label, set apart by spaces: "农村最低生活保障人数   人".
    [GeneratedRegex(@"\s+(?<u>[^\s\d()（）]{1,4})$")]
    private static partial Regex TrailingUnit();

    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2})\s*年?(?:度|末|底)?$")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*年")]
    private static partial Regex CaptionYearPattern();

    [GeneratedRegex(@"单位\s*[:：]\s*(?<u>[^\s,，;；)）]{1,6})")]
    private static partial Regex UnitLine();

    // A label (no digits) then its numbers, separated by spaces: "离婚登记对数 2741 3140".
    [GeneratedRegex(@"\G[^\S\n]*(?<label>[^\d\s|][^\d|\n]*?)(?:[^\S\n]+(?<n>\d[\d,]*(?:\.\d+)?))+(?=[^\S\n]|$)", RegexOptions.Multiline)]
    private static partial Regex LabelRuns();
}
