namespace Analytics.Web.Export;

/// <summary>Type of an exported column, so XLSX writes numbers as numbers and Arrow picks a typed array.</summary>
public enum ColumnType
{
    Text,
    Integer,
    Decimal,
    Boolean,
}

/// <summary>One column of a downloadable table; the name is in the reader's language.</summary>
public sealed record ExportColumn(string Name, ColumnType Type);

/// <summary>
/// A table as the page shows it, ready for CSV, XLSX or Arrow: built by the same code that builds
/// the page, so a download never disagrees with the screen. Cells hold string, int, long, decimal,
/// bool or null (missing stays empty, never zero).
/// </summary>
public sealed record ExportTable(string Name, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<object?[]> Rows);
