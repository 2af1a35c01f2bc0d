namespace Analytics.Tests.Web;

/// <summary>Waits for the output cache to hold a URL.</summary>
internal static class Cached
{
    // The output cache stores a response after its body has gone out, so the request right after
    // may still miss: ask again until a response carries Age (served from the cache), or fail.
    public static async Task<HttpResponseMessage> FromCache(HttpClient client, string url, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var response = await client.GetAsync(url, ct);
            if (response.Headers.Age is not null)
            {
                return response;
            }

            response.Dispose();
            Assert.True(DateTime.UtcNow < deadline, $"{url} was not served from the output cache within 10 s");
            await Task.Delay(50, ct);
        }
    }
}
