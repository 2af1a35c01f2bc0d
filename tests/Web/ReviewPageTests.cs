namespace Analytics.Tests.Web;

/// <summary>The pages over <see cref="ReviewedWarehouse"/> once its review sheet is in: what each number from prose says about its review.</summary>
public sealed class ReviewPageTests : IClassFixture<ReviewPageTests.App>
{
    private readonly HttpClient client;

    public ReviewPageTests(App app) => client = app.Factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_district_page_tags_every_number_from_prose_and_counts_the_unreviewed_ones_its_score_uses()
    {
        var html = await client.GetStringAsync("/district/330802?year=2023", Ct);
        var rows = Html.Rows(html).Where(r => r.Count == 7).ToDictionary(r => r[0].Split(' ')[0]);

        Assert.Equal("3,600 张 ✓ 已核对", rows["养老床位数"][1]);
        Assert.Equal("52.5 % 已更正（原读 72.5）", rows["节地生态安葬率"][1]);
        Assert.StartsWith("✗ 未达标", rows["节地生态安葬率"][5], StringComparison.Ordinal);
        Assert.Equal("2,100 张 未核对", rows["护理型床位数"][1]);
        Assert.Equal("1,000 元/人·月", rows["低保标准"][1]); // from the statistics table: no tag
        Assert.Equal("缺失 已驳回（原读 12）", rows["社会工作站数"][1]); // rejected: never scored, and the page says why
        Assert.Contains("驳回：review.xlsx，第 10 行", rows["社会工作站数"][6], StringComparison.Ordinal);
        Assert.StartsWith("— 缺失", rows["社会工作站数"][5], StringComparison.Ordinal);
        Assert.Contains("人工更正：review.xlsx，第 6 行", rows["节地生态安葬率"][6], StringComparison.Ordinal);
        Assert.Contains("原读数 72.5，工作报告：kecheng-2023.txt", rows["节地生态安葬率"][6], StringComparison.Ordinal);
        Assert.Contains("<mark>72.5</mark>", html, StringComparison.Ordinal);
        Assert.Contains("备注：以殡葬管理台账为准", rows["节地生态安葬率"][6], StringComparison.Ordinal);
        Assert.Contains("核对：review.xlsx，第 7 行", rows["养老床位数"][6], StringComparison.Ordinal);
        // Four numbers feed the score (beds, the burial rate, the dibao standard, nursing beds as a share of beds); one is unreviewed.
        Assert.Contains("未核对的计分数值<strong>1 / 4</strong>", html, StringComparison.Ordinal);
        Assert.Contains("计分所用的 4 个数值中，有 1 个读自报告文字、尚未经工作人员核对", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tags_read_in_english_too()
    {
        var html = await client.GetStringAsync("/district/330802?year=2023&lang=en", Ct);
        var rows = Html.Rows(html).Where(r => r.Count == 7).ToDictionary(r => r[0]);

        Assert.Equal("3,600 beds ✓ reviewed", rows["Elderly care beds compare districts"][1]);
        Assert.Equal("52.5 percent corrected (read as 72.5)", rows["Land-saving eco-burial rate compare districts"][1]);
        Assert.Equal("2,100 beds unreviewed", rows["Nursing-type elderly care beds compare districts"][1]);
        Assert.Contains("Unreviewed numbers scored<strong>1 / 4</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Corrected by staff: review.xlsx, row 6", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_indicator_page_tags_the_district_whose_number_came_from_prose()
    {
        var rows = Html.Rows(await client.GetStringAsync("/indicator/eco_burial_rate?year=2023&province=330000", Ct));

        Assert.Contains(rows, r => r.Count > 3 && r[1] == "柯城区" && r[3] == "52.5 已更正（原读 72.5）");
        Assert.Contains(rows, r => r.Count > 3 && r[1] == "衢江区" && r[3] == "65");
    }

    [Fact]
    public async Task The_data_page_counts_reviewed_unreviewed_and_rejected_numbers_per_report_and_lists_the_sheet()
    {
        var html = await client.GetStringAsync("/data", Ct);

        Assert.Equal(["kecheng-2023.txt", "9", "2", "1", "6", "1"], Html.Rows(html, "reviews").Single());
        var sheet = Html.Rows(html, "review-sheets").Single();
        Assert.Equal(["review.xlsx", "1", "1", "1", "0"], sheet.Where((_, i) => i != 1));
    }

    [Fact]
    public async Task The_district_export_says_where_each_number_stands()
    {
        var csv = await client.GetStringAsync("/export/district.csv?region=330802&year=2023&lang=en", Ct);
        var lines = csv.Split('\n');
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        var review = Array.IndexOf(header, "review");
        var asRead = Array.IndexOf(header, "value_as_read");

        var burial = lines.Single(l => l.StartsWith("eco_burial_rate,", StringComparison.Ordinal));
        Assert.EndsWith(",correction,72.500000,false", burial.TrimEnd('\r'), StringComparison.Ordinal);
        Assert.True(review > 0 && asRead == review + 1);
        Assert.Contains(",confirmed,,false", lines.Single(l => l.StartsWith("elderly_beds,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    /// <summary>The reviewed warehouse and the app serving it.</summary>
    public sealed class App : IDisposable
    {
        public App()
        {
            Warehouse = new ReviewedWarehouse(reviewed: true);
            Factory = new ScorecardFactory(Warehouse.Snapshots);
        }

        public ReviewedWarehouse Warehouse { get; }

        public ScorecardFactory Factory { get; }

        public void Dispose()
        {
            Factory.Dispose();
            Warehouse.Dispose();
        }
    }
}
