using System.Net;
using System.Text.RegularExpressions;

namespace Analytics.Tests.Web;

/// <summary>
/// Every link and image the pages themselves write answers 200: the parameter checks refuse what a
/// person or a program types, never what the site links to (chart PNGs and SVGs are left out for their
/// CSVs, which take the same parameters; each chart's renders are tested in <see cref="ChartAndWhatIfTests"/>).
/// </summary>
[Collection(ScorecardCollection.Name)]
public sealed partial class LinkTests(ScorecardApp app)
{
    private const int MaxUrls = 300;
    private const int PerShape = 3;

    private readonly HttpClient client = app.Factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_link_the_pages_write_answers_200()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/", "/?lang=en", "/?year=2022", "/indicators", "/whatif?region=330102", "/data?lang=en"]);
        var failures = new List<string>();
        while (queue.Count > 0 && seen.Count < MaxUrls)
        {
            var url = queue.Dequeue();
            // A few of each kind of link (path and parameter names) stand for the rest of that kind.
            var shape = Shape(url);
            if (shapes.GetValueOrDefault(shape) >= PerShape || !seen.Add(url))
            {
                continue;
            }

            shapes[shape] = shapes.GetValueOrDefault(shape) + 1;

            using var response = await client.GetAsync(url, Ct);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{(int)response.StatusCode} {url}: {await response.Content.ReadAsStringAsync(Ct)}");
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            foreach (Match m in Reference().Matches(await response.Content.ReadAsStringAsync(Ct)))
            {
                var link = WebUtility.HtmlDecode(m.Groups[1].Value);
                // A chart's image and downloads take the parameters its CSV takes: the CSV stands for them, unrendered.
                var render = link.StartsWith("/charts/", StringComparison.Ordinal) && !link.Contains(".csv", StringComparison.Ordinal);
                if (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) && !render)
                {
                    queue.Enqueue(link);
                }
            }
        }

        Assert.True(shapes.Count > 20, $"only {shapes.Count} kinds of link reached");
        Assert.Empty(failures);
    }

    private static string Shape(string url)
    {
        var q = url.IndexOf('?', StringComparison.Ordinal);
        var path = q < 0 ? url : url[..q];
        path = Code().Replace(path, "/$1/{code}");
        IEnumerable<string> names = q < 0 ? [] : url[(q + 1)..].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal);
        return path + "?" + string.Join("&", names);
    }

    [GeneratedRegex("/(district|indicator)/[^/?]+")]
    private static partial Regex Code();

    [GeneratedRegex("(?:href|src)=\"([^\"#]+)\"")]
    private static partial Regex Reference();
}
