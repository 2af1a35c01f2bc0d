using System.Diagnostics;

namespace Analytics.Tests.Web;

/// <summary>The scorecard started with no warehouse says in one line what is missing and how to start it.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Without_a_snapshot_folder_it_prints_one_line_and_exits()
    {
        var web = Path.Combine(AppContext.BaseDirectory, "analytics-web.dll");
        var start = new ProcessStartInfo("dotnet", [web])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment.Remove("Warehouse__Snapshots");
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        using var process = Process.Start(start)!; // Start with a file name returns a process or throws
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, process.ExitCode);
        Assert.Equal("", await stdout);
        var line = Assert.Single((await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Warehouse:Snapshots", line, StringComparison.Ordinal);
        Assert.Contains("scripts/run.sh", line, StringComparison.Ordinal);
        Assert.Contains("--Warehouse:Snapshots", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
    }
}
