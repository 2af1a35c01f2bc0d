using System.Net;
using System.Text.RegularExpressions;

namespace Analytics.Tests.Web;

/// <summary>Just enough HTML reading for assertions: table rows as lists of cell texts.</summary>
internal static partial class Html
{
    public static List<List<string>> Rows(string html, string? tableClass = null)
    {
        if (tableClass is not null)
        {
            var start = html.IndexOf($"<table class=\"{tableClass}\"", StringComparison.Ordinal);
            Assert.True(start >= 0, $"no table of class {tableClass}");
            html = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        }

        return [.. RowPattern().Matches(html)
            .Select(r => CellPattern().Matches(r.Groups[1].Value).Select(c => Text(c.Groups[1].Value)).ToList())
            .Where(cells => cells.Count > 0)];
    }

    public static string Text(string fragment) =>
        WebUtility.HtmlDecode(Whitespace().Replace(Tag().Replace(fragment, " "), " ")).Trim();

    [GeneratedRegex("<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
