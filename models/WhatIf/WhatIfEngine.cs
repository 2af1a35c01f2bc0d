using Analytics.Warehouse.Targets;

namespace Analytics.Models.WhatIf;

/// <summary>
/// Runs a planner's scenario against the reference (status quo) scenario for the same target
/// year and attributes each output's change to the drivers by exact Shapley values.
/// Deterministic: same inputs, same answer.
/// </summary>
public static class WhatIfEngine
{
    private static readonly WhatIfDriver[] Drivers = Enum.GetValues<WhatIfDriver>();

    public static WhatIfResult Run(WhatIfBaseline baseline, WhatIfDrivers drivers, WhatIfAssumptions? assumptions = null, WhatIfDrivers? reference = null)
    {
        assumptions ??= WhatIfAssumptions.Default;
        drivers.Validate(baseline.BaseYear);
        reference ??= WhatIfDrivers.StatusQuo(assumptions, drivers.TargetYear);
        reference.Validate(baseline.BaseYear);
        if (reference.TargetYear != drivers.TargetYear)
        {
            throw new ArgumentException("参照情景须与情景同一目标年份 (the reference must have the scenario's target year)", nameof(reference));
        }

        var model = new WhatIfModel(baseline, assumptions);
        var baseYear = model.Evaluate(reference with { TargetYear = baseline.BaseYear, TakeUpRate = assumptions.BaseTakeUp });
        var available = WhatIfMeasure.All.Where(m => model.Evaluate(reference)[m] is not null).ToList();

        // Coalition bit i set: driver i at the scenario's value, else at the reference's.
        double[] Value(int mask)
        {
            var d = reference;
            for (var i = 0; i < Drivers.Length; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    d = d.With(Drivers[i], drivers);
                }
            }

            var values = model.Evaluate(d);
            return available.Select(m => values[m]!.Value).ToArray(); // available measures are non-null under any drivers
        }

        var all = (1 << Drivers.Length) - 1;
        var referenceValues = Value(0);
        var scenarioValues = Value(all);
        var shapley = Shapley.Attribute(Drivers.Length, Value);
        var outputs = available.Select((m, o) => new WhatIfOutput(
            m, baseYear[m]!.Value, referenceValues[o], scenarioValues[o],
            Drivers.Select((d, i) => new DriverContribution(d, reference.Value(d), drivers.Value(d), shapley[o][i], m.Unit)).ToList()))
            .ToList();
        var unavailable = WhatIfMeasure.All.Except(available).Select(m => new WhatIfNote.Unavailable(m, MissingInputs(m, baseline))).ToList();
        List<WhatIfNote> notes = [.. baseline.Notes, assumptions.TakeUpNote];
        notes.AddRange(Clamped(outputs, WhatIfMeasure.BedsGap, WhatIfMeasure.BedsNeeded, baseline.ElderlyBeds));
        notes.AddRange(Clamped(outputs, WhatIfMeasure.SocialWorkersGap, WhatIfMeasure.SocialWorkersNeeded, baseline.CertifiedSocialWorkers));
        return new WhatIfResult(baseline, drivers, reference, assumptions, outputs, unavailable, model.PaymentScale, notes);
    }

    // A gap is max(0, needed − stock): say so when the scenario's need is below the stock.
    private static IEnumerable<WhatIfNote> Clamped(List<WhatIfOutput> outputs, WhatIfMeasure gap, WhatIfMeasure needed, double? stock)
    {
        if (outputs.Any(o => o.Measure == gap) && outputs.FirstOrDefault(o => o.Measure == needed) is { } n && stock is { } s && n.Scenario < s)
        {
            yield return new WhatIfNote.GapClamped(gap, s, n.Scenario);
        }
    }

    private static IReadOnlyList<WhatIfInput> MissingInputs(WhatIfMeasure measure, WhatIfBaseline b)
    {
        var needs = new List<(WhatIfInput Input, double? Value)> { (new("residents"), b.Residents), (new("residents_60plus"), b.Aged60Plus) };
        if (measure == WhatIfMeasure.DibaoPersons || measure == WhatIfMeasure.EdgePersons)
        {
            needs.AddRange([(new("dibao_persons"), b.DibaoPersons), (new("dibao_standard"), b.DibaoStandard)]);
        }
        else if (measure == WhatIfMeasure.DibaoHouseholds || measure == WhatIfMeasure.EdgeHouseholds)
        {
            needs.AddRange([(new("dibao_persons"), b.DibaoPersons), (new("dibao_standard"), b.DibaoStandard), (new("dibao_households"), b.DibaoHouseholds)]);
        }
        else if (measure == WhatIfMeasure.DibaoPayments)
        {
            needs.AddRange([(new("dibao_persons"), b.DibaoPersons), (new("dibao_standard"), b.DibaoStandard), (new("dibao_payments"), b.DibaoPayments)]);
        }
        else if (measure == WhatIfMeasure.BedsNeeded || measure == WhatIfMeasure.BedsGap)
        {
            needs.Add((new("elderly_beds", TargetBasis.Per1kAged60Plus), b.BedsPer1000AgedTarget));
            if (measure == WhatIfMeasure.BedsGap)
            {
                needs.Add((new("elderly_beds"), b.ElderlyBeds));
            }
        }
        else if (measure == WhatIfMeasure.FuneralSubsidy)
        {
            needs.Add((new("funeral_subsidy_persons"), b.FuneralSubsidyPersons));
        }
        else if (measure == WhatIfMeasure.SocialWorkersNeeded || measure == WhatIfMeasure.SocialWorkersGap)
        {
            needs.Add((new("certified_social_workers", TargetBasis.Per10kResidents), b.SocialWorkersPer10kTarget));
            if (measure == WhatIfMeasure.SocialWorkersGap)
            {
                needs.Add((new("certified_social_workers"), b.CertifiedSocialWorkers));
            }
        }

        // None missing: present but unusable (e.g. zero recipients, so no income distribution can be calibrated).
        return needs.Where(n => n.Value is null).Select(n => n.Input).ToList();
    }
}
