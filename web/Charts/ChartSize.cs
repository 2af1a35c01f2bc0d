namespace Analytics.Web.Charts;

/// <summary>
/// A chart's size in screen pixels at 96 DPI; the print export keeps the same physical size at
/// 300 DPI. Rankings grow with their row count, so the size travels with the plot.
/// </summary>
public sealed record ChartSize(int Width, int Height)
{
    public static ChartSize Standard { get; } = new(800, 450);
}
