using Analytics.Etl.Review;

namespace Analytics.Etl.Load;

/// <summary>What a loaded file holds; stored in <c>sources.kind</c>.</summary>
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

    /// <summary>A table whose header names no known template; recorded so that it is not retried.</summary>
    Unknown,
}

/// <summary>Names of <see cref="SourceKind"/> as the warehouse stores them.</summary>
public static class SourceKinds
{
    public static string ToSql(this SourceKind kind) => kind switch
    {
        SourceKind.Report => "report",
        SourceKind.Statistics => "statistics",
        SourceKind.Targets => "targets",
        SourceKind.Population => "population",
        SourceKind.EconomicBase => "economy",
        SourceKind.Review => "review",
        SourceKind.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>
    /// Decides a table's kind from its header: a review sheet has a fact_key and a verdict, targets a
    /// threshold, population residents, economic bases a base and a value, statistics an indicator and a value.
    /// </summary>
    public static SourceKind? FromHeader(TableHeader header) =>
        ReviewColumns.IsReviewSheet(header) ? SourceKind.Review
        : header.Has("threshold") ? SourceKind.Targets
        : header.Has("residents") ? SourceKind.Population
        : header.Has("base") && header.Has("value") && !header.Has("indicator") ? SourceKind.EconomicBase
        : header.Has("indicator") && header.Has("value") ? SourceKind.Statistics
        : null;
}
