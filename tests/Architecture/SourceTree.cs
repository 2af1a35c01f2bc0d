namespace Analytics.Tests.Architecture;

/// <summary>The repository's source files as paths relative to its root (forward slashes), bin and obj left out.</summary>
internal static class SourceTree
{
    public static readonly string Root = RepoRoot.Find();

    public static readonly string[] ProductFolders = ["etl", "models", "warehouse", "web"];

    private static readonly string[] SourceExtensions = [".cs", ".sql", ".cshtml", ".razor"];

    /// <summary>Source files (C#, SQL, Razor) under <paramref name="folders"/>, in ordinal order.</summary>
    public static IEnumerable<string> Files(params string[] folders) =>
        from folder in folders
        from file in Directory.EnumerateFiles(Path.Combine(Root, folder), "*", SearchOption.AllDirectories)
        let relative = Path.GetRelativePath(Root, file).Replace('\\', '/')
        where SourceExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase)
              && !relative.Split('/').Any(part => part is "bin" or "obj")
        orderby relative
        select relative;

    public static string Text(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    /// <summary>The files under <paramref name="folders"/> whose text <paramref name="matches"/>.</summary>
    public static IReadOnlyList<string> Where(Func<string, bool> matches, params string[] folders) =>
        [.. Files(folders).Where(f => matches(Text(f)))];
}
