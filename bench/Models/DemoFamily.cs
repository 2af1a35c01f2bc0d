using Analytics.Models.Forecasting;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Demo;
using Analytics.Warehouse.Regions;

namespace Analytics.Bench.Models;

/// <summary>The demo panel's social-assistance family: every Zhejiang and Jiangsu county, 2014–2024, ten indicators.</summary>
internal static class DemoFamily
{
    public static SeriesPanel Load()
    {
        var catalog = IndicatorCatalog.LoadDefault();
        var demo = new DemoGenerator(catalog, Gazetteer.LoadDefault()).Generate(new DemoOptions());
        return SeriesReader.FromDemo(demo, catalog).Family("social_assistance");
    }
}
