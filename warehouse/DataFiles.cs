namespace Analytics.Warehouse;

/// <summary>Locates the reference data files copied next to the binaries (catalog, units, gazetteer).</summary>
public static class DataFiles
{
    public static string Path(string name)
    {
        var path = System.IO.Path.Combine(AppContext.BaseDirectory, "data", name);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"reference data file '{name}' is missing next to the binaries", path);
    }
}
