using System.Globalization;
using System.Text;
using Analytics.Etl.Extraction;
using Analytics.Etl.Input;

namespace Analytics.Tests.Etl.Extraction;

/// <summary>
/// Acceptance on texts unlike the seeds: seven hand-written fixtures (tests/Fixtures/general, our
/// own words) — work reports in the styles of a Guangdong city, a Sichuan county and a Shandong district,
/// and a dated news item, a traditional-script re-post, a flattened statistics table and a masked
/// essay-site re-post — scored against their hand-annotated gold with the seed test's matching rule
/// (<see cref="GoldScorer"/>).
/// </summary>
public sealed class GeneralFixtureTests(ITestOutputHelper output)
{
    private static readonly string Dir = Path.Combine(AppContext.BaseDirectory, "Fixtures", "general");

    [Fact]
    public void Extractor_reaches_precision_and_recall_098_on_reports_from_other_provinces()
    {
        var gold = GoldScorer.Load(Path.Combine(Dir, "gold.jsonl"));
        var extracted = Extract();

        var (pairs, extra, missed) = GoldScorer.Match(extracted, gold);
        var score = new Score("all", extracted.Count, gold.Count, pairs.Count);
        var report = Report(score, extra, missed);
        output.WriteLine(report);

        Assert.True(score.Precision >= 0.98, $"precision {score.Precision:P1} < 98%\n{report}");
        Assert.True(score.Recall >= 0.98, $"recall {score.Recall:P1} < 98%\n{report}");
    }

    [Fact]
    public void The_score_falls_when_the_gold_disagrees()
    {
        // The same gold with every value 1% off (beyond the 0.5% tolerance) and every year moved:
        // nothing may match (a gold fact without a year gets one), so the thresholds above are not met by construction.
        var gold = GoldScorer.Load(Path.Combine(Dir, "gold.jsonl"))
            .Select(g => g with { Value = g.Value * 1.01m, Year = (g.Year ?? 1990) + 1 })
            .ToList();

        var (pairs, _, missed) = GoldScorer.Match(Extract(), gold);

        Assert.DoesNotContain(pairs, p => p.Item2.Value is not null);
        Assert.Equal(gold.Count, missed.Count);
    }

    [Fact]
    public void Regions_outside_the_gazetteer_stay_null()
    {
        // Guangdong, Sichuan and Shandong are not in regions.csv: no county of Zhejiang or Jiangsu may be guessed.
        Assert.All(Extract(), f => Assert.Null(f.Region));
    }

    private static List<ExtractedFact> Extract()
    {
        var extractor = FactExtractor.CreateDefault();
        return [.. Directory.GetFiles(Dir, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(path => extractor.Extract(Path.GetFileName(path), DocumentReader.Read(path).Text))];
    }

    private static string Report(Score s, List<ExtractedFact> extra, List<GoldFact> missed)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"extracted {s.Extracted}, gold {s.Gold}, matched {s.Matched}: precision {s.Precision:0.000}, recall {s.Recall:0.000}");
        sb.AppendLine("Extra (extracted, not in gold):");
        foreach (var f in extra)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"- {f.Document} {f.Indicator} {f.Value} {f.Year} {f.Status.ToSql()} | {f.Evidence}");
        }

        sb.AppendLine("Missed (gold, not extracted):");
        foreach (var g in missed)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"- {g.Document} {g.Indicator} {g.Value} {g.Year} {g.Status} | {g.Evidence}");
        }

        return sb.ToString();
    }
}
