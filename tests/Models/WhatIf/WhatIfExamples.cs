using Analytics.Models.WhatIf;

namespace Analytics.Tests.Models.WhatIf;

/// <summary>A made-up county with round numbers, so outputs can be worked out by hand.</summary>
internal static class WhatIfExamples
{
    public static readonly WhatIfBaseline County = new(
        "990101", "示例县", 2024,
        Residents: 1_000_000, Aged60Plus: 100_000,
        DibaoPersons: 16_000, DibaoHouseholds: 10_000, DibaoStandard: 1_000, DibaoPayments: 9_600,
        ElderlyBeds: 2_500, FuneralSubsidyPersons: 1_000, CertifiedSocialWorkers: 1_500,
        BedsPer1000AgedTarget: 30, SocialWorkersPer10kTarget: 18,
        Synthetic: true, Notes: []);

    public static WhatIfDrivers Drivers(double aged = 0, double standard = 0, double edge = 1.5, double takeUp = 0.8, int year = 2026) =>
        new(aged, standard, edge, takeUp, year);
}
