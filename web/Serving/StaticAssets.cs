using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Analytics.Web.Serving;

/// <summary>
/// URLs of the files under <c>wwwroot</c> (served at <c>/static</c>) that carry the file's content
/// hash, <c>/static/site.css?v=3f2a…</c>, so that they can be cached for a year: a changed file has a
/// new URL. A request with the current hash is <see cref="ClientCache.Versioned"/>, any other
/// <see cref="ClientCache.Unversioned"/>.
/// </summary>
public sealed class StaticAssets(IWebHostEnvironment environment)
{
    public const string RequestPath = "/static";

    private readonly ConcurrentDictionary<string, string> versions = new(StringComparer.Ordinal);

    /// <summary>The versioned URL of a file, by its path under wwwroot.</summary>
    public string Url(string file) => $"{RequestPath}/{file}?v={Version(file)}";

    /// <summary>The Cache-Control of a static file's response: long-lived only at its versioned URL.</summary>
    public ClientCache CacheFor(HttpRequest request, string file) =>
        string.Equals(request.Query["v"], Version(file), StringComparison.Ordinal) ? ClientCache.Versioned : ClientCache.Unversioned;

    private string Version(string file) => versions.GetOrAdd(file, f =>
    {
        var info = environment.WebRootFileProvider.GetFileInfo(f);
        if (!info.Exists)
        {
            return "";
        }

        using var stream = info.CreateReadStream();
        return Convert.ToHexStringLower(SHA256.HashData(stream))[..16];
    });
}
