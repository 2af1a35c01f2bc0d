namespace Analytics.Tests;

/// <summary>
/// Paths into ../shared (the seed reports, gold facts, peer number cases). CI always has it;
/// elsewhere a test that needs it is skipped with a message saying so.
/// </summary>
internal static class SharedData
{
    public static string RequirePath(params string[] parts)
    {
        var shared = RepoRoot.Shared();
        if (shared is null)
        {
            if (Environment.GetEnvironmentVariable("CI") is not null)
            {
                throw new InvalidOperationException("../shared is missing, but CI must have it");
            }

            Assert.Skip("../shared is not next to this clone; the acceptance data lives there");
        }

        var path = Path.Combine([shared, .. parts]);
        Assert.True(File.Exists(path) || Directory.Exists(path), $"{path} is missing from ../shared");
        return path;
    }
}
