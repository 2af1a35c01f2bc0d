using Analytics.Models.Forecasting;

namespace Analytics.Tests.Models.Forecasting;

/// <summary>Small hand-made panels.</summary>
internal static class Panels
{
    public static YearlySeries Series(string area, params double[] values) =>
        new(area, "dibao_persons", "social_assistance", "persons", 2014, values, false);

    public static SeriesPanel Of(params YearlySeries[] series) => new(series, new Dictionary<(string, int), PopulationPoint>());

    /// <summary>
    /// Regions whose values grow at a region-specific steady rate with a small deterministic wobble,
    /// 2014–2024, with population covariates: the structure a global growth model can learn.
    /// </summary>
    public static SeriesPanel Growing(int regions = 12)
    {
        var series = new List<YearlySeries>();
        var population = new Dictionary<(string, int), PopulationPoint>();
        for (var r = 0; r < regions; r++)
        {
            var area = $"99{r:D4}";
            var rate = 0.02 + (0.01 * (r % 5));
            var values = Enumerable.Range(0, 11).Select(t => Math.Round(1_000 * (r + 1) * Math.Pow(1 + rate, t) * (1 + (0.01 * Math.Sin(t + r))))).ToArray();
            series.Add(new YearlySeries(area, "dibao_persons", "social_assistance", "persons", 2014, values, true));
            for (var t = 0; t < 11; t++)
            {
                population[(area, 2014 + t)] = new PopulationPoint(100_000 * (r + 1), 20_000 * (r + 1) * (1 + (0.03 * t)));
            }
        }

        return new SeriesPanel(series, population);
    }
}
