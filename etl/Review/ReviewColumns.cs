using Analytics.Etl.Load;

namespace Analytics.Etl.Review;

/// <summary>
/// The review sheet's columns in order, shared by the export (which writes them) and the loader
/// (which recognises a filled sheet by its fact_key and verdict columns, and reads them back).
/// </summary>
public static class ReviewColumns
{
    public static readonly ReviewColumn FactKey = new("fact_key", "核对编号", 21, ReviewColumnRole.Key);
    public static readonly ReviewColumn RegionCode = new("region_code", "地区代码", 13, ReviewColumnRole.Key);
    public static readonly ReviewColumn Region = new("region", "地区", 11, ReviewColumnRole.Shown);
    public static readonly ReviewColumn Indicator = new("indicator", "指标代码", 22, ReviewColumnRole.Key);
    public static readonly ReviewColumn IndicatorName = new("indicator_name", "指标名称", 16, ReviewColumnRole.Shown);
    public static readonly ReviewColumn Year = new("year", "年份", 8, ReviewColumnRole.Key);
    public static readonly ReviewColumn Status = new("status", "状态", 8, ReviewColumnRole.Key);
    public static readonly ReviewColumn Segment = new("segment", "分项", 9, ReviewColumnRole.Key);
    public static readonly ReviewColumn ValueRead = new("value_read", "读取数值", 13, ReviewColumnRole.Key);
    public static readonly ReviewColumn UnitRead = new("unit_read", "单位", 11, ReviewColumnRole.Key);
    public static readonly ReviewColumn Document = new("document", "文件", 22, ReviewColumnRole.Shown);
    public static readonly ReviewColumn Evidence = new("evidence", "原文（【】内为读取的数字）", 58, ReviewColumnRole.Shown);
    public static readonly ReviewColumn Verdict = new("verdict", "核对结论", 11, ReviewColumnRole.Editable);
    public static readonly ReviewColumn CorrectedValue = new("corrected_value", "更正数值", 17, ReviewColumnRole.Editable);
    public static readonly ReviewColumn CorrectedUnit = new("corrected_unit", "更正单位", 16, ReviewColumnRole.Editable);
    public static readonly ReviewColumn CorrectedYear = new("corrected_year", "更正年份", 16, ReviewColumnRole.Editable);
    public static readonly ReviewColumn CorrectedIndicator = new("corrected_indicator", "更正指标", 21, ReviewColumnRole.Editable);
    public static readonly ReviewColumn OverridesStatistics = new("overrides_statistics", "替代统计表", 22, ReviewColumnRole.Editable);
    public static readonly ReviewColumn Note = new("note", "备注", 22, ReviewColumnRole.Editable);
    public static readonly ReviewColumn Current = new("current", "现有结论", 24, ReviewColumnRole.Shown);

    /// <summary>Every column, in the sheet's order: what was read, the sentence, then where to write.</summary>
    public static readonly IReadOnlyList<ReviewColumn> All =
    [
        FactKey, RegionCode, Region, Indicator, IndicatorName, Year, Status, Segment, ValueRead, UnitRead, Document, Evidence,
        Verdict, CorrectedValue, CorrectedUnit, CorrectedYear, CorrectedIndicator, OverridesStatistics, Note, Current,
    ];

    /// <summary>The columns a filled sheet must still have for its rows to be checked against the warehouse.</summary>
    public static readonly IReadOnlyList<ReviewColumn> Required =
        [FactKey, RegionCode, Indicator, Year, Status, Segment, ValueRead, UnitRead, Verdict];

    /// <summary>A review sheet is told by its header: a fact_key and a verdict column.</summary>
    public static bool IsReviewSheet(TableHeader header) => IndexOf(header, FactKey) >= 0 && IndexOf(header, Verdict) >= 0;

    /// <summary>The column's position in the sheet, or -1.</summary>
    public static int IndexOf(TableHeader header, ReviewColumn column)
    {
        for (var i = 0; i < header.Names.Count; i++)
        {
            if (column.Matches(header.Names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A status as the sheet writes it; a forecast (never a report's reading) keeps its SQL name.</summary>
    public static string StatusWord(FactStatus status) => status switch
    {
        FactStatus.Actual => "实际",
        FactStatus.Target => "目标",
        FactStatus.Plan => "计划",
        _ => status.ToSql(),
    };

    /// <summary>A segment as the sheet writes it (a whole area has none).</summary>
    public static string SegmentWord(Segment segment) => segment switch
    {
        Analytics.Warehouse.Facts.Segment.Urban => "城镇",
        Analytics.Warehouse.Facts.Segment.Rural => "农村",
        _ => "部分",
    };

    /// <summary>How the sheet writes a masked value.</summary>
    public const string Masked = "**";

    /// <summary>The words of the 替代统计表 (overrides statistics) list.</summary>
    public static readonly IReadOnlyList<string> YesNo = ["是", "否"];
}
