namespace Analytics.Web.Serving;

/// <summary>
/// Endpoint metadata: the <c>Cache-Control</c> a successful answer carries. Pages, charts and exports
/// are <see cref="Short"/> (a browser may reuse them for a minute; no shared cache may keep them, since
/// a new snapshot changes them); pages showing at-risk household counts and /health are
/// <see cref="NoStore"/>. <see cref="ServingMiddleware"/> writes it, and <c>no-store</c> on every error.
/// </summary>
public sealed record ClientCache(string Value)
{
    public static readonly ClientCache Short = new("private, max-age=60");

    public static readonly ClientCache NoStore = new("no-store");

    /// <summary>Static files whose URL carries their content hash (<see cref="StaticAssets"/>): a year, never revalidated.</summary>
    public static readonly ClientCache Versioned = new("public, max-age=31536000, immutable");

    /// <summary>Static files asked for without (or with a stale) hash: the browser asks again each time.</summary>
    public static readonly ClientCache Unversioned = new("no-cache");
}
