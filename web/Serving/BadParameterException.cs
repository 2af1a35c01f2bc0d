namespace Analytics.Web.Serving;

/// <summary>
/// A query parameter the scorecard cannot serve: its name, the value as given, and what is allowed,
/// in both languages. Endpoints answer it with 400 (<see cref="QueryFilter"/>), never with a default.
/// </summary>
public sealed class BadParameterException(string parameter, string? value, string allowedZh, string allowedEn)
    : Exception($"{parameter}: {allowedEn}")
{
    /// <summary>The longest part of a bad value repeated back: enough to recognise it, not a page of it.</summary>
    private const int ShownValue = 40;

    public string Parameter => parameter;

    /// <summary>The message in the reader's language, naming the parameter and what it allows.</summary>
    public string Text(bool english)
    {
        var shown = value is null ? null : value.Length > ShownValue ? value[..ShownValue] + "…" : value;
        return english
            ? (shown is null ? $"Parameter \"{parameter}\": {allowedEn}" : $"Parameter \"{parameter}\" cannot be \"{shown}\": {allowedEn}")
            : (shown is null ? $"参数 {parameter}：{allowedZh}" : $"参数 {parameter} 不能为“{shown}”：{allowedZh}");
    }

    /// <summary>A value outside a list: "one of a, b, c" with at most <paramref name="shown"/> items named.</summary>
    public static BadParameterException NotOneOf(string parameter, string? value, IReadOnlyCollection<string> allowed, int shown = 12)
    {
        var list = string.Join(", ", allowed.Take(shown)) + (allowed.Count > shown ? ", …" : "");
        var listZh = string.Join("、", allowed.Take(shown)) + (allowed.Count > shown ? "……" : "");
        return allowed.Count == 0
            ? new(parameter, value, "本页此处没有可选的值", "nothing can be chosen here")
            : new(parameter, value, $"可选 {listZh}", $"one of {list}");
    }
}
