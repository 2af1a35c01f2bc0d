using System.Globalization;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Regions;
using Analytics.Warehouse.Targets;

namespace Analytics.Etl.Load;

/// <summary>
/// Rows of the targets template (etl/Load/README.md): province (or 全国 for a national target), year
/// (2023, or a plan period 2021-2025), due, indicator, comparator, threshold, threshold_high, basis,
/// of, lag, weight, kind and the source columns, note, synthetic. One row expands to every year of its
/// period; a row that does not make sense is refused with the reason, never guessed at.
/// </summary>
public sealed class TargetsParser
{
    private static readonly char[] PeriodSeparators = ['-', '–', '—', '~', '～'];

    private readonly IndicatorCatalog catalog;
    private readonly RegionLookup regions;
    private readonly TableHeader header;
    private readonly TargetFormCheck forms;

    public TargetsParser(IndicatorCatalog catalog, RegionLookup regions, TableHeader header)
    {
        this.catalog = catalog;
        this.regions = regions;
        this.header = header;
        forms = new TargetFormCheck(catalog);
        if (Col("province", "region", "province_code") < 0 || Col("year") < 0 || Col("indicator") < 0
            || Col("comparator") < 0 || Col("threshold") < 0 || Col("basis") < 0)
        {
            throw new RejectedFileException("targets table needs columns province, year, indicator, comparator, threshold, basis");
        }
    }

    public (IReadOnlyList<TargetRecord> Rows, Rejection? Rejection) Parse(TableRow row)
    {
        if (row.Problem is { } problem)
        {
            return Refuse(row, problem);
        }

        string Cell(params string[] names) => row.Cell(Col(names));

        var (province, provinceError) = Province(Cell("province", "region", "province_code"));
        if (province is null)
        {
            return Refuse(row, provinceError!); // Province gives an error whenever it gives no code
        }

        if (Period(Cell("year"), out var first, out var last) is { } periodError)
        {
            return Refuse(row, periodError);
        }

        int? due = null;
        if (Cell("due") is { Length: > 0 } dueText)
        {
            if (Cells.Year(dueText, "due", out var d) is { } dueError)
            {
                return Refuse(row, dueError);
            }

            if (d < first || d > last)
            {
                return Refuse(row, Invariant($"due year {d} lies outside the period {first}-{last}"));
            }

            due = d;
        }

        if (!catalog.TryGet(Cell("indicator"), out var indicator))
        {
            return Refuse(row, $"unknown indicator '{Cell("indicator")}'");
        }

        var (form, formError) = forms.Check(indicator, Cell("comparator"), Cell("threshold"), Cell("threshold_high"), Cell("basis"), Cell("of"), Cell("lag"));
        if (form is null)
        {
            return Refuse(row, formError!); // Check gives an error whenever it gives no form
        }

        var weight = 1m;
        if (Cell("weight") is { Length: > 0 } wt && (!Cells.TryDecimal(wt, out weight) || weight < 0))
        {
            return Refuse(row, $"weight '{wt}' is not a non-negative number");
        }

        var synthetic = Cells.Flag(Cell("synthetic"));
        var (source, sourceError) = Source(row, synthetic);
        if (source is null)
        {
            return Refuse(row, sourceError!); // Source gives an error whenever it gives no source
        }

        var note = Cell("note");
        var rows = Enumerable.Range(first, last - first + 1)
            .Select(y => new TargetRecord(province, y, indicator.Code, form.Comparator, form.Threshold, form.ThresholdHigh, form.Basis,
                form.Of, form.Lag, due, weight, source, note.Length == 0 ? null : note, row.Number, synthetic))
            .ToList();
        return (rows, null);
    }

    private int Col(params string[] names) => header.IndexOfAny(names);

    private (string? Code, string? Error) Province(string text)
    {
        if (NationalTargets.Names(text))
        {
            return (NationalTargets.Code, null);
        }

        var (place, error) = regions.Resolve(text);
        return place is null ? (null, error)
            : place.Level != RegionLevel.Province ? (null, $"{place.Name} ({place.Code}) is not a province")
            : (place.Code, null);
    }

    /// <summary>A year (2023) or a period (2021-2025, also with –, —, ~): the years the target is assessed in.</summary>
    private static string? Period(string text, out int first, out int last)
    {
        first = last = 0;
        var parts = text.Split(PeriodSeparators, StringSplitOptions.TrimEntries);
        if (parts.Length > 2 || parts.Any(p => p.Length != 4 || !p.All(char.IsAsciiDigit)))
        {
            return text.Length == 0 ? "year is empty" : $"period '{text}' does not parse: give a year (2023) or a range (2021-2025)";
        }

        if (Cells.Year(parts[0], "year", out first) is { } e1)
        {
            return e1;
        }

        last = first;
        if (parts.Length == 2 && Cells.Year(parts[1], "year", out last) is { } e2)
        {
            return e2;
        }

        return last < first ? $"year range {text} runs backwards" : null;
    }

    private (TargetSource? Source, string? Error) Source(TableRow row, bool synthetic)
    {
        string? Text(string column) => row.Cell(Col(column)) is { Length: > 0 } t ? t : null;

        var kindText = row.Cell(Col("kind"));
        var kind = TargetKind.Example; // a file without the column (the example file, older files) holds examples
        if (kindText.Length > 0 && !TargetKinds.TryParse(kindText, out kind))
        {
            return (null, $"kind '{kindText}' is not official or example");
        }

        var source = new TargetSource(kind, Text("document"), Text("issuer"), Text("doc_number"), Text("issued"), Text("clause"), Text("wording"), Text("address"));
        if (kind != TargetKind.Official)
        {
            return (source, null);
        }

        // A published target is only as good as the reader's way back to it.
        var missing = new (string Name, string? Value)[]
            {
                ("document", source.Document), ("issuer", source.Issuer), ("issued", source.Issued),
                ("clause", source.Clause), ("wording", source.Wording), ("address", source.Address),
            }
            .Where(f => f.Value is null).Select(f => f.Name).ToList();
        if (missing.Count > 0)
        {
            return (null, $"official target lacks its source: {string.Join(", ", missing)}");
        }

        if (!HasYear(source.Issued!))
        {
            return (null, $"issued '{source.Issued}' names no year");
        }

        return synthetic ? (null, "an official target cannot be synthetic") : (source, null);
    }

    private static bool HasYear(string text)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            var four = text.AsSpan(i, 4);
            if (!four.ContainsAnyExceptInRange('0', '9') && int.Parse(four, CultureInfo.InvariantCulture) is >= Cells.FirstYear and <= Cells.LastYear)
            {
                return true;
            }
        }

        return false;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static (IReadOnlyList<TargetRecord>, Rejection?) Refuse(TableRow row, string reason) =>
        ([], Rejection.AtRow(row.Number, reason, row.Raw));
}
