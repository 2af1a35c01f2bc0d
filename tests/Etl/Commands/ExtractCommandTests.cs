using System.Text;
using System.Text.Json;
using Analytics.Etl.Commands;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Tests.Etl.Commands;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("analytics-extract-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string name, string text, Encoding? encoding = null)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
        return path;
    }

    private static (int Code, string Out, string Err) Run(string format, params string[] paths)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = ExtractCommand.Run(paths, format, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Jsonl_lines_carry_exactly_the_contract_fields_in_order()
    {
        var path = Write("r.txt", "嵊州市民政局2021年工作总结\n\n本年度累计支出低保金4382.06万元。\n");
        var (code, stdout, _) = Run("jsonl", path);

        Assert.Equal(0, code);
        var line = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        Assert.Equal(
            ["document", "region", "region_code", "segment", "indicator", "value", "unit", "year", "period_start", "qualifier", "status", "redacted", "span", "evidence", "source_format", "low_confidence"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Contains("\"value\":4382.06,", line, StringComparison.Ordinal);
        Assert.Contains("\"region\":\"嵊州市\",\"region_code\":\"330683\"", line, StringComparison.Ordinal);
        Assert.Equal("r.txt", json.RootElement.GetProperty("document").GetString());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("span").ValueKind);
    }

    [Fact]
    public void A_bad_file_is_named_on_stderr_and_the_batch_goes_on()
    {
        var good = Write("good.txt", "海宁市民政局2023年工作总结\n\n全市养老床位3000张。\n");
        var empty = Write("empty.txt", "");
        var pdf = Path.Combine(dir, "report.pdf");
        File.WriteAllBytes(pdf, Encoding.ASCII.GetBytes("%PDF-1.7\n%binary"));

        var (code, stdout, stderr) = Run("jsonl", empty, pdf, good);

        Assert.Equal(1, code);
        Assert.Contains("empty.txt", stderr, StringComparison.Ordinal);
        Assert.Contains("report.pdf", stderr, StringComparison.Ordinal);
        Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_file_the_extractor_fails_on_is_named_with_where_and_the_batch_goes_on()
    {
        var good = Write("good.txt", "海宁市民政局2023年工作总结\n\n全市养老床位3000张。\n");
        var bad = Write("trips.txt", "海宁市民政局2023年工作总结\n\n全市低保标准每人每月1200元。\n");
        var real = Analytics.Etl.Extraction.FactExtractor.CreateDefault();
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = ExtractCommand.Run([bad, good], "jsonl", stdout, stderr, (name, text) => name == "trips.txt"
            ? throw new Analytics.Etl.Extraction.ExtractionException(name, -1, new InvalidOperationException("Sequence contains no elements"))
            : real.Extract(name, text));

        Assert.Equal(1, code);
        Assert.Contains($"error: {bad}: the extractor failed reading the tables (InvalidOperationException", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 files read, 1 not read", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"value\":3000", Assert.Single(stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void Gb18030_and_utf8_reports_give_the_same_facts()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string text = "江阴市民政局2022年工作总结\n\n全年办理结婚登记5,217对，离婚登记1,986对。\n";
        var utf8 = Run("jsonl", Write("a.txt", text)).Out.Replace("a.txt", "x", StringComparison.Ordinal);
        var gb = Run("jsonl", Write("b.txt", text, Encoding.GetEncoding("GB18030"))).Out.Replace("b.txt", "x", StringComparison.Ordinal);
        Assert.Equal(2, utf8.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(utf8, gb);
    }

    [Fact]
    public void A_docx_report_is_read_through_openxml()
    {
        var path = Path.Combine(dir, "report.docx");
        using (var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text("海宁市民政局2023年工作总结"))),
                new Paragraph(new Run(new Text("全市节地生态安葬率达到72.5%，火化率保持100%。")))));
        }

        var (code, stdout, _) = Run("jsonl", path);

        Assert.Equal(0, code);
        Assert.Contains("\"indicator\":\"eco_burial_rate\"", stdout, StringComparison.Ordinal);
        Assert.Contains("\"indicator\":\"cremation_rate\"", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_format_is_for_people()
    {
        var path = Write("r.txt", "海宁市民政局2023年工作总结\n\n全市养老床位3000张。\n");
        var (code, stdout, _) = Run("table", path);
        Assert.Equal(0, code);
        Assert.Contains("elderly_beds", stdout, StringComparison.Ordinal);
        Assert.Contains("指标", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("{\"document\"", stdout, StringComparison.Ordinal);
    }
}
