using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Web.Serving;

/// <summary>
/// Endpoint metadata: the query parameters a route takes (which may depend on its route values, as
/// <c>/export/{table}</c> does), each spelled one way. <see cref="Check"/> refuses a name the route
/// does not take, a name given twice and a value of the wrong shape, and returns the canonical query
/// the output cache is keyed on, so that no extra or respelled parameter makes a new cache entry.
/// Whether a well-formed value names something that exists (a year with data, a county) is for the
/// page to decide; it throws <see cref="BadParameterException"/> too.
/// </summary>
public sealed partial class QueryParameters(Func<RouteValueDictionary, IReadOnlyList<string>?> allowed, bool download)
{
    /// <summary>Every route's own: the language, and the province and year the page is about.</summary>
    public static readonly IReadOnlyList<string> Common = ["lang", "province", "year"];

    /// <summary>Downloads (exports, charts) answer a bad parameter in plain text; pages with an HTML page.</summary>
    public bool Download => download;

    /// <summary>
    /// The names the route takes for these route values, or null when the route value itself names
    /// nothing (the handler answers 404).
    /// </summary>
    public IReadOnlyList<string>? For(RouteValueDictionary values) => allowed(values);

    /// <summary>The request's query in canonical form (names sorted, numbers as parsed), or the first problem with it.</summary>
    public string Check(HttpRequest request)
    {
        if (For(request.RouteValues) is not { } names)
        {
            return "";
        }

        var canonical = new StringBuilder();
        foreach (var (name, values) in request.Query.OrderBy(q => q.Key, StringComparer.Ordinal))
        {
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                throw new BadParameterException(name, null,
                    $"本页不接受这个参数；可用的参数为 {string.Join("、", names)}",
                    $"this page takes no such parameter; it takes {string.Join(", ", names)}");
            }

            if (values.Count > 1)
            {
                throw new BadParameterException(name, null, "只能给出一次", "may be given only once");
            }

            var value = values.ToString();
            if (value.Length == 0)
            {
                continue; // an empty form field (如"全部设区市") is the parameter left out
            }

            canonical.Append(name).Append('=').Append(Shape(name, value)).Append('&');
        }

        return canonical.ToString();
    }

    /// <summary>The value's canonical spelling, or the parameter's rule when it has the wrong shape.</summary>
    private static string Shape(string name, string value)
    {
        switch (name)
        {
            case "lang":
                return value is "zh" or "en" ? value : throw BadParameterException.NotOneOf(name, value, ["zh", "en"]);
            case "dir":
                return value is "asc" or "desc" ? value : throw BadParameterException.NotOneOf(name, value, ["asc", "desc"]);
            case "res":
                return value is "screen" or "print" ? value : throw BadParameterException.NotOneOf(name, value, ["screen", "print"]);
            case "province" or "region" or "city":
                return RegionCode().IsMatch(value) ? value
                    : throw new BadParameterException(name, value, "须为区划代码（数字，如 330102）", "must be a region code (digits, e.g. 330102)");
            case "year" or "target":
                return Year().IsMatch(value) ? value : throw new BadParameterException(name, value, "须为四位数的年份，如 2023", "must be a four-digit year, e.g. 2023");
            case "indicator" or "ind":
                return IndicatorCode().IsMatch(value) ? value
                    : throw new BadParameterException(name, value, "须为指标代码（小写字母、数字和下划线，如 elderly_beds）", "must be an indicator code (lower-case letters, digits and _, e.g. elderly_beds)");
            case "sort":
                return SortKey().IsMatch(value) ? value
                    : throw new BadParameterException(name, value, "须为排序列，如 composite、name、ind:elderly_beds", "must be a column to sort by, e.g. composite, name, ind:elderly_beds");
            default:
                // The what-if drivers and assumptions: finite numbers, written back as parsed so 3 and 3.0 share an entry.
                return Number().IsMatch(value) && double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)
                    ? v.ToString("R", CultureInfo.InvariantCulture)
                    : throw new BadParameterException(name, value, "须为数字，如 3 或 1.5", "must be a number, e.g. 3 or 1.5");
        }
    }

    [GeneratedRegex("^[0-9]{2,12}$")]
    private static partial Regex RegionCode();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex Year();

    [GeneratedRegex("^[a-z][a-z0-9_]{0,63}$")]
    private static partial Regex IndicatorCode();

    [GeneratedRegex("^[a-z]+(:[a-z0-9_]{1,64})?$")]
    private static partial Regex SortKey();

    [GeneratedRegex(@"^-?[0-9]{1,9}(\.[0-9]{1,9})?$")]
    private static partial Regex Number();
}
