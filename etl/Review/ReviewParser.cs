using System.Globalization;
using System.Text;
using Analytics.Etl.Load;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Reviews;

namespace Analytics.Etl.Review;

/// <summary>
/// Reads the rows of a filled review sheet against what the warehouse holds for their keys. Pure:
/// the caller looks the keys up, so every rule is testable without a database. A row is refused
/// (with its reason) when its key names no fact, a key column was edited, the verdict is not one of
/// the list, or a correction is missing, not a number, in a unit that does not fit, or changes
/// nothing; a row with no verdict and nothing corrected is not reviewed yet and is passed over.
/// </summary>
public sealed class ReviewParser
{
    private static readonly ReviewColumn[] Corrections =
        [ReviewColumns.CorrectedValue, ReviewColumns.CorrectedUnit, ReviewColumns.CorrectedYear, ReviewColumns.CorrectedIndicator];

    private readonly IndicatorCatalog catalog;
    private readonly Dictionary<string, Indicator> byName;
    private readonly Dictionary<ReviewColumn, int> index;

    public ReviewParser(IndicatorCatalog catalog, TableHeader header)
    {
        this.catalog = catalog;
        byName = catalog.Indicators.ToDictionary(i => i.NameZh, StringComparer.Ordinal);
        index = ReviewColumns.All.ToDictionary(c => c, c => ReviewColumns.IndexOf(header, c));
        var missing = ReviewColumns.Required.Where(c => index[c] < 0).Select(c => c.Header).ToList();
        if (missing.Count > 0)
        {
            throw new RejectedFileException("review sheet lacks column(s): " + string.Join(", ", missing));
        }
    }

    /// <summary>The fact key a row names (trimmed; empty when the cell is).</summary>
    public string Key(TableRow row) => Cell(row, ReviewColumns.FactKey);

    /// <summary>
    /// The decision a row states, the reason it is refused, or neither when the row is not filled in.
    /// <paramref name="fact"/> is what the warehouse holds for the row's key, null when nothing.
    /// </summary>
    public (ReviewDecision? Decision, Rejection? Rejection) Parse(TableRow row, ReadFact? fact)
    {
        var verdictText = Cell(row, ReviewColumns.Verdict);
        var corrected = Corrections.Where(c => Cell(row, c).Length > 0).ToList();
        if (verdictText.Length == 0 && corrected.Count == 0)
        {
            return (null, null);
        }

        if (row.Problem is { } problem)
        {
            return Refuse(row, problem);
        }

        var key = Key(row);
        if (key.Length == 0)
        {
            return Refuse(row, "fact_key is empty: every row of a review sheet names the reading it reviews");
        }

        if (verdictText.Length == 0)
        {
            return Refuse(row, $"{string.Join(", ", corrected.Select(c => c.Header))} filled in without the verdict 更正 (correct)");
        }

        if (!Verdicts.TryParseWord(verdictText, out var verdict))
        {
            return Refuse(row, $"verdict '{verdictText}' is not one of {string.Join(", ", Verdicts.Words)} (confirm, correct, reject)");
        }

        if (fact is null)
        {
            return Refuse(row, $"unknown or stale fact key '{key}': no fact of this warehouse has it (the report was not loaded here, or its number is no longer read this way)");
        }

        if (EditedKeyColumn(row, fact) is { } edited)
        {
            return Refuse(row, edited);
        }

        var overridesText = Cell(row, ReviewColumns.OverridesStatistics);
        bool? overrides = overridesText.ToLowerInvariant() switch
        {
            "" or "否" or "no" or "false" or "0" => false,
            "是" or "yes" or "true" or "1" => true,
            _ => null,
        };
        if (overrides is null)
        {
            return Refuse(row, $"替代统计表 overrides_statistics '{overridesText}' is not 是 (yes) or 否 (no)");
        }

        var note = Cell(row, ReviewColumns.Note) is { Length: > 0 } n ? n : null;
        if (verdict != Verdict.Corrected)
        {
            if (corrected.Count > 0)
            {
                return Refuse(row, $"{verdict.Word()} with {string.Join(", ", corrected.Select(c => c.Header))} filled in: write 更正 (correct) to correct the reading");
            }

            return overrides == true
                ? Refuse(row, "替代统计表 overrides_statistics goes with 更正 (correct) only")
                : (new ReviewDecision(row.Number, key, fact, verdict, null, false, note), null);
        }

        var (correction, error) = Correction(row, fact);
        return error is not null
            ? Refuse(row, error)
            : (new ReviewDecision(row.Number, key, fact, verdict, correction, overrides.Value, note), null);
    }

    private (FactRecord? Fact, string? Error) Correction(TableRow row, ReadFact fact)
    {
        var valueText = Normalize(Cell(row, ReviewColumns.CorrectedValue));
        var unitText = Cell(row, ReviewColumns.CorrectedUnit);
        var yearText = Cell(row, ReviewColumns.CorrectedYear);
        var indicatorText = Cell(row, ReviewColumns.CorrectedIndicator);
        if (valueText.Length == 0 && yearText.Length == 0 && indicatorText.Length == 0)
        {
            return (null, unitText.Length > 0
                ? "更正单位 corrected_unit without a corrected value: write the value in 更正数值 corrected_value"
                : "更正 (correct) without a corrected value, year or indicator");
        }

        if (!catalog.TryGet(fact.Indicator, out var indicator))
        {
            return (null, $"the reading's indicator '{fact.Indicator}' is no longer in the catalog");
        }

        if (indicatorText.Length > 0 && !catalog.TryGet(indicatorText, out indicator) && !byName.TryGetValue(indicatorText, out indicator))
        {
            return (null, $"更正指标 corrected_indicator '{indicatorText}' is not an indicator of the catalog (a code or Chinese name, see the guide sheet)");
        }

        var year = fact.Year;
        if (yearText.Length > 0)
        {
            if (Cells.Year(YearText(yearText), "更正年份 corrected_year", out var y) is { } yearError)
            {
                return (null, yearError);
            }

            year = y;
        }

        var value = fact.Value;
        if (valueText.Length > 0)
        {
            if (valueText[^1] is '%' && unitText.Length == 0)
            {
                (valueText, unitText) = (valueText[..^1].TrimEnd(), "%");
            }

            if (!Cells.TryDecimal(valueText, out var amount))
            {
                return (null, $"更正数值 corrected_value '{Cell(row, ReviewColumns.CorrectedValue)}' is not a number (write the unit in 更正单位 corrected_unit)");
            }

            if (amount < 0 || amount > 999_999_999_999m)
            {
                return (null, $"更正数值 corrected_value {valueText} is out of range");
            }

            var factor = unitText.Length == 0 ? 1m : UnitConversion.Factor(catalog.Units, indicator, unitText);
            if (factor is null)
            {
                return (null, $"unit '{unitText}' does not fit {indicator.Code} ({indicator.NameZh}, measured in {UnitName(indicator.Unit)})");
            }

            value = decimal.Round(amount * factor.Value, 6);
        }
        else if (indicator.Unit != fact.Unit)
        {
            return (null, $"{indicator.Code} is measured in {UnitName(indicator.Unit)}, the reading in {UnitName(fact.Unit)}: give the corrected value in 更正数值 corrected_value");
        }
        else if (unitText.Length > 0)
        {
            return (null, "更正单位 corrected_unit without a corrected value: write the value in 更正数值 corrected_value");
        }

        if (indicator.Code == fact.Indicator && year == fact.Year && value == fact.Value)
        {
            return (null, "更正 (correct) that changes nothing: the value, year and indicator are as read (write 确认 to confirm)");
        }

        // A single-year reading stays single-year in its new year; a multi-year one keeps its start where it still can.
        var start = fact.PeriodStart is { } s && s != fact.Year && s <= year ? s : year;
        return (new FactRecord(
            fact.RegionCode, fact.RegionName, indicator.Code, year, start, value, indicator.Unit,
            valueText.Length > 0 ? Qualifier.Exact : fact.Qualifier, fact.Status, fact.Segment, value is null, row.Number,
            null, null, null, fact.Synthetic), null);
    }

    private string? EditedKeyColumn(TableRow row, ReadFact fact)
    {
        string? Edited(ReviewColumn column, string read) =>
            $"key column {column.Header} was edited: the sheet says '{Cell(row, column)}', the reading of {fact.Indicator} in the warehouse is '{read}' (write corrections in the 更正 columns)";

        var region = Cell(row, ReviewColumns.RegionCode);
        if (region != (fact.RegionCode ?? ""))
        {
            return Edited(ReviewColumns.RegionCode, fact.RegionCode ?? "");
        }

        if (Cell(row, ReviewColumns.Indicator) != fact.Indicator)
        {
            return Edited(ReviewColumns.Indicator, fact.Indicator);
        }

        var yearText = Cell(row, ReviewColumns.Year);
        if (!(yearText.Length == 0 ? fact.Year is null : Cells.TryDecimal(yearText, out var y) && y == fact.Year))
        {
            return Edited(ReviewColumns.Year, fact.Year?.ToString(CultureInfo.InvariantCulture) ?? "");
        }

        var status = Cell(row, ReviewColumns.Status);
        if (status != fact.Status.ToSql() && status != ReviewColumns.StatusWord(fact.Status))
        {
            return Edited(ReviewColumns.Status, ReviewColumns.StatusWord(fact.Status));
        }

        var segment = Cell(row, ReviewColumns.Segment);
        if (fact.Segment is not { } known ? segment.Length > 0 : segment != known.ToSql() && segment != ReviewColumns.SegmentWord(known))
        {
            return Edited(ReviewColumns.Segment, fact.Segment is { } s ? ReviewColumns.SegmentWord(s) : "");
        }

        var valueText = Normalize(Cell(row, ReviewColumns.ValueRead));
        var valueKept = fact.Value is { } v
            ? Cells.TryDecimal(valueText, out var read) && decimal.Round(read, 6) == v
            : valueText is "" or ReviewColumns.Masked;
        if (!valueKept)
        {
            return Edited(ReviewColumns.ValueRead, fact.Value?.ToString("0.######", CultureInfo.InvariantCulture) ?? ReviewColumns.Masked);
        }

        var unit = Cell(row, ReviewColumns.UnitRead);
        return unit == fact.Unit || unit == UnitName(fact.Unit) ? null : Edited(ReviewColumns.UnitRead, UnitName(fact.Unit));
    }

    private string UnitName(string unit) => catalog.Units.NamesZh.GetValueOrDefault(unit, unit);

    private string Cell(TableRow row, ReviewColumn column) => row.Cell(index[column]);

    // A spreadsheet may hand a typed year back as 2022.0.
    private static string YearText(string text) =>
        Cells.TryDecimal(text, out var d) && d == decimal.Truncate(d) ? decimal.Truncate(d).ToString(CultureInfo.InvariantCulture) : text;

    // Chinese input methods type full-width digits and marks (１，２３４．５): read them as the ASCII ones.
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            builder.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '．' => '.',
                '，' => ',',
                '％' => '%',
                _ => c,
            });
        }

        return builder.ToString().Replace(" ", "", StringComparison.Ordinal);
    }

    private static (ReviewDecision?, Rejection?) Refuse(TableRow row, string reason) =>
        (null, Rejection.AtRow(row.Number, reason, row.Raw));
}
