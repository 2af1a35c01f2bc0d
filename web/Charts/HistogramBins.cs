namespace Analytics.Web.Charts;

/// <summary>One histogram bin [Lower, Upper) — the last bin includes its upper edge.</summary>
internal sealed record HistogramBin(decimal Lower, decimal Upper, int Count);

/// <summary>
/// Bins shared by the distribution chart and its CSV, so the file holds exactly what is drawn.
/// Sturges' rule (⌈log2 n⌉ + 1 bins) on "nice" edges, since a few dozen districts is the usual n.
/// </summary>
internal static class HistogramBins
{
    public static IReadOnlyList<HistogramBin> Of(IReadOnlyList<decimal> values)
    {
        if (values.Count == 0)
        {
            return [];
        }

        var min = values.Min();
        var max = values.Max();
        var count = (int)Math.Ceiling(Math.Log2(values.Count)) + 1;
        var width = NiceWidth(max == min ? Math.Max(Math.Abs(min) * 0.1m, 1m) : (max - min) / count);
        var start = Math.Floor(min / width) * width;
        var bins = new List<HistogramBin>();
        for (var lower = start; lower <= max; lower += width)
        {
            var upper = lower + width;
            var isLast = upper > max;
            var n = values.Count(v => v >= lower && (v < upper || (isLast && v <= upper)));
            bins.Add(new HistogramBin(lower, upper, n));
        }

        return bins;
    }

    /// <summary>Rounds a raw bin width up to 1, 2, 2.5 or 5 times a power of ten.</summary>
    internal static decimal NiceWidth(decimal raw)
    {
        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)raw)));
        foreach (var step in new[] { 1m, 2m, 2.5m, 5m, 10m })
        {
            if (step * magnitude >= raw)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }
}
