using System.Globalization;
using Analytics.Etl.Load;
using Spectre.Console;

namespace Analytics.Etl.Commands;

/// <summary>Prints a <see cref="FilePlan"/>: per sheet, how each column and row was mapped, then what would load and what would be quarantined.</summary>
internal static class DryRunReport
{
    public static void Write(IAnsiConsole console, FilePlan plan)
    {
        console.MarkupLine($"[bold]{Markup.Escape(plan.Name)}[/]: {Markup.Escape(plan.Kind)}{(plan.Note is { } note ? " — " + Markup.Escape(note) : "")}");
        if (plan.TemplateColumns.Count > 0)
        {
            var columns = new Table().AddColumns("列 column", "读作 read as");
            foreach (var (column, role) in plan.TemplateColumns)
            {
                columns.AddRow(Markup.Escape(column), Markup.Escape(role));
            }

            console.Write(columns);
        }

        foreach (var sheet in plan.Sheets)
        {
            Sheet(console, sheet);
        }

        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"将载入 {plan.Facts:N0} 个数，隔离 {plan.Rejections.Count:N0} 项 / {plan.Facts:N0} values would load, {plan.Rejections.Count:N0} quarantined"));
        foreach (var r in plan.Rejections)
        {
            console.MarkupLine($"  {(r.Row is { } row ? $"row {row}" : "file")}: {Markup.Escape(r.Reason)}");
        }
    }

    private static void Sheet(IAnsiConsole console, SheetRead sheet)
    {
        var shape = sheet.Shape == TableShape.RegionsByIndicators ? "地区 × 指标 / regions × indicators" : "指标 × 年份 / indicators × years";
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"sheet {sheet.Sheet}: {shape}; header row {sheet.HeaderRow}; year {sheet.Year?.ToString(CultureInfo.InvariantCulture) ?? "—"}; area {Place(sheet.Area)}")));
        var columns = new Table().AddColumns("列 column", "表头 header", "读作 read as", "单位 unit", "分组 segment");
        foreach (var c in sheet.Columns)
        {
            columns.AddRow(SheetGrid.ColumnName(c.Position), Markup.Escape(c.Label), Markup.Escape(Meaning(c)), Markup.Escape(c.Unit ?? ""), c.Segment.ToSql() ?? "");
        }

        console.Write(columns);
        var rows = new Table().AddColumns("行 row", "标签 label", "读作 read as", "单位 unit", "分组 segment");
        foreach (var r in sheet.Rows)
        {
            rows.AddRow(r.Position.ToString(CultureInfo.InvariantCulture), Markup.Escape(r.Label), Markup.Escape(Meaning(r)), Markup.Escape(r.Unit ?? ""), r.Segment.ToSql() ?? "");
        }

        console.Write(rows);
    }

    private static string Meaning(Mapping m) =>
        m.Skipped is { } why ? (why == "note" ? "注释，忽略 / note, ignored" : "跳过 / skipped: " + why)
        : m.Total && m.Region is { } total ? $"合计 / total = {Place(total)}"
        : m.Indicator is { } i ? $"{i.Code} {i.NameZh}{(m.Region is { } r ? " @ " + Place(r) : "")}"
        : m.Year is { } y ? y.ToString(CultureInfo.InvariantCulture)
        : m.Region is { } place ? Place(place)
        : "";

    private static string Place(Analytics.Warehouse.Regions.Region? region) => region is null ? "—" : $"{region.Code} {region.Name}";
}
