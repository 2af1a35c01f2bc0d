using System.Globalization;

namespace Analytics.Models.WhatIf;

/// <summary>
/// The model's fixed assumptions (models/README.md explains each). They are the same in the
/// scenario and the reference, so no change is ever attributed to them.
/// </summary>
/// <param name="IncomeSigma">Dispersion σ of log per-capita household income (lognormal).</param>
/// <param name="IncomeGrowthPercent">Growth of incomes near the line, %/yr.</param>
/// <param name="BaseTakeUp">
/// Share of the income-eligible enrolled in the base year. The warehouse holds no count of eligible
/// people, so this is assumed (0.8) unless measured on a household file (<see cref="WithMeasuredTakeUp"/>).
/// </param>
/// <param name="AgedShareOfDeaths">Share of deaths (hence funeral subsidies) among residents aged 60+.</param>
public sealed record WhatIfAssumptions(
    double IncomeSigma = 0.8, double IncomeGrowthPercent = 0, double BaseTakeUp = 0.8, double AgedShareOfDeaths = 0.8)
{
    public static WhatIfAssumptions Default { get; } = new();

    /// <summary>Where <see cref="BaseTakeUp"/> was measured; null when it is assumed.</summary>
    public TakeUpMeasurement? MeasuredTakeUp { get; init; }

    /// <summary>These assumptions with the base take-up replaced by a measurement.</summary>
    public WhatIfAssumptions WithMeasuredTakeUp(TakeUpMeasurement measured) =>
        this with { BaseTakeUp = measured.TakeUp, MeasuredTakeUp = measured };

    /// <summary>The note that says where the base take-up came from.</summary>
    public WhatIfNote TakeUpNote =>
        MeasuredTakeUp is { } m && m.TakeUp == BaseTakeUp ? new WhatIfNote.TakeUpMeasured(m) : new WhatIfNote.TakeUpAssumed(BaseTakeUp);

    /// <summary>Throws <see cref="ArgumentException"/> when an assumption is out of its range.</summary>
    public void Validate()
    {
        var problems = Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems));
        }
    }

    /// <summary>Every assumption out of its range, in Chinese then English; empty when valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!(IncomeSigma >= 0.2 && IncomeSigma <= 2))
        {
            problems.Add(Format($"收入对数标准差须在 0.2 至 2 之间 (income sigma must be between 0.2 and 2), 实际 got {IncomeSigma}"));
        }

        if (!(IncomeGrowthPercent >= -10 && IncomeGrowthPercent <= 30))
        {
            problems.Add(Format($"收入年增长率须在 -10 至 30 之间 (income growth must be between -10 and 30 %/yr), 实际 got {IncomeGrowthPercent}"));
        }

        if (!(BaseTakeUp > 0 && BaseTakeUp <= 1))
        {
            problems.Add(Format($"基年参保率须大于 0 且不超过 1 (base take-up must be in (0, 1]), 实际 got {BaseTakeUp}"));
        }

        if (!(AgedShareOfDeaths >= 0 && AgedShareOfDeaths <= 1))
        {
            problems.Add(Format($"老年死亡占比须在 0 至 1 之间 (aged share of deaths must be in [0, 1]), 实际 got {AgedShareOfDeaths}"));
        }

        return problems;
    }

    private static string Format(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
