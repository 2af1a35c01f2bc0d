namespace Analytics.Web.Serving;

/// <summary>
/// The rules every response follows, applied first: every response carries the security headers (a
/// CSP that admits no script at all and no framing, no MIME sniffing, no referrer) and a
/// <c>Cache-Control</c> (the endpoint's <see cref="ClientCache"/>, <c>no-store</c> on any error); a
/// request target or header block past the scorecard's limits is 414 or 431 here, with those headers
/// (Kestrel's own limits are set above these, <see cref="KestrelRequestLine"/>, so Kestrel rarely
/// answers itself, and its own answers carry no headers of ours); and only GET and HEAD are served
/// (anything else is 405 with <c>Allow</c>, before routing, so no endpoint can accept a write).
/// </summary>
public static class ServingMiddleware
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>The longest request target served (the what-if page's longest URL is under 300 characters).</summary>
    public const int MaxRequestTarget = 4 * 1024;

    /// <summary>The largest header block served, names and values together.</summary>
    public const int MaxRequestHeaders = 16 * 1024;

    /// <summary>Kestrel's own limits, set above the two above so that the answer comes from here.</summary>
    public const int KestrelRequestLine = 64 * 1024, KestrelRequestHeaders = 64 * 1024;

    public static IApplicationBuilder UseReadOnlyAndSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(static async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            context.Response.OnStarting(static state => SetCacheControl((HttpContext)state), context);
            if (TooLarge(context.Request) is { } status)
            {
                context.Response.StatusCode = status;
                return;
            }

            var method = context.Request.Method;
            if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                headers.Allow = "GET, HEAD";
                return;
            }

            if (HttpMethods.IsHead(method))
            {
                // Kestrel drops a HEAD body itself; doing it here too keeps every host (and TestServer) alike.
                context.Response.Body = Stream.Null;
            }

            await next(context);
        });

    private static Task SetCacheControl(HttpContext context)
    {
        var response = context.Response;
        if (response.StatusCode >= StatusCodes.Status400BadRequest)
        {
            response.Headers.CacheControl = ClientCache.NoStore.Value;
        }
        else if (string.IsNullOrEmpty(response.Headers.CacheControl))
        {
            response.Headers.CacheControl = (context.GetEndpoint()?.Metadata.GetMetadata<ClientCache>() ?? ClientCache.NoStore).Value;
        }

        return Task.CompletedTask;
    }

    private static int? TooLarge(HttpRequest request)
    {
        var target = request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget
            ?? (request.Path + request.QueryString).ToString();
        if (target.Length > MaxRequestTarget)
        {
            return StatusCodes.Status414UriTooLong;
        }

        var size = 0L;
        foreach (var (name, values) in request.Headers)
        {
            size += name.Length;
            foreach (var value in values)
            {
                size += value?.Length ?? 0;
            }
        }

        return size > MaxRequestHeaders ? StatusCodes.Status431RequestHeaderFieldsTooLarge : null;
    }
}
