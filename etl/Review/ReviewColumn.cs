namespace Analytics.Etl.Review;

/// <summary>
/// One column of the review sheet: its code (what the loader matches), its Chinese label (what staff
/// read first), its width in characters, and its role: a key column restates what the extractor
/// read and must come back unchanged; an editable one is where the reviewer writes.
/// </summary>
public sealed record ReviewColumn(string Code, string Zh, double Width, ReviewColumnRole Role)
{
    /// <summary>The header cell: Chinese first, then the code, e.g. <c>核对结论 verdict</c>.</summary>
    public string Header => Zh + " " + Code;

    /// <summary>True when a header cell names this column: its code, its label, or both as the export writes them.</summary>
    public bool Matches(string cell)
    {
        var text = cell.Trim().TrimStart('\uFEFF').Trim();
        return text.Equals(Code, StringComparison.OrdinalIgnoreCase) || text == Zh
            || text.EndsWith(" " + Code, StringComparison.OrdinalIgnoreCase)
            || text.EndsWith("\n" + Code, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>What a review sheet's column is for.</summary>
public enum ReviewColumnRole
{
    /// <summary>Identifies the reading (the fact key and what was read); an edit is refused.</summary>
    Key,

    /// <summary>Shown to help the reviewer (names, the document, the sentence); never checked.</summary>
    Shown,

    /// <summary>Where the reviewer writes the verdict, the correction and a note.</summary>
    Editable,
}
