using System.Globalization;
using System.Text.Json;
using Analytics.Etl.Extraction;
using Analytics.Etl.Input;

namespace Analytics.Tests.Etl.Extraction;

/// <summary>
/// The project's own sample reports (etl/Samples/reports, written by the team in other words
/// than the seeds) against their expected facts in tests/Fixtures/samples: exactly these facts,
/// no more, no fewer.
/// </summary>
public sealed class SampleReportTests
{
    private static readonly FactExtractor Extractor = FactExtractor.CreateDefault();

    public static TheoryData<string> Samples() =>
        [.. Directory.GetFiles(Path.Combine(RepoRoot.Find(), "etl", "Samples", "reports")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_report_yields_exactly_its_expected_facts(string name)
    {
        var document = DocumentReader.Read(Path.Combine(RepoRoot.Find(), "etl", "Samples", "reports", name));
        var actual = Extractor.Extract(document.Name, document.Text).Select(Key).Order(StringComparer.Ordinal).ToList();
        var expected = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "samples", name + ".expected.jsonl"))
            .Where(l => l.Length > 0).Select(ExpectedKey).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_sample_says_it_is_a_sample()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(RepoRoot.Find(), "etl", "Samples", "reports")))
        {
            Assert.Contains("【样例报告】", DocumentReader.Read(path).Text, StringComparison.Ordinal);
        }
    }

    private static string Key(ExtractedFact f) => string.Join(
        '|', f.Indicator, f.Segment.ToSql() ?? "-", f.Value?.ToString(CultureInfo.InvariantCulture) ?? "null", f.Qualifier.ToSql(),
        f.Year?.ToString(CultureInfo.InvariantCulture) ?? "null", f.Status.ToSql(), f.RegionCode ?? "null");

    private static string ExpectedKey(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var r = doc.RootElement;
        string Text(string name) => r.GetProperty(name).ValueKind == JsonValueKind.Null ? "null" : r.GetProperty(name).ToString();
        return string.Join('|', Text("indicator"), Text("segment") == "null" ? "-" : Text("segment"), Text("value"), Text("qualifier"), Text("year"), Text("status"), Text("region_code"));
    }
}
