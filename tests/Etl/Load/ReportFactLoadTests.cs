using Analytics.Etl.Extraction;
using Analytics.Etl.Load;
using Analytics.Tests.Warehouse;

namespace Analytics.Tests.Etl.Load;

public sealed class ReportFactLoadTests : IDisposable
{
    private readonly LoadFixture fx = new();

    public void Dispose() => fx.Dispose();

    private static ExtractedFact Fact(
        string indicator, decimal? value, string unit, int? year, string? region = "柯城区", string? code = null,
        int span = 0, FactStatus status = FactStatus.Actual, Segment? segment = null) =>
        new("report.txt", region, code, segment, indicator, value, unit, year, year, Qualifier.Exact, status,
            value is null, span, span + 4, $"evidence at {span}");

    private LoadResult LoadReport(string name, string sha, params ExtractedFact[] facts)
    {
        using var run = LoadRun.Begin(fx.Db, LoadFixture.Catalog, LoadFixture.Gazetteer);
        run.LoadReportFacts(new DocumentInfo(name, sha, "gb18030", 1234), facts, TestContext.Current.CancellationToken);
        return run.Commit();
    }

    [Fact]
    public void Report_facts_keep_span_evidence_and_document_lineage()
    {
        LoadReport("kecheng-2023.txt", "aa11", Fact("dibao_payments", 6561.57m, "wan_yuan", 2023, span: 120));

        var row = Assert.Single(Db.Rows(fx.Db,
            "SELECT region_code, value, span_start, span_end, evidence, source_name, source_sha256, source_encoding, source_size_bytes, source_kind FROM fact_lineage"));
        Assert.Equal(["330802", 6561.57m, 120, 124, "evidence at 120", "kecheng-2023.txt", "aa11", "gb18030", 1234L, "report"], row);
    }

    [Fact]
    public void Unknown_indicators_and_foreign_units_are_quarantined_at_their_offset()
    {
        var result = LoadReport("r.txt", "bb22",
            Fact("elderly_beds", 1520, "beds", 2023, span: 10),
            Fact("not_an_indicator", 3, "persons", 2023, span: 20),
            Fact("elderly_beds", 1520, "persons", 2023, span: 30));

        Assert.Equal(1, result.Rows);
        var rows = Db.Rows(fx.Db, "SELECT span_start, reason FROM quarantine ORDER BY span_start");
        Assert.Equal([20, "unknown indicator 'not_an_indicator'"], rows[0]);
        Assert.Equal([30, "unit 'persons' is not elderly_beds's canonical unit beds"], rows[1]);
    }

    [Fact]
    public void A_fact_whose_region_is_unknown_is_kept_with_its_name_and_no_code()
    {
        LoadReport("r.txt", "cc33", Fact("elderly_beds", 10, "beds", 2023, region: "某某街道"));

        Assert.Equal(["某某街道", null], Assert.Single(Db.Rows(fx.Db, "SELECT region_name, region_code FROM facts")));
    }

    [Fact]
    public void Preferred_value_takes_statistics_over_prose_and_a_later_report_over_an_earlier_one_and_flags_the_conflict()
    {
        LoadReport("kecheng-2022.txt", "r2022", Fact("elderly_beds", 1400, "beds", 2022), Fact("elderly_beds", 1380, "beds", 2021));
        LoadReport("kecheng-2023.txt", "r2023", Fact("elderly_beds", 1390, "beds", 2021), Fact("elderly_beds", 1500, "beds", 2023));
        fx.Load(fx.Csv("stats.csv", "region,indicator,year,value,unit", "330802,elderly_beds,2022,1410,张"));

        var preferred = Db.Rows(fx.Db, """
            SELECT year, value, source_kind, candidates, conflict, competing_values::VARCHAR
            FROM preferred_facts WHERE region_code = '330802' ORDER BY year
            """);
        Assert.Equal([2021, 1390m, "report", 2L, true, "[1390.000000, 1380.000000]"], preferred[0]);
        Assert.Equal([2022, 1410m, "statistics", 2L, true, "[1410.000000, 1400.000000]"], preferred[1]);
        Assert.Equal([2023, 1500m, "report", 1L, false, "[1500.000000]"], preferred[2]);
    }

    [Fact]
    public void Urban_and_rural_parts_are_never_mistaken_for_a_conflicting_total()
    {
        LoadReport("r.txt", "dd44",
            Fact("dibao_standard", 910, "yuan_per_person_month", 2023, segment: Segment.Urban),
            Fact("dibao_standard", 780, "yuan_per_person_month", 2023, segment: Segment.Rural));

        Assert.Equal(0, Db.Scalar<long>(fx.Db, "SELECT count(*) FROM preferred_facts WHERE conflict"));
        Assert.Equal(2, Db.Scalar<long>(fx.Db, "SELECT count(*) FROM preferred_facts"));
    }
}
