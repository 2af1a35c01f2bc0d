namespace Analytics.Warehouse.Facts;

/// <summary>What a loaded file holds; stored in <c>sources.kind</c> by <see cref="SourceKinds.ToSql"/>.</summary>
public enum SourceKind
{
    Report,
    Statistics,
    Targets,
    Population,

    /// <summary>Economic bases (per-capita consumption expenditure) that targets may be set against.</summary>
    EconomicBase,

    /// <summary>A filled review sheet: verdicts on numbers read from reports, and the corrections they add.</summary>
    Review,

    /// <summary>The models' forecasts: a source that no file is behind, written by the forecast run.</summary>
    Forecast,

    /// <summary>A table whose header names no known template; recorded so that it is not retried.</summary>
    Unknown,
}

/// <summary>The one mapping of <see cref="SourceKind"/> to and from its SQL name.</summary>
public static class SourceKinds
{
    public static readonly IReadOnlyList<SourceKind> All = Enum.GetValues<SourceKind>();

    public static string ToSql(this SourceKind kind) => kind switch
    {
        SourceKind.Report => "report",
        SourceKind.Statistics => "statistics",
        SourceKind.Targets => "targets",
        SourceKind.Population => "population",
        SourceKind.EconomicBase => "economy",
        SourceKind.Review => "review",
        SourceKind.Forecast => "forecast",
        SourceKind.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The kind a warehouse row names; an unknown name is a schema violation.</summary>
    public static SourceKind Parse(string sql) =>
        Vocabulary.TryParse(All, ToSql, sql, out var kind) ? kind
        : throw new InvalidDataException($"sources.kind '{sql}' is not a known kind");
}
