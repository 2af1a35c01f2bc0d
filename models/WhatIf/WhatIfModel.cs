using MathNet.Numerics.Distributions;

namespace Analytics.Models.WhatIf;

/// <summary>
/// The what-if model calibrated to one baseline (models/README.md, "What-if"). Per-capita monthly
/// household income is lognormal with dispersion σ; its location is set so that the base year's
/// recipients over take-up are exactly the residents below the standard, and the average payment
/// per recipient is scaled to the base year's payments. Every evaluation is a closed formula.
/// </summary>
internal sealed class WhatIfModel
{
    private readonly WhatIfBaseline baseline;
    private readonly WhatIfAssumptions assumptions;
    private readonly double? mu;
    private readonly double? paymentScale;

    public WhatIfModel(WhatIfBaseline baseline, WhatIfAssumptions assumptions)
    {
        assumptions.Validate();
        this.baseline = baseline;
        this.assumptions = assumptions;
        if (baseline is { DibaoPersons: > 0, Residents: > 0, DibaoStandard: > 0 })
        {
            var eligibleShare = baseline.DibaoPersons.Value / assumptions.BaseTakeUp / baseline.Residents.Value;
            if (eligibleShare >= 1)
            {
                throw new ArgumentException(
                    $"低保人数超过常住人口与参保率所容许的上限 (dibao recipients {baseline.DibaoPersons} exceed residents × base take-up)");
            }

            mu = Math.Log(baseline.DibaoStandard.Value) - assumptions.IncomeSigma * Normal.InvCDF(0, 1, eligibleShare);
            if (baseline.DibaoPayments is > 0)
            {
                var modelled = baseline.DibaoPersons.Value * 12 * MeanShortfall(baseline.DibaoStandard.Value, mu.Value) / 10_000;
                paymentScale = baseline.DibaoPayments.Value / modelled;
            }
        }
    }

    /// <summary>The calibrated scale of payments against the modelled gap (1 = pays the whole gap).</summary>
    public double? PaymentScale => paymentScale;

    /// <summary>Every output the baseline can support under one scenario; missing inputs give null.</summary>
    public IReadOnlyDictionary<WhatIfMeasure, double?> Evaluate(WhatIfDrivers d)
    {
        double years = d.TargetYear - baseline.BaseYear;
        var aged = baseline.Aged60Plus * Math.Pow(1 + (d.AgedGrowthPercent / 100), years);
        // Residents under 60 are held at the base year, so residents move with the aged only.
        var residents = baseline.Residents + aged - baseline.Aged60Plus;
        double? persons = null, households = null, payments = null, edgePersons = null, edgeHouseholds = null;
        if (mu is { } m && residents is { } r && baseline.DibaoStandard is { } z0)
        {
            var standard = z0 * Math.Pow(1 + (d.StandardGrowthPercent / 100), years);
            var location = m + (years * Math.Log(1 + (assumptions.IncomeGrowthPercent / 100)));
            var below = Share(standard, location);
            persons = d.TakeUpRate * r * below;
            edgePersons = d.TakeUpRate * r * (Share(d.EdgeMultiplier * standard, location) - below);
            var size = baseline.DibaoHouseholds is > 0 ? baseline.DibaoPersons!.Value / baseline.DibaoHouseholds.Value : (double?)null; // DibaoPersons > 0 since mu is set
            households = persons / size;
            edgeHouseholds = edgePersons / size;
            payments = persons * 12 * MeanShortfall(standard, location) * paymentScale / 10_000;
        }

        var bedsNeeded = baseline.BedsPer1000AgedTarget * aged / 1000;
        var swNeeded = baseline.SocialWorkersPer10kTarget * residents / 10_000;
        var funeral = baseline.FuneralSubsidyPersons *
            ((assumptions.AgedShareOfDeaths * aged / baseline.Aged60Plus) + (1 - assumptions.AgedShareOfDeaths));
        return new Dictionary<WhatIfMeasure, double?>
        {
            [WhatIfMeasure.Residents] = residents,
            [WhatIfMeasure.Aged60Plus] = aged,
            [WhatIfMeasure.DibaoPersons] = persons,
            [WhatIfMeasure.DibaoHouseholds] = households,
            [WhatIfMeasure.DibaoPayments] = payments,
            [WhatIfMeasure.EdgePersons] = edgePersons,
            [WhatIfMeasure.EdgeHouseholds] = edgeHouseholds,
            [WhatIfMeasure.BedsNeeded] = bedsNeeded,
            [WhatIfMeasure.BedsGap] = bedsNeeded - baseline.ElderlyBeds is { } bg ? Math.Max(0, bg) : null,
            [WhatIfMeasure.FuneralSubsidy] = baseline.Aged60Plus is > 0 ? funeral : null,
            [WhatIfMeasure.SocialWorkersNeeded] = swNeeded,
            [WhatIfMeasure.SocialWorkersGap] = swNeeded - baseline.CertifiedSocialWorkers is { } sg ? Math.Max(0, sg) : null,
        };
    }

    private double Share(double income, double location) =>
        Normal.CDF(0, 1, (Math.Log(income) - location) / assumptions.IncomeSigma);

    // z − E[Y | Y < z] for lognormal Y: the average monthly gap the gap-filling rule pays per person.
    private double MeanShortfall(double z, double location)
    {
        var s = assumptions.IncomeSigma;
        var below = Share(z, location);
        var partialMean = Math.Exp(location + (s * s / 2)) * Normal.CDF(0, 1, (Math.Log(z) - location - (s * s)) / s);
        return z - (partialMean / below);
    }
}
