using Microsoft.AspNetCore.WebUtilities;

namespace Analytics.Web.Pages;

/// <summary>Builds page, chart and export URLs that keep the reader's language and leave out empty parameters.</summary>
public static class Links
{
    public static string To(string path, Lang lang, params (string Key, object? Value)[] query)
    {
        var pairs = query
            .Where(q => q.Value is not null && !(q.Value is string s && s.Length == 0))
            .Select(q => new KeyValuePair<string, string?>(q.Key, Convert.ToString(q.Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        if (lang.English)
        {
            pairs.Add(new("lang", "en"));
        }

        return pairs.Count == 0 ? path : QueryHelpers.AddQueryString(path, pairs);
    }

    /// <summary>The current URL in the other language.</summary>
    public static string SwitchLanguage(HttpRequest request, Lang lang) =>
        Rewrite(request, "lang", lang.English ? null : "en");

    /// <summary>The current URL without one parameter (the one a 400 page names), in the same language.</summary>
    public static string Without(HttpRequest request, string parameter, Lang lang) =>
        string.Equals(parameter, "lang", StringComparison.OrdinalIgnoreCase)
            ? Rewrite(request, "lang", lang.English ? "en" : null)
            : Rewrite(request, parameter, null, keepLang: true);

    private static string Rewrite(HttpRequest request, string parameter, string? value, bool keepLang = false)
    {
        var pairs = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(kv => !string.Equals(kv.Key, parameter, StringComparison.OrdinalIgnoreCase))
            .Where(kv => keepLang || !string.Equals(kv.Key, "lang", StringComparison.OrdinalIgnoreCase))
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v)))
            .ToList();
        if (value is not null)
        {
            pairs.Add(new(parameter, value));
        }

        var path = request.PathBase + request.Path;
        return pairs.Count == 0 ? path.ToString() : QueryHelpers.AddQueryString(path.ToString(), pairs);
    }
}
