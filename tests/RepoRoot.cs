namespace Analytics.Tests;

/// <summary>Finds the repository root (the folder holding Analytics.sln) from the test binaries.</summary>
internal static class RepoRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analytics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Analytics.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>../shared next to the clone, where CI places the seed reports; null when absent.</summary>
    public static string? Shared()
    {
        var shared = Path.GetFullPath(Path.Combine(Find(), "..", "shared"));
        return Directory.Exists(shared) ? shared : null;
    }
}
