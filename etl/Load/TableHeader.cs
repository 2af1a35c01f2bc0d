namespace Analytics.Etl.Load;

/// <summary>The header row of a CSV or XLSX table: column names, matched case-insensitively.</summary>
public sealed class TableHeader
{
    private readonly Dictionary<string, int> index;

    public TableHeader(IReadOnlyList<string> names)
    {
        Names = names;
        index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            index.TryAdd(names[i].Trim().TrimStart('\uFEFF'), i);
        }
    }

    public IReadOnlyList<string> Names { get; }

    public bool Has(string column) => index.ContainsKey(column);

    /// <summary>The column's position, or -1 when the table lacks it.</summary>
    public int IndexOf(string column) => index.GetValueOrDefault(column, -1);

    /// <summary>The first of several accepted names that is present, or -1.</summary>
    public int IndexOfAny(params ReadOnlySpan<string> columns)
    {
        foreach (var c in columns)
        {
            if (index.TryGetValue(c, out var i))
            {
                return i;
            }
        }

        return -1;
    }
}
