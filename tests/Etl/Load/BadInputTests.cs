using Analytics.Etl.Load;
using Analytics.Tests.Warehouse;
using Analytics.Warehouse.Snapshots;

namespace Analytics.Tests.Etl.Load;

/// <summary>
/// Every bad input of the warehouse issue, each after an earlier good load: the bad row or file
/// is quarantined with where and why, and nothing the warehouse already held changes.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private const string Header = "region,indicator,year,value,unit";
    private const string Held = """
        SELECT (SELECT string_agg(fact_id || region_code || indicator || year || value || unit, ';' ORDER BY fact_id) FROM facts WHERE run_id = 1)
            || '|' || (SELECT string_agg(region_code || year || residents || residents_60plus, ';' ORDER BY region_code, year) FROM population)
            || '|' || (SELECT string_agg(province_code || year || indicator || threshold, ';' ORDER BY year, indicator) FROM targets)
        """;

    // No snapshot publishing: these tests are about the working file, and a copy per load is slow.
    private static readonly LoadOptions Unpublished = new(Publish: false);

    private readonly LoadFixture fx = new();

    public BadInputTests() =>
        fx.Load(
            Unpublished,
            fx.Csv("earlier.csv", Header, "330802,elderly_beds,2022,1500,张", "330802,dibao_standard,2022,1085,元/月"),
            fx.Csv("earlier-population.csv", "region,year,residents,residents_60plus", "330802,2022,455000,105000"),
            fx.Csv("earlier-targets.csv", "province,year,indicator,comparator,threshold,basis", "330000,2022,elderly_beds,>=,40,per_1k_aged_60plus"));

    public void Dispose() => fx.Dispose();

    // One table or batch per kind of input, so the whole audit costs a few loads, not one per case.
    [Fact]
    public void Bad_statistics_rows_are_quarantined_at_their_rows_and_nothing_loaded_is_lost()
    {
        var before = Db.Scalar<string>(fx.Db, Held);
        (string Row, string Reason)[] bad =
        [
            ("330802,no_such_indicator,2023,1,个", "unknown indicator 'no_such_indicator'"),
            ("999999,elderly_beds,2023,1,张", "unknown region code '999999'"),
            ("不存在区,elderly_beds,2023,1,张", "unknown region '不存在区'"),
            ("330802,elderly_beds,2023,1520,元", "unit '元' does not fit elderly_beds (canonical beds)"),
            ("330802,dibao_standard,2023,1100,张", "unit '张' does not fit dibao_standard (canonical yuan_per_person_month)"),
            ("330802,elderly_beds,2023,1520,", "unit is empty"),
            ("330802,elderly_beds,2023,many,张", "value 'many' is not a number"),
            ("330802,elderly_beds,2023,-5,张", "value -5 is negative"),
            ("330802,elderly_beds,1900,1,张", "year 1900 is outside 1949-2100"),
            ("330802,elderly_beds,2023,\"15\"20,张", "malformed CSV: stray or unbalanced quote"),
            ("330802,elderly_beds,2023,1520", "malformed CSV: 4 fields where the header has 5"),
        ];

        var result = fx.Load(Unpublished, fx.Csv("bad.csv", [Header, "330802,elderly_beds,2023,1520,张", .. bad.Select(b => b.Row)]));

        Assert.Equal(1, result.Rows);
        var reasons = Db.Rows(fx.Db, "SELECT row_number, reason FROM quarantine WHERE source_name = 'bad.csv' ORDER BY row_number");
        Assert.Equal(bad.Select((b, i) => new object?[] { i + 3, b.Reason }), reasons);
        Assert.Equal(before, Db.Scalar<string>(fx.Db, Held));
        Assert.Equal(3, Db.Scalar<long>(fx.Db, "SELECT count(*) FROM facts"));
    }

    [Fact]
    public void Bad_population_and_target_rows_are_quarantined_and_the_earlier_figures_stay()
    {
        var before = Db.Scalar<string>(fx.Db, Held);
        var population = fx.Csv("bad-population.csv", "region,year,residents,residents_60plus",
            "999999,2023,1,1",
            "330802,2023,100000,200000");
        var targets = fx.Csv("bad-targets.csv", "province,year,indicator,comparator,threshold,basis",
            "330000,2023,no_such_indicator,>=,1,absolute",
            "330000,2023,eco_burial_rate,>=,90,per_10k_residents",
            "330802,2023,elderly_beds,>=,40,absolute");

        fx.Load(Unpublished, population, targets);

        Assert.Equal(
            [
                ["bad-population.csv", 2, "unknown region code '999999'"],
                ["bad-population.csv", 3, "residents_60plus 200000 exceeds residents 100000"],
                ["bad-targets.csv", 2, "unknown indicator 'no_such_indicator'"],
                ["bad-targets.csv", 3, "basis per_10k_residents does not fit eco_burial_rate, measured in percent"],
                ["bad-targets.csv", 4, "柯城区 (330802) is not a province"],
            ],
            Db.Rows(fx.Db, "SELECT source_name, row_number, reason FROM quarantine ORDER BY source_name, row_number"));
        Assert.Equal(before, Db.Scalar<string>(fx.Db, Held));
    }

    [Fact]
    public void Bad_files_are_quarantined_whole_and_nothing_loaded_is_lost()
    {
        var before = Db.Scalar<string>(fx.Db, Held);
        (string Name, byte[] Content, string Reason)[] bad =
        [
            ("a-empty.csv", [], "file is empty"),
            ("b-header-only.csv", "region,indicator,year,value,unit\n"u8.ToArray(), "no data rows"),
            ("c-gbk.csv", [.. "region,indicator,year,value,unit\n"u8, 0xB2, 0xBB, 0xB4, 0xE6, 0xD4, 0xDA, (byte)','], "not valid UTF-8"),
            ("d-unknown.csv", "foo,bar\n1,2\n"u8.ToArray(), "header names no known template"),
            ("e-no-unit.csv", "region,indicator,year,value\n330802,elderly_beds,2023,1\n"u8.ToArray(), "statistics table lacks column(s): unit"),
            ("f-broken.xlsx", "PK not really a workbook"u8.ToArray(), "not a readable XLSX workbook"),
            ("g-scan.pdf", "%PDF-1.7"u8.ToArray(), "'.pdf' is not a table format"),
            ("h-late-gbk.csv", LateLegacyBytes(), "not valid UTF-8"),
        ];
        var paths = bad.Select(b => fx.Folder.File(b.Name)).ToArray();
        foreach (var (path, b) in paths.Zip(bad))
        {
            File.WriteAllBytes(path, b.Content);
        }

        var result = fx.Load(Unpublished, paths);

        Assert.All(result.Sources, s => Assert.Equal(LoadOutcome.Rejected, s.Outcome));
        var reasons = Db.Rows(fx.Db, "SELECT reason FROM quarantine WHERE row_number IS NULL ORDER BY source_name").Select(r => (string)r[0]!).ToList();
        Assert.Equal(bad.Length, reasons.Count);
        Assert.All(bad.Zip(reasons), p => Assert.StartsWith(p.First.Reason, p.Second, StringComparison.Ordinal));
        Assert.Equal(before, Db.Scalar<string>(fx.Db, Held));
        Assert.Equal(2, Db.Scalar<long>(fx.Db, "SELECT count(*) FROM facts"));
    }

    // Thousands of good rows, then GB18030 bytes: the rows already appended must go with the file.
    private static byte[] LateLegacyBytes() =>
        [.. System.Text.Encoding.UTF8.GetBytes(Header + "\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => $"330802,elderly_beds,{1950 + (i % 100)},{i},张\n"))),
         0xB2, 0xBB, 0xB4, 0xE6, (byte)'\n'];

    [Fact]
    public void A_report_the_extractor_fails_on_is_quarantined_and_the_other_reports_of_the_run_load()
    {
        var before = Db.Scalar<string>(fx.Db, Held);
        var good = fx.Folder.Write("good.txt", "海宁市民政局2023年工作总结\n\n全市养老床位3000张。\n");
        var bad = fx.Folder.Write("trips.txt", "海宁市民政局2023年工作总结\n\n全市低保标准每人每月1200元。\n");
        var real = new Analytics.Etl.Extraction.FactExtractor(LoadFixture.Catalog, LoadFixture.Gazetteer);
        var job = new LoadJob(LoadFixture.Catalog, LoadFixture.Gazetteer, (name, text) => name == "trips.txt"
            ? throw new Analytics.Etl.Extraction.ExtractionException(name, 17, new IndexOutOfRangeException("Index was outside the bounds of the array."))
            : real.Extract(name, text));

        var result = job.Run(fx.Db, [good, bad], Unpublished, TestContext.Current.CancellationToken);

        Assert.Equal([LoadOutcome.Loaded, LoadOutcome.Rejected], result.Sources.OrderBy(s => s.Name).Select(s => s.Outcome));
        var reason = Db.Scalar<string>(fx.Db, "SELECT reason FROM quarantine WHERE source_name = 'trips.txt' AND row_number IS NULL");
        Assert.Contains("character 17", reason, StringComparison.Ordinal);
        Assert.Contains("IndexOutOfRangeException", reason, StringComparison.Ordinal);
        Assert.DoesNotContain(fx.Folder.Path, reason, StringComparison.Ordinal);
        Assert.Equal(1, Db.Scalar<long>(fx.Db, "SELECT count(*) FROM facts WHERE indicator = 'elderly_beds' AND value = 3000"));
        Assert.Equal(0, Db.Scalar<long>(fx.Db, "SELECT count(*) FROM facts WHERE indicator = 'dibao_standard' AND value = 1200"));
        Assert.Equal(before, Db.Scalar<string>(fx.Db, Held));
    }

    [Fact]
    public void The_shipped_example_targets_load_without_a_quarantined_row()
    {
        var example = Path.Combine(AppContext.BaseDirectory, "data", "targets.example.csv");

        var result = fx.Load(Unpublished, example);

        Assert.Equal(0, result.Quarantined);
        Assert.Equal(14 * 5, result.Rows);
        Assert.True(Db.Scalar<bool>(fx.Db, "SELECT bool_and(synthetic) FROM targets WHERE year > 2022"));
    }
}
