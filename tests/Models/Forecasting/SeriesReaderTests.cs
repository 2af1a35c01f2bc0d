using Analytics.Models.Forecasting;
using Analytics.Warehouse.Catalog;

namespace Analytics.Tests.Models.Forecasting;

public sealed class SeriesReaderTests
{
    private static readonly IndicatorCatalog Catalog = IndicatorCatalog.LoadDefault();

    [Fact]
    public void Csv_gives_series_with_family_and_covariates_and_keeps_the_trailing_consecutive_run()
    {
        var panel = SeriesReader.FromCsv(new StringReader("""
            area,indicator,year,value
            330102,elderly_beds,2015,90
            330102,elderly_beds,2017,100
            330102,elderly_beds,2018,110
            330102,elderly_beds,2019,120
            330102,residents,2019,500000
            330102,residents_60plus,2019,100000
            330102,my_series,2019,3
            """), Catalog);
        var beds = panel.Series.Single(s => s.Indicator == "elderly_beds");
        Assert.Equal(("elderly_care", "beds", 2017, 2019), (beds.Family, beds.Unit, beds.FirstYear, beds.LastYear));
        Assert.Equal([100, 110, 120], beds.Values);
        Assert.Equal(0.2, panel.PopulationAt("330102", 2019)!.Value.AgedShare, 12);
        Assert.Equal("my_series", panel.Series.Single(s => s.Indicator == "my_series").Family);
        Assert.DoesNotContain(panel.Series, s => s.Indicator == "residents");
    }

    [Theory]
    [InlineData("330102,elderly_beds,2019,1\n330102,elderly_beds,2019,2", "appears twice")]
    [InlineData("330102,elderly_beds,2019,-1", "≥ 0")]
    [InlineData(",elderly_beds,2019,1", "required")]
    public void Bad_csv_rows_are_refused_with_their_line(string rows, string message)
    {
        var e = Assert.Throws<InvalidDataException>(() => SeriesReader.FromCsv(new StringReader("area,indicator,year,value\n" + rows), Catalog));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.StartsWith("line ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Warehouse_gives_preferred_actual_unsegmented_yearly_values_only()
    {
        using var w = new TinyWarehouse();
        w.Population("990101", 2023, 100_000, 20_000).Population("990101", 2024, 100_000, 21_000)
            .Fact("990101", "dibao_persons", 2023, 1_000).Fact("990101", "dibao_persons", 2024, 900, periodStart: 2024)
            .Fact("990101", "dibao_payments", 2024, 5_000, periodStart: 2020)
            .Fact("990101", "dibao_persons", 2024, 800, segment: "rural")
            .Fact("990101", "dibao_persons", 2025, 850, status: "forecast")
            .Fact("990101", "dibao_persons", 2026, 700, status: "target");
        var panel = SeriesReader.FromWarehouse(w.Connection, Catalog, TestContext.Current.CancellationToken);
        // The loader stamps a yearly figure with period_start = year; an earlier start is a multi-year total.
        var s = Assert.Single(panel.Series);
        Assert.Equal([1_000, 900], s.Values);
        Assert.True(s.Synthetic);
        Assert.Equal(0.21, panel.PopulationAt("990101", 2024)!.Value.AgedShare, 12);
    }
}
