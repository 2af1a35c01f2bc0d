namespace Analytics.Etl.Load;

/// <summary>
/// One data row of a table with its 1-based row number in the file (the header is row 1), and
/// the reason it could not be split cleanly, if any.
/// </summary>
public readonly record struct TableRow(int Number, string[] Cells, string? Problem = null)
{
    /// <summary>The cell at <paramref name="column"/>, trimmed; empty when the column is absent or the row is short.</summary>
    public string Cell(int column) => column >= 0 && column < Cells.Length ? Cells[column].Trim() : "";

    public string Raw => string.Join(',', Cells);
}
