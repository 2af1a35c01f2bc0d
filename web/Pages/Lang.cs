using Analytics.Web.Charts;
using Analytics.Web.Data;

namespace Analytics.Web.Pages;

/// <summary>
/// The reader's language: Chinese unless the query says <c>lang=en</c> (no cookie, so every URL
/// names its language and caches cleanly). Every label is written in both, at its point of use.
/// </summary>
public sealed record Lang(bool English)
{
    public static readonly Lang Zh = new(false);
    public static readonly Lang En = new(true);

    public string Code => English ? "en" : "zh";

    public string HtmlLang => English ? "en" : "zh-CN";

    public static Lang From(HttpRequest request) =>
        string.Equals(request.Query["lang"], "en", StringComparison.OrdinalIgnoreCase) ? En : Zh;

    public string T(string zh, string en) => English ? en : zh;

    /// <summary>The page's language for its charts, so a chart downloaded from a page reads as the page does.</summary>
    public ChartLanguage Chart => English ? ChartLanguage.English : ChartLanguage.Chinese;

    /// <summary>
    /// A region's name in the reader's language: 西湖区 or Xihu District. A snapshot published before
    /// regions had English names has none, so its English pages fall back to Chinese and the layout
    /// says so (<see cref="PageFrame.ChineseRegionNames"/>).
    /// </summary>
    public string Region(RegionRow region) => English && region.NameEn is { } en ? en : region.NameZh;
}
