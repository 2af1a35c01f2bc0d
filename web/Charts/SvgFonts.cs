using System.Xml.Linq;

namespace Analytics.Web.Charts;

/// <summary>
/// SVG names its font instead of embedding it (a CJK font is 16 MB): every font-family becomes the
/// Chinese font stack, and a desc plus a comment say which font the text needs.
/// </summary>
internal static class SvgFonts
{
    public const string RequirementEn =
        "Text in this chart is set in Noto Sans CJK SC (Debian package fonts-noto-cjk, installed by scripts/setup.sh); "
        + "without it viewers fall back to Source Han Sans SC, Microsoft YaHei, PingFang SC or SimHei.";

    public const string RequirementZh =
        "本图文字使用思源黑体 Noto Sans CJK SC（Debian 软件包 fonts-noto-cjk，由 scripts/setup.sh 安装）；如未安装，将依次使用 Source Han Sans SC、微软雅黑、苹方或黑体显示。";

    /// <summary>The font note in the chart's own language, so an English SVG holds no Chinese it did not need.</summary>
    public static string Requirement(ChartLanguage language) => language == ChartLanguage.English ? RequirementEn : RequirementZh;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string NameFonts(string svg, string title, ChartLanguage language)
    {
        var doc = XDocument.Parse(svg, LoadOptions.PreserveWhitespace);
        var root = doc.Root ?? throw new InvalidDataException("ScottPlot returned an SVG without a root element.");
        foreach (var node in root.DescendantNodes().OfType<XText>())
        {
            node.Value = SvgTextRepair.Repair(node.Value);
        }

        foreach (var element in root.DescendantsAndSelf())
        {
            if (element.Attribute("font-family") is { } family)
            {
                family.Value = ChartFonts.SvgFontStack;
            }

            if (element.Attribute("style") is { } style && style.Value.Contains("font-family", StringComparison.Ordinal))
            {
                style.Value = string.Join(';', style.Value.Split(';').Select(p =>
                    p.TrimStart().StartsWith("font-family", StringComparison.Ordinal) ? "font-family:" + ChartFonts.SvgFontStack : p));
            }
        }

        // Text without its own family (none from ScottPlot today) still gets the stack.
        root.SetAttributeValue("font-family", ChartFonts.SvgFontStack);
        var requirement = Requirement(language);
        root.AddFirst(
            new XComment(" " + requirement.Replace("--", "-", StringComparison.Ordinal) + " "),
            new XElement(Svg + "title", title),
            new XElement(Svg + "desc", requirement));
        return doc.Declaration is null
            ? doc.ToString(SaveOptions.DisableFormatting)
            : doc.Declaration + doc.ToString(SaveOptions.DisableFormatting);
    }
}
