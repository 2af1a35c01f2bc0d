using System.Globalization;
using System.Text;
using Analytics.Etl.Extraction;
using Analytics.Etl.Input;
using Analytics.Warehouse.Catalog;

namespace Analytics.Tests.Etl.Extraction;

/// <summary>
/// The acceptance test of issue 10: the extractor on the 80 real passages of ../shared/dev (about 75
/// sites in about 20 provinces, none of them the seeds) against their 568 gold facts, scored by the rule
/// of shared/tools/score_extract.py: recall counts the area totals, a fact matching a subtotal is neither
/// credited nor penalised. Writes the per-family table, every miss and every extra fact to
/// TestResults/dev-acceptance.md.
/// </summary>
public sealed class DevAcceptanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Extractor_reaches_precision_092_and_recall_085_on_real_passages_from_other_sites()
    {
        var dev = SharedData.RequirePath("dev");
        var gold = GoldScorer.Load(Path.Combine(dev, "gold.jsonl"));
        var catalog = IndicatorCatalog.LoadDefault();
        var extractor = FactExtractor.CreateDefault();
        var extracted = Directory.GetFiles(Path.Combine(dev, "reports"), "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(path => extractor.Extract(Path.GetFileName(path), DocumentReader.Read(path).Text))
            .Where(f => gold.Any(g => g.Document == f.Document))
            .ToList();

        var (pairs, extra, missed) = GoldScorer.MatchShared(extracted, gold);
        string Family(string code) => catalog[code].Family;
        var rows = catalog.Indicators.Select(i => i.Family).Distinct(StringComparer.Ordinal)
            .Select(family => Row(family, extracted.Where(f => Family(f.Indicator) == family), pairs.Where(p => Family(p.Item2.Indicator) == family), gold.Where(g => Family(g.Indicator) == family)))
            .Append(Row("all", extracted, pairs, gold))
            .ToList();

        var report = Report(rows, extra, missed.Where(g => !g.Subtotal).ToList());
        output.WriteLine(report);
        var dir = Path.Combine(RepoRoot.Find(), "TestResults");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "dev-acceptance.md"), report);

        var all = rows[^1];
        // The level reached, less a point: a change that loses more on real text fails here (issue 10 asks for
        // at least 0.92 / 0.85).
        Assert.True(all.Precision >= 0.95, $"precision {all.Precision:P1} < 95%\n{report}");
        Assert.True(all.Recall >= 0.905, $"recall {all.Recall:P1} < 90.5%\n{report}");
    }

    [Fact]
    public void The_shared_rule_ignores_the_year_only_where_the_gold_has_none()
    {
        var fact = new ExtractedFact("d.txt", null, null, null, "dibao_persons", 100m, "persons", 2021, 2021, Qualifier.Exact, FactStatus.Actual, false, 0, 3, "");
        GoldFact Gold(int? year, decimal value) => new("d.txt", "dibao_persons", value, year, "actual", "");

        Assert.True(GoldScorer.MatchesShared(fact, Gold(null, 100m)));
        Assert.True(GoldScorer.MatchesShared(fact, Gold(2021, 100.4m)));
        Assert.False(GoldScorer.MatchesShared(fact, Gold(2020, 100m)));
        Assert.False(GoldScorer.MatchesShared(fact, Gold(2021, 101m)));
    }

    private sealed record FamilyRow(string Family, int Extracted, int Matched, int Totals, int TotalsFound)
    {
        public double Precision => Extracted == 0 ? 1 : (double)Matched / Extracted;

        public double Recall => Totals == 0 ? 1 : (double)TotalsFound / Totals;
    }

    private static FamilyRow Row(string family, IEnumerable<ExtractedFact> extracted, IEnumerable<(ExtractedFact, GoldFact)> pairs, IEnumerable<GoldFact> gold)
    {
        var matched = pairs.ToList();
        return new FamilyRow(family, extracted.Count(), matched.Count, gold.Count(g => !g.Subtotal), matched.Count(p => !p.Item2.Subtotal));
    }

    private static string Report(IReadOnlyList<FamilyRow> rows, List<ExtractedFact> extra, List<GoldFact> missed)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| family | extracted | matched | area totals | totals found | precision | recall |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {r.Family} | {r.Extracted} | {r.Matched} | {r.Totals} | {r.TotalsFound} | {r.Precision:0.000} | {r.Recall:0.000} |");
        }

        sb.AppendLine().AppendLine("Extra (extracted, matching no gold fact):");
        foreach (var f in extra)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"- {f.Document} {f.Indicator} {f.Value} {f.Year} {f.Status.ToSql()} | {f.Evidence}");
        }

        sb.AppendLine().AppendLine("Missed area totals:");
        foreach (var g in missed)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"- {g.Document} {g.Indicator} {g.Value} {g.Year} {g.Status} | {g.Evidence}");
        }

        return sb.ToString();
    }
}
