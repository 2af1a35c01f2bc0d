using System.Globalization;

namespace Analytics.Models.WhatIf;

/// <summary>
/// One scenario: growth rates in percent per year, the edge multiplier (1.5× to 2× the standard),
/// the take-up rate (0–1) and the year the scenario reaches.
/// </summary>
public sealed record WhatIfDrivers(
    double AgedGrowthPercent, double StandardGrowthPercent, double EdgeMultiplier, double TakeUpRate, int TargetYear)
{
    public const double MinAgedGrowth = -5, MaxAgedGrowth = 15;
    public const double MinStandardGrowth = -10, MaxStandardGrowth = 30;
    public const double MinEdgeMultiplier = 1.5, MaxEdgeMultiplier = 2.0;
    public const int MaxYearsAhead = 30;

    /// <summary>
    /// The reference scenario outputs are compared with: the base year carried to the target year
    /// unchanged (no growth, edge line at 1.5×, the assumed base take-up).
    /// </summary>
    public static WhatIfDrivers StatusQuo(WhatIfAssumptions assumptions, int targetYear) =>
        new(0, 0, MinEdgeMultiplier, assumptions.BaseTakeUp, targetYear);

    /// <summary>The value a driver takes in this scenario.</summary>
    public double Value(WhatIfDriver driver) => driver switch
    {
        WhatIfDriver.AgedGrowth => AgedGrowthPercent,
        WhatIfDriver.StandardGrowth => StandardGrowthPercent,
        WhatIfDriver.EdgeMultiplier => EdgeMultiplier,
        _ => TakeUpRate,
    };

    /// <summary>This scenario with one driver taken from another.</summary>
    public WhatIfDrivers With(WhatIfDriver driver, WhatIfDrivers from) => driver switch
    {
        WhatIfDriver.AgedGrowth => this with { AgedGrowthPercent = from.AgedGrowthPercent },
        WhatIfDriver.StandardGrowth => this with { StandardGrowthPercent = from.StandardGrowthPercent },
        WhatIfDriver.EdgeMultiplier => this with { EdgeMultiplier = from.EdgeMultiplier },
        _ => this with { TakeUpRate = from.TakeUpRate },
    };

    /// <summary>Every problem with the drivers for a given base year, in Chinese then English; empty when valid.</summary>
    public IReadOnlyList<string> Problems(int baseYear)
    {
        var problems = new List<string>();
        Range(problems, AgedGrowthPercent, MinAgedGrowth, MaxAgedGrowth, "60岁及以上人口年增长率", "growth of residents aged 60+", "%/yr");
        Range(problems, StandardGrowthPercent, MinStandardGrowth, MaxStandardGrowth, "低保标准年增长率", "dibao standard growth", "%/yr");
        Range(problems, EdgeMultiplier, MinEdgeMultiplier, MaxEdgeMultiplier, "低保边缘倍数", "edge-household multiplier", "× the standard");
        if (!(TakeUpRate > 0 && TakeUpRate <= 1))
        {
            problems.Add(Format($"参保率须大于 0 且不超过 1 (take-up rate must be in (0, 1]), 实际 got {TakeUpRate}"));
        }

        if (TargetYear < baseYear || TargetYear > baseYear + MaxYearsAhead)
        {
            problems.Add(Format($"目标年份须在 {baseYear} 至 {baseYear + MaxYearsAhead} 之间 (target year must be between {baseYear} and {baseYear + MaxYearsAhead}), 实际 got {TargetYear}"));
        }

        return problems;
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing every problem.</summary>
    public void Validate(int baseYear)
    {
        var problems = Problems(baseYear);
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems));
        }
    }

    private static void Range(List<string> problems, double value, double min, double max, string zh, string en, string unit)
    {
        if (!(value >= min && value <= max))
        {
            problems.Add(Format($"{zh}须在 {min} 至 {max} 之间 ({en} must be between {min} and {max} {unit}), 实际 got {value}"));
        }
    }

    private static string Format(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
