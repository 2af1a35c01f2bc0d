using Analytics.Etl.Review;

namespace Analytics.Etl.Load;

/// <summary>Which template a table follows, from its header.</summary>
public static class TableKinds
{
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
