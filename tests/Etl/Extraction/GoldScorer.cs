using System.Text.Json;
using Analytics.Etl.Extraction;

namespace Analytics.Tests.Etl.Extraction;

/// <summary>One hand-annotated fact of a gold.jsonl (shared/seeds, shared/dev, tests/Fixtures/general).</summary>
internal sealed record GoldFact(string Document, string Indicator, decimal? Value, int? Year, string Status, string Evidence, bool Subtotal = false);

/// <summary>Precision and recall of one family (or of all) under the matching rule of annotation.md.</summary>
internal sealed record Score(string Family, int Extracted, int Gold, int Matched)
{
    public double Precision => Extracted == 0 ? 1 : (double)Matched / Extracted;

    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;
}

/// <summary>
/// Scores extracted facts against gold facts: a fact matches a gold fact when document,
/// indicator, year and status class (actual, or not) agree and the values agree within 0.5%
/// (both null for masked numbers). Each gold fact matches at most once.
/// </summary>
internal static class GoldScorer
{
    public static IReadOnlyList<GoldFact> Load(string path) =>
        [.. File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(Parse)];

    private static GoldFact Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var r = doc.RootElement;
        return new GoldFact(
            r.GetProperty("document").GetString()!, // the gold file always has these fields
            r.GetProperty("indicator").GetString()!,
            r.GetProperty("value").ValueKind == JsonValueKind.Null ? null : r.GetProperty("value").GetDecimal(),
            r.GetProperty("year").ValueKind == JsonValueKind.Null ? null : r.GetProperty("year").GetInt32(),
            r.GetProperty("status").GetString()!,
            r.GetProperty("evidence").GetString()!,
            r.TryGetProperty("scope", out var scope) && scope.GetString() == "subtotal");
    }

    /// <summary>
    /// The matching of shared/tools/score_extract.py, the rule both shared sets are scored by: as
    /// <see cref="Matches"/>, except that a gold fact without a year matches any year. Subtotals match
    /// like totals (a fact that matches one is no false positive), but only totals count for recall.
    /// </summary>
    public static bool MatchesShared(ExtractedFact f, GoldFact g) =>
        f.Document == g.Document && f.Indicator == g.Indicator && (g.Year is null || f.Year == g.Year)
        && (f.Status == FactStatus.Actual) == (g.Status == "actual")
        && (f.Value is null && g.Value is null
            || f.Value is { } v && g.Value is { } gv && (v == gv || Math.Abs(v - gv) <= Math.Max(Math.Abs(v), Math.Abs(gv)) * 0.005m));

    /// <summary>Greedy one-to-one matching by <see cref="MatchesShared"/>, in the order the facts were extracted.</summary>
    public static (List<(ExtractedFact, GoldFact)> Pairs, List<ExtractedFact> Extra, List<GoldFact> Missed) MatchShared(
        IReadOnlyList<ExtractedFact> extracted, IReadOnlyList<GoldFact> gold)
    {
        var used = new bool[gold.Count];
        var pairs = new List<(ExtractedFact, GoldFact)>();
        var extra = new List<ExtractedFact>();
        foreach (var f in extracted)
        {
            var hit = -1;
            for (var i = 0; i < gold.Count && hit < 0; i++)
            {
                hit = !used[i] && MatchesShared(f, gold[i]) ? i : -1;
            }

            if (hit < 0)
            {
                extra.Add(f);
            }
            else
            {
                used[hit] = true;
                pairs.Add((f, gold[hit]));
            }
        }

        return (pairs, extra, [.. gold.Where((g, i) => !used[i])]);
    }

    public static bool Matches(ExtractedFact f, GoldFact g) =>
        f.Document == g.Document && f.Indicator == g.Indicator && f.Year == g.Year
        && (f.Status == FactStatus.Actual) == (g.Status == "actual")
        && (f.Value is null && g.Value is null
            || f.Value is { } v && g.Value is { } gv && Math.Abs(v - gv) <= Math.Abs(gv) * 0.005m);

    /// <summary>Greedy one-to-one matching; returns the matched pairs and the leftovers on each side.</summary>
    public static (List<(ExtractedFact, GoldFact)> Pairs, List<ExtractedFact> Extra, List<GoldFact> Missed) Match(
        IReadOnlyList<ExtractedFact> extracted, IReadOnlyList<GoldFact> gold)
    {
        var free = gold.ToList();
        var pairs = new List<(ExtractedFact, GoldFact)>();
        var extra = new List<ExtractedFact>();
        foreach (var f in extracted)
        {
            var g = free.FirstOrDefault(g => Matches(f, g));
            if (g is null)
            {
                extra.Add(f);
            }
            else
            {
                free.Remove(g);
                pairs.Add((f, g));
            }
        }

        return (pairs, extra, free);
    }
}
