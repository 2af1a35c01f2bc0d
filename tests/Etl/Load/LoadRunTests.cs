using Analytics.Etl.Load;
using Analytics.Tests.Warehouse;
using Analytics.Warehouse.Snapshots;

namespace Analytics.Tests.Etl.Load;

public sealed class LoadRunTests : IDisposable
{
    private const string Header = "region,indicator,year,value,unit";
    private readonly LoadFixture fx = new();

    public void Dispose() => fx.Dispose();

    [Fact]
    public void Statistics_csv_lands_in_canonical_units_with_its_row_as_lineage()
    {
        var csv = fx.Csv("stats.csv", Header,
            "330802,dibao_payments,2023,65615700,元",
            "柯城区,elderly_beds,2023,1520,张",
            "嵊州市,charity_raised,2023,1.487,亿元");

        var result = fx.Load(csv);

        Assert.Equal(3, result.Rows);
        Assert.Equal(0, result.Quarantined);
        var rows = Db.Rows(fx.Db, "SELECT region_code, indicator, value, unit, source_row, source_name FROM fact_lineage ORDER BY source_row");
        Assert.Equal(["330802", "dibao_payments", 6561.57m, "wan_yuan", 2, "stats.csv"], rows[0]);
        Assert.Equal(["330802", "elderly_beds", 1520m, "beds", 3, "stats.csv"], rows[1]);
        Assert.Equal(["330683", "charity_raised", 14870m, "wan_yuan", 4, "stats.csv"], rows[2]);
    }

    [Fact]
    public void Loading_the_same_file_twice_changes_nothing()
    {
        var csv = fx.Csv("stats.csv", Header, "330802,elderly_beds,2023,1520,张");
        var first = fx.Load(csv);
        var before = Db.Fingerprint(fx.Db);

        var copy = fx.Csv("renamed-copy.csv", Header, "330802,elderly_beds,2023,1520,张");
        var second = fx.Load(csv, copy);

        Assert.NotNull(first.RunId);
        Assert.Null(second.RunId);
        Assert.All(second.Sources, s => Assert.Equal(LoadOutcome.Skipped, s.Outcome));
        Assert.Equal(before, Db.Fingerprint(fx.Db));
    }

    [Fact]
    public void A_fault_mid_run_leaves_the_warehouse_exactly_as_it_was()
    {
        fx.Load(fx.Csv("first.csv", Header, "330802,elderly_beds,2022,1500,张"));
        var before = Db.Fingerprint(fx.Db);
        var second = fx.Csv("second.csv", [Header, .. Enumerable.Range(2010, 10).Select(y => $"330802,elderly_beds,{y},{y},张")]);
        var third = fx.Csv("third.csv", [Header, .. Enumerable.Range(2010, 10).Select(y => $"330803,elderly_beds,{y},{y},张")]);
        var population = fx.Csv("population.csv", "region,year,residents,residents_60plus", "330802,2023,460000,110000");

        // The progress callback fires every 5 rows: the fault strikes inside the third file,
        // after two sources (facts, population, quarantine, sources rows) were already written.
        var options = new LoadOptions(ProgressEvery: 5, Progress: p =>
        {
            if (p.Source == "third.csv")
            {
                throw new IOException("disk full (injected)");
            }
        });
        Assert.Throws<IOException>(() => fx.Load(options, second, population, third));

        Assert.Equal(before, Db.Fingerprint(fx.Db));
        var retried = fx.Load(second, population, third);
        Assert.Equal(21, retried.Rows);
        Assert.NotEqual(before, Db.Fingerprint(fx.Db));
    }

    [Fact]
    public void Bad_rows_are_quarantined_with_row_number_and_reason_and_good_rows_load()
    {
        fx.Load(fx.Csv("earlier.csv", Header, "330802,elderly_beds,2022,1500,张"));
        var csv = fx.Csv("mixed.csv", Header,
            "330802,elderly_beds,2023,1520,张",
            "330802,elderly_beds,2023,\"15\"20,张",
            "330802,no_such_indicator,2023,1,个",
            "999999,elderly_beds,2023,1,张",
            "不存在区,elderly_beds,2023,1,张",
            "330802,elderly_beds,2023,1520,元",
            "330802,elderly_beds,2023,1520",
            "鼓楼区,elderly_beds,2023,1,张",
            "330802,elderly_beds,二〇二三,1,张");

        var result = fx.Load(csv);

        Assert.Equal(1, result.Rows);
        var reasons = Db.Rows(fx.Db, "SELECT row_number, reason FROM quarantine ORDER BY row_number")
            .ToDictionary(r => (int)r[0]!, r => (string)r[1]!);
        Assert.Contains("malformed CSV", reasons[3], StringComparison.Ordinal);
        Assert.Equal("unknown indicator 'no_such_indicator'", reasons[4]);
        Assert.Equal("unknown region code '999999'", reasons[5]);
        Assert.Equal("unknown region '不存在区'", reasons[6]);
        Assert.Equal("unit '元' does not fit elderly_beds (canonical beds)", reasons[7]);
        Assert.Contains("4 fields where the header has 5", reasons[8], StringComparison.Ordinal);
        Assert.Contains("ambiguous (320106, 320302)", reasons[9], StringComparison.Ordinal);
        Assert.Equal("year '二〇二三' is not a year", reasons[10]);
        Assert.Equal(2, Db.Scalar<long>(fx.Db, "SELECT count(*) FROM facts"));
    }

    [Fact]
    public void An_empty_file_is_quarantined_whole_and_nothing_loaded_is_lost()
    {
        fx.Load(fx.Csv("earlier.csv", Header, "330802,elderly_beds,2022,1500,张"));
        var empty = fx.Folder.Write("empty.csv", "");
        var headerOnly = fx.Csv("header-only.csv", Header);

        var result = fx.Load(empty, headerOnly);

        Assert.Equal([LoadOutcome.Rejected, LoadOutcome.Rejected], result.Sources.Select(s => s.Outcome));
        Assert.Equal(["file is empty", "no data rows"], Db.Rows(fx.Db, "SELECT reason FROM quarantine ORDER BY source_id").Select(r => r[0]));
        Assert.Equal(1, Db.Scalar<long>(fx.Db, "SELECT count(*) FROM facts"));
    }

    [Fact]
    public void A_table_in_a_legacy_encoding_is_quarantined_rather_than_loaded_as_mojibake()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var gb18030 = System.Text.Encoding.GetEncoding("GB18030");
        var path = fx.Folder.File("gbk.csv");
        File.WriteAllBytes(path, gb18030.GetBytes(Header + "\n柯城区,elderly_beds,2023,1520,张\n"));

        var result = fx.Load(path);

        Assert.Equal(LoadOutcome.Rejected, Assert.Single(result.Sources).Outcome);
        Assert.StartsWith("not valid UTF-8", Db.Scalar<string>(fx.Db, "SELECT reason FROM quarantine"), StringComparison.Ordinal);
        Assert.Equal(0, Db.Scalar<long>(fx.Db, "SELECT count(*) FROM facts"));
    }

    [Fact]
    public void Population_and_targets_load_and_a_newer_file_replaces_their_figures()
    {
        var population = fx.Csv("population.csv", "region,year,residents,residents_60plus,synthetic",
            "330802,2023,460000,110000,true", "330802,2022,455000,105000,true");
        var targets = fx.Csv("targets.csv", "province,year,indicator,comparator,threshold,basis,weight,note",
            "浙江省,2021-2023,elderly_beds,>=,40,per_1k_aged_60plus,2,example",
            "330000,2023,eco_burial_rate,>=,60,percent,1,example",
            "330802,2023,eco_burial_rate,>=,60,percent,1,not a province",
            "330000,2023,eco_burial_rate,>=,60,absolute,1,basis does not fit");
        fx.Load(population, targets);

        Assert.Equal(4, Db.Scalar<long>(fx.Db, "SELECT count(*) FROM targets"));
        Assert.Equal(2, Db.Scalar<long>(fx.Db, "SELECT count(*) FROM quarantine"));
        Assert.True(Db.Scalar<bool>(fx.Db, "SELECT bool_and(synthetic) FROM population"));

        fx.Load(fx.Csv("population-revised.csv", "region,year,residents,residents_60plus", "330802,2023,461000,111000"));

        Assert.Equal(2, Db.Scalar<long>(fx.Db, "SELECT count(*) FROM population"));
        Assert.Equal(111000, Db.Scalar<long>(fx.Db, "SELECT residents_60plus FROM population WHERE year = 2023"));
        Assert.Equal("2021,2022,2023", Db.Scalar<string>(fx.Db, "SELECT string_agg(year, ',' ORDER BY year) FROM years"));
    }
}
