using Analytics.Etl.Input;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Regions;

namespace Analytics.Etl.Load;

/// <summary>
/// How <c>load</c> would read one file, worked out without a warehouse (<c>load --dry-run</c>): its
/// kind, for a statistical table how every column and row of every sheet was mapped, the facts it
/// would give and what it would quarantine.
/// </summary>
public sealed record FilePlan(
    string Name, string Kind, string? Note, IReadOnlyList<SheetRead> Sheets,
    IReadOnlyList<(string Column, string Role)> TemplateColumns, int Facts, IReadOnlyList<Rejection> Rejections);

/// <summary>Plans files the way <see cref="LoadRun"/> reads them; reads the files only.</summary>
public sealed class LoadPlan(IndicatorCatalog catalog, Gazetteer gazetteer)
{
    private static readonly string[] StatisticsColumns =
        ["region", "region_code", "region_name", "indicator", "year", "value", "unit", "status", "segment", "qualifier", "period_start", "synthetic"];

    private readonly StatisticalTable tables = new(catalog, gazetteer);
    private readonly RegionLookup regions = new(gazetteer);

    public FilePlan Of(string path)
    {
        var name = Path.GetFileName(path);
        if (FileKinds.NotRead(path, tables: true) is { } reason)
        {
            return new FilePlan(name, SourceKind.Unknown.ToSql(), reason, [], [], 0, []);
        }

        if (FileKinds.IsReport(path))
        {
            return new FilePlan(name, SourceKind.Report.ToSql(), "读作报告，事实由抽取器读出（用 extract 查看） / a report: the extractor reads its facts (see them with `extract`)", [], [], 0, []);
        }

        try
        {
            using var table = TableReader.Open(path);
            if (TableKinds.FromHeader(table.Header) is not { } kind)
            {
                var (sheets, other) = tables.ReadFile(path);
                return new FilePlan(name, SourceKind.Statistics.ToSql(), "统计表 / statistical table", sheets, [],
                    sheets.Sum(s => s.Facts.Count), [.. sheets.SelectMany(s => s.Rejections), .. other]);
            }

            if (kind != SourceKind.Statistics)
            {
                return new FilePlan(name, kind.ToSql(), "按模板逐行读取 / read row by row by its template (etl/Load/README.md)", [],
                    [.. table.Header.Names.Select(n => (n, "column of the template"))], 0, []);
            }

            var parser = new StatisticsParser(catalog, regions, table.Header);
            var facts = 0;
            var rejections = new List<Rejection>();
            foreach (var row in table.Rows())
            {
                if (parser.Parse(row).Rejection is { } rejection)
                {
                    rejections.Add(rejection);
                }
                else
                {
                    facts++;
                }
            }

            var columns = table.Header.Names
                .Select(n => (n, StatisticsColumns.Contains(n.Trim().TrimStart('\uFEFF').ToLowerInvariant()) ? "template column" : "ignored: not a template column"))
                .ToList();
            return new FilePlan(name, kind.ToSql(), "长表，一行一个数 / long template, one value per row", [], columns, facts, rejections);
        }
        catch (RejectedFileException e)
        {
            return new FilePlan(name, SourceKind.Unknown.ToSql(), null, [], [], 0, [Rejection.WholeFile(e.Message)]);
        }
    }
}
