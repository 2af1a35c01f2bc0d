using Analytics.Web.Charts;
using ScottPlot;

namespace Analytics.Tests.Web.Charts;

/// <summary>Writes rendered charts into the test output's artifacts/charts folder for a person to look at.</summary>
internal static class ChartArtifacts
{
    public static string Folder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts", "charts")).FullName;

    public static (byte[] Png, string Svg) Write(string name, Plot plot)
    {
        var png = ChartExport.Png(plot, ChartResolution.Screen);
        var svg = ChartExport.Svg(plot);
        File.WriteAllBytes(Path.Combine(Folder, name + ".png"), png);
        File.WriteAllText(Path.Combine(Folder, name + ".svg"), svg);
        return (png, svg);
    }
}
