using System.Text.RegularExpressions;
using Analytics.Warehouse.Regions;
using Analytics.Warehouse.Reviews;
using Analytics.Warehouse.Snapshots;
using Analytics.Warehouse.Targets;
using Analytics.Web.Scoring;

namespace Analytics.Tests.Architecture;

/// <summary>
/// Each vocabulary is an enum with one mapping to its names; code elsewhere uses the enum, so a name
/// spelled as a string literal outside that mapping is a second spelling. SQL text (schema, queries)
/// spells the SQL names in SQL and is not scanned.
/// </summary>
public sealed partial class VocabularyTests
{
    // The file that holds each vocabulary's mapping, and its names as that mapping gives them.
    private static readonly (string Mapping, string[] Names)[] Vocabularies =
    [
        ("warehouse/Facts/FactStatus.cs", Names<FactStatus>(s => s.ToSql())),
        ("warehouse/Facts/Qualifier.cs", Names<Qualifier>(q => q.ToSql())),
        ("warehouse/Facts/Segment.cs", Names<Segment>(s => s.ToSql())),
        ("warehouse/Facts/SourceKind.cs", Names<SourceKind>(k => k.ToSql())),
        ("warehouse/Targets/TargetBasis.cs", Names<TargetBasis>(b => b.ToSql())),
        ("warehouse/Targets/TargetComparator.cs", Names<TargetComparator>(c => c.ToSql())),
        ("warehouse/Targets/TargetKind.cs", Names<TargetKind>(k => k.ToSql())),
        ("warehouse/Targets/EconomicBase.cs", Names<EconomicBase>(b => b.ToSql())),
        ("warehouse/Reviews/ReviewState.cs", Names<ReviewState>(s => s.ToSql())),
        ("warehouse/Reviews/Verdict.cs", Names<Verdict>(v => v.ToSql())),
        ("warehouse/Snapshots/LoadOutcome.cs", Names<LoadOutcome>(o => o.Name())),
        ("warehouse/Regions/RegionLevel.cs", Names<RegionLevel>(l => l.ToSql())),
        ("web/Scoring/TargetStatus.cs", Names<TargetStatus>(s => s.Code())),
    ];

    // Words that are also the name of something else in these files, and what they name there.
    private static readonly HashSet<(string File, string Word)> Homonyms =
    [
        ("etl/Load/TargetsParser.cs", "province"), // a column of the targets template
        ("etl/Commands/ReviewCommand.cs", "review"), // the command
        ("web/Program.cs", "report"), // the command
        ("web/Program.cs", "unknown"), // a client address that is not known
        ("warehouse/Demo/CountySeries.cs", "economy"), // a random stream
        ("warehouse/Schema/WarehouseSchema.cs", "targets"), // the table
        ("web/ScorecardEndpoints.cs", "targets"), // the download
        ("etl/Extraction/Binder.cs", "percent"), // the unit
        ("etl/Extraction/Binder.Guards.cs", "percent"), // the unit
        ("etl/Extraction/Binder.Segments.cs", "percent"), // the unit
        ("etl/Load/TargetFormCheck.cs", "percent"), // the unit
        ("models/Forecasting/ForecastRun.cs", "percent"), // the unit
        ("warehouse/Demo/DemoGenerator.cs", "percent"), // the unit
        ("models/Cli/Commands/ForecastCommand.cs", "forecast"), // the command
        ("models/Cli/Commands/WhatIfWords.cs", "county"), // an English word of a sentence
        ("warehouse/Queries/QualityChecks.cs", "unreviewed"), // a quality check
        ("web/Serving/QueryParameters.cs", "province"), // query parameters
        ("web/Serving/QueryParameters.cs", "city"),
        ("web/Serving/QueryParameters.cs", "target"),
        ("web/ScorecardEndpoints.cs", "city"),
        ("web/ScorecardEndpoints.cs", "target"),
        ("web/Pages/ScorecardContext.cs", "province"),
        ("web/Pages/OverviewModel.cs", "city"), // the query parameter and a sort key
        ("web/Pages/Overview.razor", "city"), // a sort key
        ("web/Charts/MapShapes.cs", "province"), // properties of the boundary file
        ("web/Charts/MapShapes.cs", "city"),
        ("web/Pages/Format.cs", "="), // the comparator's sign on a page
        ("web/Pages/DataPage.razor", "forecast"), // model_evaluations.output
    ];

    [Fact]
    public void A_vocabulary_name_is_spelled_only_in_its_mapping()
    {
        var mappings = Vocabularies.Select(v => v.Mapping).ToHashSet(StringComparer.Ordinal);
        var names = Vocabularies.SelectMany(v => v.Names).ToHashSet(StringComparer.Ordinal);
        var spelled =
            from file in SourceTree.Files(SourceTree.ProductFolders)
            where !file.EndsWith(".sql", StringComparison.Ordinal) && !mappings.Contains(file)
            from literal in Literals(SourceTree.Text(file))
            where names.Contains(literal.Text) && !Homonyms.Contains((file, literal.Text))
            select $"{file}:{literal.Line}: \"{literal.Text}\"";
        Assert.Empty(spelled);
    }

    [Fact]
    public void Every_mapping_file_holds_its_mapping()
    {
        foreach (var (mapping, words) in Vocabularies)
        {
            var spelled = Literals(SourceTree.Text(mapping)).Select(l => l.Text).ToHashSet(StringComparer.Ordinal);
            Assert.All(words, w => Assert.Contains(w, spelled));
        }
    }

    [Theory]
    [InlineData("""if (r.Level == "county")""", "county")]
    [InlineData("""new SourceResult(name, "", "skipped", 0, 0, note)""", "skipped")]
    [InlineData("""    .AppendValue("approx")""", "approx")]
    [InlineData("""statusText is not ("" or "actual" or "target")""", "actual target")]
    [InlineData("""new(lang.T("目标", "target"), ColumnType.Text)""", "")]
    [InlineData("""<select name="province">""", "")]
    [InlineData("""cmd.Parameters.Add(new DuckDBParameter("province", provinceCode));""", "")]
    [InlineData("""    // the "part" of a total""", "")]
    public void The_scan_finds_values_and_passes_over_display_words_names_and_comments(string line, string expected) =>
        Assert.Equal(
            expected.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            Literals(line).Select(l => l.Text).Where(t => t.Length > 0));

    [Fact]
    public void The_coverage_rule_is_stated_from_its_constant() =>
        Assert.Empty(
            from file in SourceTree.Files("web")
            from line in CodeLines(SourceTree.Text(file))
            where StatesSixtyPercent().IsMatch(line.Text)
            select $"{file}:{line.Number}");

    private static string[] Names<T>(Func<T, string> name)
        where T : struct, Enum =>
        [.. Enum.GetValues<T>().Select(name)];

    // The lines of a source text that are not comments, numbered from 1.
    private static IEnumerable<(int Number, string Text)> CodeLines(string text) =>
        text.Split('\n')
            .Select((line, i) => (Number: i + 1, Text: line))
            .Where(l => l.Text.TrimStart() is var t
                        && !t.StartsWith("//", StringComparison.Ordinal) && !t.StartsWith('*') && !t.StartsWith("@*", StringComparison.Ordinal));

    // The plain string literals of a source text with their line, leaving out comment lines, the words
    // of Lang.T (what a page says), markup attributes (name="province") and the name of a
    // (name, value) pair (an SQL or query parameter).
    private static IEnumerable<(int Line, string Text)> Literals(string text)
    {
        foreach (var (number, line) in CodeLines(text))
        {
            var masked = DisplayWords().Replace(line, m => new string(' ', m.Length));
            foreach (Match m in Literal().Matches(masked))
            {
                var before = masked[..m.Index];
                var after = masked[(m.Index + m.Length)..];
                if (AttributeBefore().IsMatch(before) || (PairOpenBefore().IsMatch(before) && PairValueAfter().IsMatch(after)))
                {
                    continue;
                }

                yield return (number, m.Groups[1].Value);
            }
        }
    }

    [GeneratedRegex("""(?<![\w"$@])"([^"\\\n]*)"(?!")""")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\bT\([^()]*\)")]
    private static partial Regex DisplayWords();

    [GeneratedRegex(@"\w=$")]
    private static partial Regex AttributeBefore();

    [GeneratedRegex(@"\(\s*$")]
    private static partial Regex PairOpenBefore();

    [GeneratedRegex("""^\s*,\s*[^"\s]""")]
    private static partial Regex PairValueAfter();

    [GeneratedRegex(@"(?<![\d.])60\s*[%％]")]
    private static partial Regex StatesSixtyPercent();
}
