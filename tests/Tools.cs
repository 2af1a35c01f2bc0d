using System.Diagnostics;

namespace Analytics.Tests;

/// <summary>
/// Programs the tests call that scripts/setup.sh installs with apt (LibreOffice, poppler's pdftoppm,
/// Tesseract). Where one is missing a test is skipped, saying which package brings it, except on CI,
/// where setup has run and a missing program is a failure.
/// </summary>
internal static class Tools
{
    public const string Soffice = "/usr/bin/soffice";

    public static void Require(string program, string package)
    {
        if (File.Exists(program))
        {
            return;
        }

        Assert.SkipWhen(Environment.GetEnvironmentVariable("CI") is null, $"{program} is not installed (scripts/setup.sh installs {package})");
        Assert.Fail($"{program} is missing; scripts/setup.sh installs {package}");
    }

    /// <summary>Runs a program to its end (two minutes at most) and fails the test with its stderr when it does not exit 0.</summary>
    public static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!; // Start returns a process for an executable path
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), $"{program} did not finish within 2 minutes");
        Assert.True(process.ExitCode == 0, $"{program} exited with {process.ExitCode}: {stderr.Result}");
        return stdout;
    }

    /// <summary>Converts files with headless LibreOffice (its own profile in <paramref name="profile"/>) into <paramref name="output"/>.</summary>
    public static void Convert(string profile, string filter, string output, params string[] files) =>
        Run(Soffice, ["-env:UserInstallation=file://" + profile, "--headless", "--norestore", "--convert-to", filter, "--outdir", output, .. files]);
}
