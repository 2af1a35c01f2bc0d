using System.Globalization;
using Analytics.Etl.Extraction.Numbers;

namespace Analytics.Tests.Etl.Numbers;

/// <summary>
/// Acceptance against ../shared/peer/numbers.tsv: input → value cases harvested from the test suites of
/// cn2an, JioNLP, WeTextProcessing and NeMo (provenance in the file's last column).
/// </summary>
public sealed class PeerNumberCaseTests
{
    private const string Folder = "peer";
    private const string FileName = "numbers.tsv";

    /// <summary>
    /// Inputs this project deliberately reads differently from the peer suite, with the reason.
    /// Empty: every harvested case is read the way its source suite reads it. (In a sentence the scanner
    /// leaves a few of them to the parser on purpose; NumbersInSentencesTests asserts which.)
    /// </summary>
    private static readonly Dictionary<string, string> Exclusions = new(StringComparer.Ordinal);

    public static IEnumerable<TheoryDataRow<string, string, string, string>> Cases()
    {
        // Discovery must not fail when ../shared is absent; Peer_cases_file_is_present reports that.
        var shared = RepoRoot.Shared();
        var path = shared is null ? null : Path.Combine(shared, Folder, FileName);
        if (path is null || !File.Exists(path))
        {
            yield break;
        }

        foreach (var line in File.ReadLines(path).Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var columns = line.Split('\t');
            var row = new TheoryDataRow<string, string, string, string>(columns[0], columns[1], columns[2], columns[3]);
            if (Exclusions.TryGetValue(columns[0], out var reason))
            {
                row.Skip = reason;
            }

            yield return row;
        }
    }

    [Fact]
    public void Peer_cases_file_is_present()
    {
        var path = SharedData.RequirePath(Folder, FileName);
        var rows = File.ReadLines(path).Skip(1).Count(line => line.Length > 0);
        Assert.True(rows > 0, $"{path} holds no cases");
    }

    [Fact]
    public void Peer_cases_have_four_columns_and_a_known_kind()
    {
        var path = SharedData.RequirePath(Folder, FileName);
        foreach (var line in File.ReadLines(path).Skip(1).Where(line => line.Length > 0))
        {
            var columns = line.Split('\t');
            Assert.Equal(4, columns.Length);
            Assert.Contains(columns[2], new[] { "number", "percent", "money_yuan" });
        }
    }

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(Cases))]
    public void Peer_case_reads_as_its_source_suite_does(string input, string expected, string kind, string source)
    {
        var parsed = kind switch
        {
            "number" => ChineseNumber.TryParse(input, out var value) ? value : (decimal?)null,
            "percent" => ChineseNumber.TryParsePercent(input, out var value) ? value : null,
            "money_yuan" => ChineseNumber.TryParseMoneyYuan(input, out var value) ? value : null,
            _ => throw new InvalidDataException($"unknown kind {kind} in {source}"),
        };

        Assert.True(parsed.HasValue, $"{input} ({kind}) was rejected; {source} reads it as {expected}");
        var slash = expected.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            // Sources write fractions unreduced (5/10); the parser divides exactly as decimal allows.
            var rational = Parse(expected[..slash]) / Parse(expected[(slash + 1)..]);
            Assert.Equal(decimal.Round(rational, 20), decimal.Round(parsed.Value, 20));
        }
        else
        {
            Assert.Equal(Parse(expected), parsed.Value);
            Assert.Equal(expected, parsed.Value.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static decimal Parse(string s) =>
        decimal.Parse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
