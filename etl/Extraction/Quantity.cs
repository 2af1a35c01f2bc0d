namespace Analytics.Etl.Extraction;

/// <summary>
/// A number as it stands in the text with what follows it: 6561.57万元 is 65615700 in the
/// measure 元; 36万余元 is at least 360000 元; 壹拾壹圆壹角 and 十一块一毛 are 11.1 in 元 too (every
/// amount of money has the measure 元, its 角 and 分 folded in); **户 is a masked count of households.
/// Start/End cover the number and its measure words in the rebuilt text. A value type: a report has
/// hundreds of thousands of figures, and the scanner keeps them in a list reused per sentence.
/// </summary>
public readonly record struct Quantity(
    int Start,
    int End,
    int NumberEnd,
    decimal? Value,
    string Measure,
    Period Per,
    Qualifier Qualifier,
    bool Redacted);

/// <summary>The period a standard is quoted for: 元/月, 每人每年, 年标准.</summary>
public enum Period
{
    None,
    Month,
    Year,
}
