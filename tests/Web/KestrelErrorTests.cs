using System.Net.Sockets;
using System.Text;
using Analytics.Web.Serving;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Tests.Web;

/// <summary>
/// Over real Kestrel and a raw socket: a request target or header block too large is answered by the
/// scorecard (414, 431) with its security headers and no-store, not by Kestrel, whose own limits sit
/// above; what Kestrel still answers itself (a request it cannot parse) is an empty 400.
/// </summary>
public sealed class KestrelErrorTests : IAsyncLifetime
{
    private readonly ScorecardWarehouse warehouse = new();
    private WebApplication? app;
    private Uri address = new("http://127.0.0.1");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        app = Analytics.Web.Program.Build(
        [
            "--contentRoot", Path.Combine(RepoRoot.Find(), "web"), "--urls", "http://127.0.0.1:0",
            "--Warehouse:Snapshots", warehouse.Snapshots, "--Logging:LogLevel:Default", "Warning",
        ]);
        await app.StartAsync(Ct);
        address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()); // Kestrel always has the feature
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }

        warehouse.Dispose();
    }

    [Fact]
    public async Task An_oversized_header_is_431_with_the_security_headers()
    {
        var response = await Raw($"GET / HTTP/1.1\r\nHost: x\r\nX-Big: {new string('a', ServingMiddleware.MaxRequestHeaders + 100)}\r\nConnection: close\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 431 ", response, StringComparison.Ordinal);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Many_headers_adding_up_past_the_limit_are_431_with_the_security_headers()
    {
        var headers = string.Concat(Enumerable.Range(0, 40).Select(i => $"X-H{i}: {new string('b', 500)}\r\n"));
        var response = await Raw($"GET / HTTP/1.1\r\nHost: x\r\n{headers}Connection: close\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 431 ", response, StringComparison.Ordinal);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task An_overlong_url_is_414_with_the_security_headers()
    {
        var response = await Raw($"GET /?year={new string('9', ServingMiddleware.MaxRequestTarget)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 414 ", response, StringComparison.Ordinal);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task A_request_kestrel_cannot_parse_is_its_own_400_with_an_empty_body()
    {
        // Kestrel answers these before any middleware and lets no application add to the answer; it has
        // no body, so there is nothing for the CSP or nosniff to guard.
        var response = await Raw("GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 400 ", response, StringComparison.Ordinal);
        Assert.Contains("\r\nContent-Length: 0\r\n", response, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\n", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_over_the_socket_carries_the_same_headers()
    {
        var response = await Raw("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 200 ", response, StringComparison.Ordinal);
        AssertSecurityHeaders(response);
    }

    private static void AssertSecurityHeaders(string response)
    {
        var head = response[..response.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
        Assert.Contains("\r\nContent-Security-Policy: " + ServingMiddleware.ContentSecurityPolicy + "\r\n", head, StringComparison.Ordinal);
        Assert.Contains("\r\nX-Content-Type-Options: nosniff\r\n", head, StringComparison.Ordinal);
        Assert.Contains("\r\nX-Frame-Options: DENY\r\n", head, StringComparison.Ordinal);
        Assert.Contains("\r\nReferrer-Policy: no-referrer\r\n", head, StringComparison.Ordinal);
        Assert.Contains("\r\nCache-Control: no-store\r\n", head, StringComparison.Ordinal);
    }

    private async Task<string> Raw(string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port, Ct);
        using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), Ct);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        return await reader.ReadToEndAsync(timeout.Token);
    }
}
