using Analytics.Etl.Load;
using Analytics.Tests.Warehouse;
using Analytics.Warehouse.Snapshots;

namespace Analytics.Tests.Etl.Load;

/// <summary>
/// The targets template's forms (ratio, share, range, share of an economic base, national targets
/// provinces inherit) and its provenance columns: every form loads, every row that does not make
/// sense is quarantined at its row with the reason, and the shipped sourced file loads whole.
/// </summary>
public sealed class TargetFormsLoadTests : IDisposable
{
    private const string Header = "province,year,due,indicator,comparator,threshold,threshold_high,basis,of,lag,weight,kind,document,issuer,doc_number,issued,clause,wording,address";
    private const string Source = "official,某规划,某省民政厅,某民发〔2021〕1号,2021-05-01,第二章,原文一句,https://example.org/plan";

    private static readonly LoadOptions Unpublished = new(Publish: false);

    private readonly LoadFixture fx = new();

    public void Dispose() => fx.Dispose();

    [Fact]
    public void Every_form_loads_with_its_relative_figure_range_due_year_and_provenance()
    {
        var file = fx.Csv("forms.csv", Header,
            $"320000,2021-2025,,tekun_standard,>=,1.3,,ratio,dibao_standard,,1,{Source}",
            $"320000,2021-2025,2025,nursing_beds,>=,70,,share,elderly_beds,,1,{Source}",
            $"全国,2016–2020,2020,elderly_beds,range,35,40,per_1k_aged_60plus,,,1,{Source}",
            $"320000,2021-2025,,dibao_standard,between,30,40,base_share,consumption_per_capita,1,2,{Source}",
            "330000,2023,,eco_burial_rate,≥,90,,percent,,,1,,,,,,,,");

        var result = fx.Load(Unpublished, file);

        Assert.Equal(0, result.Quarantined);
        Assert.Equal(5 + 5 + 5 + 5 + 1, result.Rows);
        Assert.Equal(
            [
                ["000000", "elderly_beds", "range", 35m, 40m, "per_1k_aged_60plus", null, null, 2020, "official"],
                ["320000", "dibao_standard", "range", 30m, 40m, "base_share", "consumption_per_capita", 1, null, "official"],
                ["320000", "nursing_beds", ">=", 70m, null, "share", "elderly_beds", null, 2025, "official"],
                ["320000", "tekun_standard", ">=", 1.3m, null, "ratio", "dibao_standard", null, null, "official"],
                ["330000", "eco_burial_rate", ">=", 90m, null, "percent", null, null, null, "example"],
            ],
            Db.Rows(fx.Db, """
                SELECT province_code, indicator, comparator, threshold, threshold_high, basis, of_indicator, base_lag, due_year, kind
                FROM targets WHERE year = (SELECT max(year) FROM targets t2 WHERE t2.province_code = targets.province_code AND t2.indicator = targets.indicator)
                ORDER BY province_code, indicator
                """));
        Assert.Equal(
            ["某规划", "某省民政厅", "某民发〔2021〕1号", "2021-05-01", "第二章", "原文一句", "https://example.org/plan"],
            Db.Rows(fx.Db, "SELECT document, issuer, doc_number, issued, clause, wording, address FROM targets WHERE indicator = 'tekun_standard' AND year = 2023")[0]);
    }

    // One file of bad rows: each the case or a neighbour of it, at its own row.
    [Fact]
    public void Rows_that_make_no_sense_are_quarantined_at_their_row_with_the_reason()
    {
        (string Row, string Reason)[] bad =
        [
            ($"320000,2021-2025,,tekun_standard,>=,1.3,,ratio,no_such_indicator,,1,{Source}", "ratio of tekun_standard names unknown indicator 'no_such_indicator'"),
            ($"320000,2021-2025,,elderly_beds,range,40,35,per_1k_aged_60plus,,,1,{Source}", "range low 40 > high 35"),
            ($"320000,2021-2025,,nursing_beds,>=,55,,share,dibao_standard,,1,{Source}", "share of nursing_beds in dibao_standard: the parts are in different units (beds, yuan_per_person_month)"),
            ($"320000,2021/25,,nursing_beds,>=,55,,share,elderly_beds,,1,{Source}", "period '2021/25' does not parse: give a year (2023) or a range (2021-2025)"),
            ($"320000,十四五,,nursing_beds,>=,55,,share,elderly_beds,,1,{Source}", "period '十四五' does not parse: give a year (2023) or a range (2021-2025)"),
            ("320000,2021-2025,,nursing_beds,>=,55,,share,elderly_beds,,1,official,某规划,某省民政厅,,2021-05-01,第二章,原文一句,", "official target lacks its source: address"),
            ("320000,2021-2025,,nursing_beds,>=,55,,share,elderly_beds,,1,official,,,,,,,", "official target lacks its source: document, issuer, issued, clause, wording, address"),
            ("320000,2021-2025,,nursing_beds,>=,55,,share,elderly_beds,,1,official,某规划,某省民政厅,,近日,第二章,原文一句,https://example.org/plan", "issued '近日' names no year"),
            ($"320000,2021-2025,2026,nursing_beds,>=,55,,share,elderly_beds,,1,{Source}", "due year 2026 lies outside the period 2021-2025"),
            ($"320000,2021-2025,,elderly_beds,range,35,,per_1k_aged_60plus,,,1,{Source}", "a range needs threshold_high"),
            ($"320000,2021-2025,,elderly_beds,>=,35,40,per_1k_aged_60plus,,,1,{Source}", "threshold_high is only for comparator range"),
            ($"320000,2021-2025,,nursing_beds,>=,120,,share,elderly_beds,,1,{Source}", "a share threshold is a percentage: 120 is outside 0-100"),
            ($"320000,2021-2025,,nursing_beds,>=,55,,share,nursing_beds,,1,{Source}", "share of nursing_beds is taken of itself"),
            ($"320000,2021-2025,,elderly_beds,>=,35,,per_1k_aged_60plus,dibao_standard,,1,{Source}", "of is only for basis ratio, share or base_share, not per_1k_aged_60plus"),
            ($"320000,2021-2025,,dibao_standard,>=,30,,base_share,gdp_per_capita,1,1,{Source}", "unknown economic base 'gdp_per_capita'"),
            ($"320000,2021-2025,,dibao_households,>=,30,,base_share,consumption_per_capita,1,1,{Source}", "base_share compares a per-person standard with consumption_per_capita; dibao_households is in households"),
            ($"320000,2021-2025,,tekun_standard,>=,1.3,,ratio,dibao_standard,1,1,{Source}", "lag is only for basis base_share"),
            ($"320000,2021-2025,,eco_burial_rate,>=,50,,share,cremation_rate,,1,{Source}", "basis share does not fit eco_burial_rate, measured in percent"),
            ("320000,2021-2025,,eco_burial_rate,>=,50,,percent,,,1,official?,,,,,,,", "kind 'official?' is not official or example"),
            ($"330802,2021-2025,,eco_burial_rate,>=,50,,percent,,,1,{Source}", "柯城区 (330802) is not a province"),
        ];

        var result = fx.Load(Unpublished, fx.Csv("bad-forms.csv", [Header, $"320000,2023,,eco_burial_rate,>=,50,,percent,,,1,{Source}", .. bad.Select(b => b.Row)]));

        Assert.Equal(1, result.Rows);
        Assert.Equal(
            bad.Select((b, i) => new object?[] { i + 3, b.Reason }),
            Db.Rows(fx.Db, "SELECT row_number, reason FROM quarantine WHERE source_name = 'bad-forms.csv' ORDER BY row_number"));
    }

    [Fact]
    public void An_official_row_marked_synthetic_is_refused()
    {
        var file = fx.Csv("synthetic-official.csv", Header + ",synthetic", $"320000,2023,,eco_burial_rate,>=,50,,percent,,,1,{Source},true");

        fx.Load(Unpublished, file);

        Assert.Equal("an official target cannot be synthetic", Db.Scalar<string>(fx.Db, "SELECT reason FROM quarantine"));
        Assert.Equal(0, Db.Scalar<long>(fx.Db, "SELECT count(*) FROM targets"));
    }

    [Fact]
    public void The_shipped_sourced_targets_load_whole_every_row_official_with_its_source_and_a_second_load_changes_nothing()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "data", "targets.csv");

        var result = fx.Load(Unpublished, shipped);

        Assert.Equal(0, result.Quarantined);
        Assert.Equal(9 * 5, result.Rows);
        Assert.Equal(0, Db.Scalar<long>(fx.Db, """
            SELECT count(*) FROM targets
            WHERE kind <> 'official' OR synthetic OR document IS NULL OR issuer IS NULL OR issued IS NULL
               OR clause IS NULL OR wording IS NULL OR address NOT LIKE 'http%'
            """));
        Assert.Equal(["000000", "320000"], Db.Rows(fx.Db, "SELECT DISTINCT province_code FROM targets ORDER BY 1").Select(r => (string)r[0]!));

        var before = Db.Fingerprint(fx.Db);
        var again = fx.Load(Unpublished, shipped);
        Assert.Equal(LoadOutcome.Skipped, Assert.Single(again.Sources).Outcome);
        Assert.Equal(before, Db.Fingerprint(fx.Db));
    }

    [Fact]
    public void A_province_inherits_national_targets_where_it_sets_none_and_its_own_replace_them()
    {
        fx.Load(Unpublished, Path.Combine(AppContext.BaseDirectory, "data", "targets.csv"));

        const string Sql = "SELECT indicator, threshold, inherited FROM effective_targets WHERE applies_to = '{0}' AND year = {1} ORDER BY indicator";
        Assert.Equal([["nursing_beds", 55m, true]], Db.Rows(fx.Db, string.Format(System.Globalization.CultureInfo.InvariantCulture, Sql, "330000", 2023)));
        Assert.Equal(
            [["dibao_standard", 30m, false], ["nursing_beds", 70m, false], ["tekun_standard", 1.3m, false]],
            Db.Rows(fx.Db, string.Format(System.Globalization.CultureInfo.InvariantCulture, Sql, "320000", 2023)));
        Assert.Equal(
            [["eco_burial_rate", 80m, false], ["elderly_beds", 35m, true], ["nursing_beds", 30m, true], ["social_orgs_registered", 6.5m, true]],
            Db.Rows(fx.Db, string.Format(System.Globalization.CultureInfo.InvariantCulture, Sql, "320000", 2018)));
    }

    [Fact]
    public void Economic_bases_load_from_their_template_and_bad_rows_are_quarantined()
    {
        var file = fx.Csv("economy.csv", "region,year,base,value,synthetic",
            "320100,2020,consumption_per_capita,36000,",
            "南京市,2021,全体居民人均消费支出,38000.5,",
            "320100,2020,consumption_per_capita,36500,",
            "320100,2021,gdp_per_capita,1,",
            "320100,2021,consumption_per_capita,-5,",
            "999999,2021,consumption_per_capita,100,");

        var result = fx.Load(Unpublished, file);

        Assert.Equal("economy", Assert.Single(result.Sources).Kind);
        Assert.Equal([[2020, 36500m], [2021, 38000.5m]], Db.Rows(fx.Db, "SELECT year, value FROM economic_bases ORDER BY year"));
        Assert.Equal(
            [
                [2, "superseded by row 4 of the same file"],
                [5, "unknown economic base 'gdp_per_capita' (known: consumption_per_capita)"],
                [6, "value '-5' is not a positive yuan-per-person figure"],
                [7, "unknown region code '999999'"],
            ],
            Db.Rows(fx.Db, "SELECT row_number, reason FROM quarantine ORDER BY row_number"));
    }
}
