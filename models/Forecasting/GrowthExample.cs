namespace Analytics.Models.Forecasting;

/// <summary>
/// One training or prediction row of the global model: features known at an origin year and the
/// growth to h years later. Levels are log1p, growths log1p differences, so counts of any size
/// share one model and a tree never has to extrapolate a level.
/// </summary>
public sealed class GrowthExample
{
    public float Horizon { get; set; }

    public float Growth1 { get; set; }

    public float Growth2 { get; set; }

    public float Growth3 { get; set; }

    /// <summary>Average yearly log growth over the whole history.</summary>
    public float GrowthAll { get; set; }

    /// <summary>Median yearly log growth over the whole history: robust to one spike.</summary>
    public float GrowthMedian { get; set; }

    /// <summary>How far the last value sits above the log-linear trend of the history: a spike to revert.</summary>
    public float TrendGap { get; set; }

    public float LogLevel { get; set; }

    /// <summary>1 when population data exist for the region and year, else 0 (and the three below are 0).</summary>
    public float HasPopulation { get; set; }

    /// <summary>log residents.</summary>
    public float LogResidents { get; set; }

    public float AgedShare { get; set; }

    /// <summary>Change of the aged share over the last year, percentage points.</summary>
    public float AgedShareChange { get; set; }

    public string Indicator { get; set; } = "";

    /// <summary>(log1p(yₜ₊ₕ) − log1p(yₜ)) / h: average yearly log growth.</summary>
    public float Label { get; set; }

    public static readonly string[] NumericFeatures =
    [
        nameof(Horizon), nameof(Growth1), nameof(Growth2), nameof(Growth3), nameof(GrowthAll), nameof(GrowthMedian), nameof(TrendGap),
        nameof(LogLevel), nameof(HasPopulation), nameof(LogResidents), nameof(AgedShare), nameof(AgedShareChange),
    ];

    /// <summary>Features at index <paramref name="t"/> of a series (t ≥ 3), for horizon h; label left 0.</summary>
    public static GrowthExample At(YearlySeries s, int t, int h, SeriesPanel panel)
    {
        double L(int i) => Math.Log(1 + s.Values[i]);
        var year = s.FirstYear + t;
        var logs = Enumerable.Range(0, t + 1).Select(L).ToArray();
        var growths = Enumerable.Range(1, t).Select(i => logs[i] - logs[i - 1]).Order().ToArray();
        var median = growths.Length % 2 == 1 ? growths[growths.Length / 2] : (growths[(growths.Length / 2) - 1] + growths[growths.Length / 2]) / 2;
        // Log-linear trend by least squares over 0..t.
        var tMean = t / 2.0;
        var yMean = logs.Average();
        var slope = Enumerable.Range(0, t + 1).Sum(i => (i - tMean) * (logs[i] - yMean)) / Enumerable.Range(0, t + 1).Sum(i => (i - tMean) * (i - tMean));
        var population = panel.PopulationAt(s.Area, year);
        var previous = panel.PopulationAt(s.Area, year - 1);
        return new GrowthExample
        {
            Horizon = h,
            Growth1 = (float)(L(t) - L(t - 1)),
            Growth2 = (float)(L(t - 1) - L(t - 2)),
            Growth3 = (float)(L(t - 2) - L(t - 3)),
            GrowthAll = (float)((L(t) - L(0)) / t),
            GrowthMedian = (float)median,
            TrendGap = (float)(logs[t] - (yMean + (slope * (t - tMean)))),
            LogLevel = (float)L(t),
            // FastTree drops a row with any NaN feature, so missing covariates are 0 with a flag.
            HasPopulation = population is { Residents: > 0 } ? 1 : 0,
            LogResidents = population is { Residents: > 0 } p ? (float)Math.Log(p.Residents) : 0,
            AgedShare = population is { Residents: > 0 } q ? (float)q.AgedShare : 0,
            AgedShareChange = population is { Residents: > 0 } a && previous is { Residents: > 0 } b ? (float)(100 * (a.AgedShare - b.AgedShare)) : 0,
            Indicator = s.Indicator,
        };
    }
}
