using Analytics.Warehouse.Facts;
using Analytics.Warehouse.Reviews;
using Analytics.Warehouse.Targets;
using Analytics.Web.Data;
using Analytics.Web.Pages;

namespace Analytics.Web.Report;

/// <summary>
/// The report's numbered source list: every value's origin (report and sentence with its review,
/// table and row, synthetic) and every target's document, each written once and numbered in the
/// order first cited, so a table cell says "[3]" and the list's third item says where it came from.
/// </summary>
internal sealed class ReportSources(Lang lang)
{
    private readonly List<string> items = [];
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Items => items;

    /// <summary>"[n]" for a value's source; empty when it has none.</summary>
    public string Cite(FactSource? source, ActualValue? value) =>
        source is null ? "" : Cite(Describe(source, value));

    /// <summary>"[n]" for a target's document (or its note, for an example target).</summary>
    public string Cite(TargetRow target) => Cite(Describe(target));

    private string Cite(string text)
    {
        if (!numbers.TryGetValue(text, out var n))
        {
            items.Add(text);
            n = numbers[text] = items.Count;
        }

        return $"[{n}]";
    }

    private string Describe(FactSource s, ActualValue? value)
    {
        var synthetic = s.Synthetic ? lang.T("【合成数据】", "[synthetic] ") : "";
        var text = s.SourceKind switch
        {
            SourceKind.Report => lang.T($"工作报告《{s.SourceName}》", $"Report {s.SourceName}")
                + (s.Evidence is { } e ? lang.T($"：“{e}”", $": “{e}”") : "")
                + (s.SpanStart is { } a && s.SpanEnd is { } b ? lang.T($"（原文第 {a}–{b} 字符）", $" (characters {a}–{b})") : "")
                + Review(value?.Review?.State ?? s.Review?.State, s.Review),
            SourceKind.Review => lang.T("人工更正：", "Corrected by staff: ") + Sheet(s.Review, s.SourceName)
                + (s.Review?.AsRead is { } read ? lang.T($"；原读自工作报告《{read.Document}》", $"; read first from report {read.Document}") : ""),
            SourceKind.Forecast => lang.T($"模型预测 {s.SourceName}", $"Model forecast {s.SourceName}"),
            _ => lang.T($"统计表 {s.SourceName}", $"Table {s.SourceName}") + (s.SourceRow is { } row ? lang.T($"，第 {row} 行", $", row {row}") : ""),
        };
        return synthetic + text + lang.T($"；载入于 {s.LoadedAt:yyyy-MM-dd}", $"; loaded {s.LoadedAt:yyyy-MM-dd}");
    }

    private string Describe(TargetRow t)
    {
        var o = t.Origin;
        var synthetic = t.Synthetic ? lang.T("【合成数据】", "[synthetic] ") : "";
        if (o.Kind != TargetKind.Official)
        {
            return synthetic + lang.T("示例目标（非官方）", "Example target (not official)") + (o.Note is { Length: > 0 } note ? lang.T($"：{note}", $": {note}") : "");
        }

        var parts = new[]
        {
            o.Issuer, o.Document is { } d ? lang.T($"《{d}》", d) : null, o.DocNumber, o.Issued, o.Clause,
            o.Wording is { } w ? lang.T($"“{w}”", $"“{w}”") : null, o.Address,
        };
        var inherited = o.Inherited ? lang.T("（沿用国家目标）", " (national target, inherited)") : "";
        return synthetic + lang.T("官方目标：", "Official target: ") + string.Join(lang.T("，", ", "), parts.Where(p => p is { Length: > 0 })) + inherited;
    }

    private string Review(ReviewState? state, FactReview? review) => state switch
    {
        ReviewState.Confirmed => lang.T("；已核对", "; reviewed") + (review is null ? "" : lang.T("（", " (") + Sheet(review, null) + lang.T("）", ")")),
        ReviewState.Correction => lang.T("；已更正", "; corrected"),
        ReviewState.Unreviewed => lang.T("；读自报告文字，未核对", "; read from prose, not reviewed"),
        _ => "",
    };

    private string Sheet(FactReview? review, string? fallback) =>
        review is null ? fallback ?? "" : (review.File ?? fallback ?? "") + (review.Row is { } row ? lang.T($"，第 {row} 行", $", row {row}") : "")
            + (review.At is { } at ? lang.T($"，{at:yyyy-MM-dd}", $", {at:yyyy-MM-dd}") : "");
}
