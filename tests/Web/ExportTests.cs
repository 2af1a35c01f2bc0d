using System.Net;
using System.Text;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Tests.Web;

[Collection(ScorecardCollection.Name)]
public sealed class ExportTests(ScorecardApp app)
{
    private readonly HttpClient client = app.Factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Tables =>
    [
        "/export/overview.{0}?year=2023",
        "/export/district.{0}?region=330102&year=2023",
        "/export/indicator.{0}?indicator=elderly_beds&year=2023",
        "/export/loadruns.{0}",
        "/export/quarantine.{0}",
    ];

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Every_table_downloads_as_csv_xlsx_and_arrow(string url)
    {
        foreach (var format in new[] { "csv", "xlsx", "arrow" })
        {
            using var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, format), Ct);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
            Assert.EndsWith("." + format, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
            Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync(Ct));
        }
    }

    [Fact]
    public async Task Overview_csv_has_a_bom_and_the_same_ranking_as_the_page_with_missing_left_empty()
    {
        var bytes = await client.GetByteArrayAsync("/export/overview.csv?year=2023", Ct);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n');
        Assert.StartsWith("排名,区划代码,县（市、区）,设区市,综合得分,指标覆盖率", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("1,330102,上城区,杭州市,1.1666", lines[1], StringComparison.Ordinal);
        var jiangbei = lines.Single(l => l.Contains(",330205,", StringComparison.Ordinal));
        Assert.StartsWith(",330205,江北区,宁波市,1.15,0.333333,", jiangbei, StringComparison.Ordinal);
        Assert.Contains(",,", jiangbei, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_xlsx_keeps_numbers_as_numbers()
    {
        var bytes = await client.GetByteArrayAsync("/export/overview.xlsx?year=2023&lang=en", Ct);

        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = doc.WorkbookPart!.WorksheetParts.Single().Worksheet; // the export writes one sheet
        var rows = sheet.Descendants<Row>().ToList();
        Assert.Equal("rank", rows[0].Elements<Cell>().First().InnerText);
        var first = rows[1].Elements<Cell>().ToList();
        Assert.Equal("1", first[0].CellValue?.Text);
        Assert.Equal(CellValues.Number, first[4].DataType?.Value);
        Assert.StartsWith("1.1666", first[4].CellValue?.Text, StringComparison.Ordinal);
        Assert.Equal(["Shangcheng District", "Hangzhou"], first.Skip(2).Take(2).Select(c => c.InnerText));
    }

    [Fact]
    public async Task Overview_arrow_has_typed_columns_and_every_district()
    {
        var bytes = await client.GetByteArrayAsync("/export/overview.arrow?year=2023&lang=en", Ct);

        using var reader = new ArrowFileReader(new MemoryStream(bytes));
        var batch = await reader.ReadNextRecordBatchAsync(Ct);
        Assert.NotNull(batch);
        var html = await client.GetStringAsync("/?year=2023", Ct);
        Assert.Equal(Html.Rows(html, "ranking").Count, batch.Length);
        var rank = (Int64Array)batch.Column("rank");
        var composite = (Decimal128Array)batch.Column("composite");
        Assert.Equal(1, rank.GetValue(0));
        Assert.Equal(1.166667m, composite.GetValue(0));
        var codes = (StringArray)batch.Column("region_code");
        var jiangbei = Enumerable.Range(0, batch.Length).Single(i => codes.GetString(i) == "330205");
        Assert.Null(rank.GetValue(jiangbei));
    }
}
