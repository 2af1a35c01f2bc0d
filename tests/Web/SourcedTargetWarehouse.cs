using Analytics.Etl.Load;
using Analytics.Tests.Etl.Load;

namespace Analytics.Tests.Web;

/// <summary>
/// A published warehouse scored on the shipped sourced targets (warehouse/data/targets.csv) for two
/// Nanjing districts in 2023, with hand-computable results (SourcedTargetPageTests):
/// 江宁区 320115: 低保 975 × 12 ÷ 南京市 2022 consumption 36,000 = 32.5% (30–40%: met); 特困 1,270 ÷ 975
/// = 1.3026 (≥ 1.3: met); 护理型床位 9,447 ÷ 14,934 = 63.26% (≥ 70%: near).
/// 玄武区 320102: 低保 1,000 × 12 ÷ its own 2022 consumption 50,000 = 24% (24 ÷ 30 = 0.8: missed);
/// 特困 1,200 ÷ 1,000 = 1.2 (0.923: near); no nursing beds (missing, not zero).
/// </summary>
public sealed class SourcedTargetWarehouse : IDisposable
{
    private readonly LoadFixture fx = new();

    public SourcedTargetWarehouse()
    {
        var stats = fx.Csv("stats-2023.csv", "region,indicator,year,value,unit",
            "320115,dibao_standard,2023,975,元", "320115,tekun_standard,2023,1270,元", "320115,elderly_beds,2023,14934,张",
            "320115,nursing_beds,2023,9447,张",
            "320102,dibao_standard,2023,1000,元", "320102,tekun_standard,2023,1200,元", "320102,elderly_beds,2023,3000,张");
        var population = fx.Csv("population-2023.csv", "region,year,residents,residents_60plus",
            "320115,2023,1930000,330000", "320102,2023,540000,120000");
        var economy = fx.Csv("economy.csv", "region,year,base,value",
            "320100,2022,consumption_per_capita,36000", "320102,2022,consumption_per_capita,50000");
        fx.Load(new LoadOptions(SnapshotDirectory: Snapshots), Path.Combine(AppContext.BaseDirectory, "data", "targets.csv"), stats, population, economy);
        Factory = new ScorecardFactory(Snapshots);
    }

    public string Snapshots => fx.Folder.File("snapshots");

    public ScorecardFactory Factory { get; }

    public void Dispose()
    {
        Factory.Dispose();
        fx.Dispose();
    }
}
