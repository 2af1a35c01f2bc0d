namespace Analytics.Etl.Load;

/// <summary>What a loaded file holds; stored in <c>sources.kind</c>.</summary>
public enum SourceKind
{
    Report,
    Statistics,
    Targets,
    Population,

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
        SourceKind.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Reports are prose the extractor reads; everything else is a table with a header.</summary>
    public static bool IsReportFile(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".txt" or ".md" or ".docx";

    /// <summary>Decides a table's kind from its header: targets have a threshold, population has residents.</summary>
    public static SourceKind? FromHeader(TableHeader header) =>
        header.Has("threshold") ? SourceKind.Targets
        : header.Has("residents") ? SourceKind.Population
        : header.Has("indicator") && header.Has("value") ? SourceKind.Statistics
        : null;
}
