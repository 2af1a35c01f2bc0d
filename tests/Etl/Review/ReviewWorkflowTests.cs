using System.Text;
using System.Text.RegularExpressions;
using Analytics.Etl.Load;
using Analytics.Etl.Review;
using Analytics.Tests.Warehouse;
using Analytics.Warehouse.Snapshots;

namespace Analytics.Tests.Etl.Review;

/// <summary>
/// The review workflow on real DuckDB files: the fixture report loaded by the real load, its review
/// sheet exported, filled in here as a reviewer would, and loaded back.
/// </summary>
public sealed partial class ReviewWorkflowTests : IDisposable
{
    private readonly ReviewFixture fx = new();

    public void Dispose() => fx.Dispose();

    private string Statistics() => fx.Write("stats.csv", "region,indicator,year,value,unit", "330802,dibao_standard,2023,1000,元");

    private object?[]? Preferred(string indicator, int year = 2023) =>
        Db.Rows(fx.Db, $"""
            SELECT value, source_kind, review, candidates FROM preferred_facts
            WHERE region_code = '330802' AND indicator = '{indicator}' AND year = {year} AND segment IS NULL
            """).SingleOrDefault();

    private string Sheet(string name, Dictionary<string, (string Column, string Text)[]> edits, ReviewFilter? filter = null)
    {
        var path = fx.Export(name, filter);
        ReviewSheet.Fill(path, edits);
        return path;
    }

    [Fact]
    public void Export_lists_each_reading_of_a_report_once_with_a_stable_key_and_the_number_marked_in_its_sentence()
    {
        fx.Load(ReviewFixture.Report, Statistics());

        var rows = fx.Rows();

        Assert.Equal(9, rows.Count); // the report's nine figures; the statistics table's row is no reading
        Assert.All(rows, r => Assert.Matches(Key(), r.FactKey));
        Assert.Equal(rows.Count, rows.Select(r => r.FactKey).Distinct().Count());
        Assert.All(rows, r => Assert.Equal("kecheng-2023.txt", r.Document));
        var burial = rows.Single(r => r.Indicator == "eco_burial_rate");
        Assert.Equal(("330802", "柯城区", "节地生态安葬率", 2023, FactStatus.Actual, 72.5m, "%"),
            (burial.RegionCode, burial.Region, burial.IndicatorName, burial.Year, burial.Status, burial.Value, burial.UnitName));
        Assert.Equal("2023年，全区节地生态安葬率达到【72.5】%，火化率保持100%。", burial.MarkedText);
        Assert.Equal("城乡低保标准提高到每人每月1,050元，全年发放低保金【2,315.6万】元。", rows.Single(r => r.Indicator == "dibao_payments").MarkedText);

        Assert.Empty(fx.Rows(new ReviewFilter(Year: 2022)));
        Assert.Empty(fx.Rows(new ReviewFilter("330803")));
        Assert.Equal(9, fx.Rows(new ReviewFilter("330800", 2023)).Count); // 衢州市: its counties
        Assert.Equal(9, fx.Rows(new ReviewFilter("330000")).Count);

        var (header, csvRows) = ReviewSheet.Read(fx.Export("review.csv"));
        Assert.True(ReviewColumns.IsReviewSheet(header));
        Assert.Equal(9, csvRows.Count);
        Assert.Contains(csvRows, r => r.Cells.Contains("2023年，全区节地生态安葬率达到【72.5】%，火化率保持100%。"));
    }

    [Fact]
    public void Confirm_correct_and_reject_change_the_preferred_values_as_described_and_the_originals_keep_their_lineage()
    {
        fx.Load(ReviewFixture.Report, Statistics());
        Assert.Equal([72.5m, "report", "unreviewed", 1L], Preferred("eco_burial_rate"));
        Assert.Equal([1000m, "statistics", null, 2L], Preferred("dibao_standard"));

        var sheet = Sheet("review.xlsx", new()
        {
            ["elderly_beds"] = [("verdict", "确认")],
            ["eco_burial_rate"] = [("verdict", "更正"), ("corrected_value", "52.5%"), ("note", "原文数字有误，以台账为准")],
            ["social_work_stations"] = [("verdict", "驳回")],
            ["nursing_beds"] = [("verdict", "更正"), ("corrected_year", "2022")],
            ["dibao_standard"] = [("verdict", "确认")],
            ["certified_social_workers"] = [("verdict", "更正"), ("corrected_value", "900")],
        });
        var result = fx.Load(sheet);

        var source = Assert.Single(result.Sources);
        Assert.Equal(("review", LoadOutcome.Loaded, 6L, 0L), (source.Kind, source.Outcome, source.Rows, source.Quarantined));
        Assert.Equal([3600m, "report", "confirmed", 1L], Preferred("elderly_beds"));
        Assert.Equal([52.5m, "review", "correction", 1L], Preferred("eco_burial_rate"));
        Assert.Null(Preferred("social_work_stations")); // rejected: never preferred
        Assert.Null(Preferred("nursing_beds"));
        Assert.Equal([2100m, "review", "correction", 1L], Preferred("nursing_beds", 2022));
        // Structured statistics stay above prose a person confirmed, and above a correction that does not name them.
        Assert.Equal([1000m, "statistics", null, 2L], Preferred("dibao_standard"));
        Assert.Equal([900m, "review", "correction", 1L], Preferred("certified_social_workers"));
        Assert.Equal([240m, "report", "unreviewed", 1L], Preferred("elderly_beds_added"));

        // Nothing read is lost: the corrected and the rejected readings stay in facts with their lineage.
        Assert.Equal(["kecheng-2023.txt", "2023年，全区节地生态安葬率达到72.5%，火化率保持100%。", "corrected"], Assert.Single(Db.Rows(fx.Db, """
            SELECT l.source_name, l.evidence, v.review FROM fact_lineage l JOIN fact_reviews v USING (fact_id)
            WHERE l.indicator = 'eco_burial_rate' AND l.source_kind = 'report'
            """)));
        Assert.Equal(["rejected", 12m], Assert.Single(Db.Rows(fx.Db, """
            SELECT v.review, f.value FROM facts f JOIN fact_reviews v USING (fact_id) WHERE f.indicator = 'social_work_stations'
            """)));
        // The correction is a fact of the review sheet's source, linked to the reading it corrects, with when and from which file.
        Assert.Equal(["review.xlsx", "review", 6, "kecheng-2023.txt", 72.5m, "原文数字有误，以台账为准", true], Assert.Single(Db.Rows(fx.Db, """
            SELECT s.name, s.kind, r.source_row, os.name, o.value, r.note, r.reviewed_at IS NOT NULL
            FROM reviews r JOIN facts c ON c.fact_id = r.correction_id JOIN sources s ON s.source_id = c.source_id
            JOIN facts o ON o.fact_id = r.fact_id JOIN sources os ON os.source_id = o.source_id
            WHERE o.indicator = 'eco_burial_rate'
            """)));
        Assert.Equal(3L, Db.Scalar<long>(fx.Db, "SELECT count(*) FROM facts f JOIN sources s USING (source_id) WHERE s.kind = 'review'"));
        // Reviewed readings leave the next export; the others stay in it.
        Assert.Equal(["cremation_rate", "dibao_payments", "elderly_beds_added"], fx.Rows().Select(r => r.Indicator));
    }

    [Fact]
    public void Statistics_stay_above_a_correction_unless_the_correction_names_them()
    {
        fx.Load(ReviewFixture.Report, Statistics());

        fx.Load(Sheet("first.xlsx", new() { ["dibao_standard"] = [("verdict", "更正"), ("corrected_value", "1080")] }));
        Assert.Equal([1000m, "statistics", null, 2L], Preferred("dibao_standard"));

        fx.Load(Sheet("second.xlsx", new()
        {
            ["dibao_standard"] = [("verdict", "更正"), ("corrected_value", "1080"), ("overrides_statistics", "是")],
        }, new ReviewFilter(All: true)));
        Assert.Equal([1080m, "review", "correction", 2L], Preferred("dibao_standard")); // the first correction is superseded
        Assert.Equal(["superseded", "correction"], Db.Rows(fx.Db, """
            SELECT v.review FROM facts f JOIN sources s USING (source_id) JOIN fact_reviews v USING (fact_id)
            WHERE s.kind = 'review' ORDER BY f.fact_id
            """).Select(r => r[0]));
    }

    [Fact]
    public void A_later_review_of_the_same_reading_replaces_the_earlier_verdict()
    {
        fx.Load(ReviewFixture.Report);
        fx.Load(Sheet("monday.xlsx", new() { ["eco_burial_rate"] = [("verdict", "更正"), ("corrected_value", "52.5")] }));
        Assert.Equal([52.5m, "review", "correction", 1L], Preferred("eco_burial_rate"));

        fx.Load(Sheet("tuesday.xlsx", new() { ["eco_burial_rate"] = [("verdict", "确认")] }, new ReviewFilter(All: true)));
        Assert.Equal([72.5m, "report", "confirmed", 1L], Preferred("eco_burial_rate"));
        Assert.Contains(fx.Rows(new ReviewFilter(All: true)), r => r.Indicator == "eco_burial_rate" && r.Current!.StartsWith("确认 · ", StringComparison.Ordinal)); // --all shows the verdict in force

        fx.Load(Sheet("wednesday.xlsx", new() { ["eco_burial_rate"] = [("verdict", "驳回")] }, new ReviewFilter(All: true)));
        Assert.Null(Preferred("eco_burial_rate"));
        Assert.Equal(["corrected", "confirmed", "rejected"],
            Db.Rows(fx.Db, "SELECT verdict FROM reviews ORDER BY run_id").Select(r => r[0])); // the history stays
    }

    [Fact]
    public void Loading_the_same_sheet_twice_changes_nothing_and_a_copy_with_the_same_verdicts_adds_none()
    {
        fx.Load(ReviewFixture.Report);
        var edits = new Dictionary<string, (string Column, string Text)[]>
        {
            ["elderly_beds"] = [("verdict", "确认")],
            ["eco_burial_rate"] = [("verdict", "更正"), ("corrected_value", "52.5")],
        };
        var sheet = Sheet("review.xlsx", edits);
        fx.Load(sheet);
        var before = Db.Fingerprint(fx.Db);

        var again = fx.Load(sheet);

        Assert.Null(again.RunId);
        Assert.Equal(LoadOutcome.Skipped, Assert.Single(again.Sources).Outcome);
        Assert.Equal(before, Db.Fingerprint(fx.Db));

        // Another file (other bytes) stating the verdicts already in force records nothing new.
        var copy = Sheet("review-copy.xlsx", edits, new ReviewFilter(All: true));
        var facts = Db.Scalar<string>(fx.Db, "SELECT count(*) || ':' || sum(hash(f)) FROM facts f");
        var reviews = Db.Scalar<string>(fx.Db, "SELECT count(*) || ':' || sum(hash(r)) FROM reviews r");
        var result = Assert.Single(fx.Load(copy).Sources);
        Assert.Equal((LoadOutcome.Loaded, 0L, 0L), (result.Outcome, result.Rows, result.Quarantined));
        Assert.Contains("2 already in force", result.Note, StringComparison.Ordinal);
        Assert.Equal(facts, Db.Scalar<string>(fx.Db, "SELECT count(*) || ':' || sum(hash(f)) FROM facts f"));
        Assert.Equal(reviews, Db.Scalar<string>(fx.Db, "SELECT count(*) || ':' || sum(hash(r)) FROM reviews r"));
    }

    [Fact]
    public void A_reload_of_the_same_report_keeps_the_verdicts()
    {
        fx.Load(ReviewFixture.Report);
        var sheet = Sheet("review.xlsx", new()
        {
            ["elderly_beds"] = [("verdict", "确认")],
            ["eco_burial_rate"] = [("verdict", "更正"), ("corrected_value", "52.5")],
            ["social_work_stations"] = [("verdict", "驳回")],
        });
        fx.Load(sheet);

        // The same report again, saved in GB18030 under another name: a new source, the same readings.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = fx.Folder.File("柯城区2023年工作总结-重发.txt");
        File.WriteAllText(gb, File.ReadAllText(ReviewFixture.Report), Encoding.GetEncoding("GB18030"));
        var reload = Assert.Single(fx.Load(gb).Sources);
        Assert.Equal((LoadOutcome.Loaded, 9L), (reload.Outcome, reload.Rows));

        Assert.Equal(["confirmed", "corrected", "rejected"], Db.Rows(fx.Db, """
            SELECT v.review FROM facts f JOIN sources s USING (source_id) JOIN fact_reviews v USING (fact_id)
            WHERE s.name = '柯城区2023年工作总结-重发.txt' AND v.review <> 'unreviewed' ORDER BY v.review
            """).Select(r => r[0]));
        Assert.Equal([3600m, "report", "confirmed", 2L], Preferred("elderly_beds"));
        Assert.Equal([52.5m, "review", "correction", 1L], Preferred("eco_burial_rate"));
        Assert.Null(Preferred("social_work_stations"));
        Assert.Equal(6, fx.Rows().Count); // still nine readings, three of them reviewed

        // A warehouse rebuilt from the report takes the same sheet without a refused row.
        using var rebuilt = new ReviewFixture();
        rebuilt.Load(ReviewFixture.Report);
        var applied = Assert.Single(rebuilt.Load(sheet).Sources);
        Assert.Equal((LoadOutcome.Loaded, 3L, 0L), (applied.Outcome, applied.Rows, applied.Quarantined));
        Assert.Equal([52.5m, "review", "correction", 1L], Db.Rows(rebuilt.Db,
            "SELECT value, source_kind, review, candidates FROM preferred_facts WHERE indicator = 'eco_burial_rate'").Single());
    }

    [Fact]
    public void Each_kind_of_bad_row_is_quarantined_with_its_row_and_reason_and_the_rest_applies()
    {
        fx.Load(ReviewFixture.Report);
        var path = Sheet("review.xlsx", new()
        {
            ["elderly_beds"] = [("verdict", "确认")],
            ["cremation_rate"] = [("fact_key", "F-0000000000000000"), ("verdict", "确认")],
            ["nursing_beds"] = [("verdict", "通过")],
            ["eco_burial_rate"] = [("verdict", "更正"), ("note", "待查")],
            ["certified_social_workers"] = [("verdict", "更正"), ("corrected_value", "一千二")],
            ["social_work_stations"] = [("verdict", "更正"), ("corrected_value", "15"), ("corrected_unit", "人")],
            ["dibao_standard"] = [("year", "2022"), ("verdict", "确认")],
            ["dibao_payments"] = [("corrected_value", "2400")],
        });
        var rowOf = ReviewSheet.Read(path).Rows.ToDictionary(r => r.Cell(3), r => r.Number); // column D: indicator
        var facts = Db.Scalar<string>(fx.Db, "SELECT count(*) || ':' || sum(hash(f)) FROM facts f");

        var result = Assert.Single(fx.Load(path).Sources);

        Assert.Equal((LoadOutcome.Loaded, 1L, 7L), (result.Outcome, result.Rows, result.Quarantined));
        var quarantined = Db.Rows(fx.Db, "SELECT row_number, reason, source_name FROM quarantine ORDER BY row_number")
            .ToDictionary(r => (int)r[0]!, r => (string)r[1]!); // every row of this sheet has a row number and a reason
        Assert.Equal(7, quarantined.Count);
        Assert.StartsWith("unknown or stale fact key 'F-0000000000000000'", quarantined[rowOf["cremation_rate"]], StringComparison.Ordinal);
        Assert.StartsWith("verdict '通过' is not one of 确认, 更正, 驳回", quarantined[rowOf["nursing_beds"]], StringComparison.Ordinal);
        Assert.Equal("更正 (correct) without a corrected value, year or indicator", quarantined[rowOf["eco_burial_rate"]]);
        Assert.StartsWith("更正数值 corrected_value '一千二' is not a number", quarantined[rowOf["certified_social_workers"]], StringComparison.Ordinal);
        Assert.StartsWith("unit '人' does not fit social_work_stations", quarantined[rowOf["social_work_stations"]], StringComparison.Ordinal);
        Assert.StartsWith("key column 年份 year was edited: the sheet says '2022'", quarantined[rowOf["dibao_standard"]], StringComparison.Ordinal);
        Assert.StartsWith("更正数值 corrected_value filled in without the verdict 更正", quarantined[rowOf["dibao_payments"]], StringComparison.Ordinal);

        // The good row applied, and nothing loaded before is lost or changed.
        Assert.Equal([3600m, "report", "confirmed", 1L], Preferred("elderly_beds"));
        Assert.Equal(facts, Db.Scalar<string>(fx.Db, "SELECT count(*) || ':' || sum(hash(f)) FROM facts f"));
        Assert.Equal(1L, Db.Scalar<long>(fx.Db, "SELECT count(*) FROM reviews"));
    }

    [Fact]
    public void A_sheet_from_another_warehouse_names_stale_keys_and_changes_nothing_there()
    {
        fx.Load(ReviewFixture.Report);
        var sheet = Sheet("review.xlsx", new() { ["elderly_beds"] = [("verdict", "确认")], ["eco_burial_rate"] = [("verdict", "驳回")] });
        using var other = new ReviewFixture();
        other.Load(other.Write("stats.csv", "region,indicator,year,value,unit", "330802,elderly_beds,2023,3500,张"));
        var before = Db.Scalar<string>(other.Db, "SELECT count(*) || ':' || sum(hash(f)) FROM facts f");

        var result = Assert.Single(other.Load(sheet).Sources);

        Assert.Equal((0L, 2L), (result.Rows, result.Quarantined));
        Assert.All(Db.Rows(other.Db, "SELECT reason FROM quarantine"), r => Assert.StartsWith("unknown or stale fact key", (string)r[0]!, StringComparison.Ordinal));
        Assert.Equal(before, Db.Scalar<string>(other.Db, "SELECT count(*) || ':' || sum(hash(f)) FROM facts f"));
        Assert.Equal(0L, Db.Scalar<long>(other.Db, "SELECT count(*) FROM reviews"));
    }

    [Fact]
    public void A_fault_mid_run_leaves_the_warehouse_as_it_was()
    {
        fx.Load(ReviewFixture.Report);
        var sheet = Sheet("review.xlsx", new()
        {
            ["eco_burial_rate"] = [("verdict", "更正"), ("corrected_value", "52.5")],
            ["social_work_stations"] = [("verdict", "驳回")],
        });
        var before = Db.Fingerprint(fx.Db);

        // The fault strikes once the sheet is applied (corrections appended, verdicts recorded) and after a table of the same run.
        var faulty = new LoadOptions(Progress: p =>
        {
            if (p.Source == "review.xlsx")
            {
                throw new IOException("disk full (injected)");
            }
        });
        Assert.Throws<IOException>(() => fx.Load(faulty, Statistics(), sheet));

        Assert.Equal(before, Db.Fingerprint(fx.Db));
        Assert.Equal([72.5m, "report", "unreviewed", 1L], Preferred("eco_burial_rate"));
        var retried = fx.Load(Statistics(), sheet);
        Assert.Equal(3, retried.Rows); // the statistics row and two verdicts
        Assert.Equal([52.5m, "review", "correction", 1L], Preferred("eco_burial_rate"));
    }

    [Fact]
    public void A_csv_review_sheet_is_recognised_by_its_header_and_applies()
    {
        fx.Load(ReviewFixture.Report);
        var csv = fx.Export("review.csv");
        var lines = File.ReadAllLines(csv, Encoding.UTF8);
        // 核对结论 verdict is the 13th column and 更正数值 corrected_value the 14th; the sentence is quoted where it holds a comma.
        var filled = lines.Select(l => l.Contains(",eco_burial_rate,", StringComparison.Ordinal)
            ? Regex.Replace(l, ",,,,,,,,$", ",更正,52.5,,,,,,")
            : l.Contains(",elderly_beds,", StringComparison.Ordinal) ? Regex.Replace(l, ",,,,,,,,$", ",确认,,,,,,,") : l);
        var path = fx.Folder.File("review-filled.csv");
        File.WriteAllLines(path, filled, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var result = Assert.Single(fx.Load(path).Sources);

        Assert.Equal(("review", 2L, 0L), (result.Kind, result.Rows, result.Quarantined));
        Assert.Equal([52.5m, "review", "correction", 1L], Preferred("eco_burial_rate"));
        Assert.Equal([3600m, "report", "confirmed", 1L], Preferred("elderly_beds"));
    }

    [Fact]
    public void A_sheet_with_no_verdict_filled_in_is_refused_whole_with_the_reason()
    {
        fx.Load(ReviewFixture.Report);

        var result = Assert.Single(fx.Load(fx.Export("review.xlsx")).Sources);

        Assert.Equal(LoadOutcome.Rejected, result.Outcome);
        Assert.StartsWith("no verdict filled in", result.Note, StringComparison.Ordinal);
    }

    [GeneratedRegex("^F-[0-9A-F]{16}$")]
    private static partial Regex Key();
}
