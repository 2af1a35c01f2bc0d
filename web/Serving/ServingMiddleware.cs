namespace Analytics.Web.Serving;

/// <summary>
/// The two rules every response follows: only GET and HEAD are served (anything else is 405 with
/// <c>Allow</c>, before routing, so no endpoint can accept a write), and every response carries the
/// security headers: a CSP that admits no script at all and no framing, no MIME sniffing, no referrer.
/// </summary>
public static class ServingMiddleware
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

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
}
