namespace Analytics.Warehouse.Demo;

/// <summary>
/// What the demo generator produces: a seed (the same seed gives byte-identical output), the
/// years, the provinces (GB/T 2260 codes) whose current county-level divisions get a series, and
/// how often a value is left out (a gap) or stated again by a second source with another figure
/// (a conflict).
/// </summary>
public sealed record DemoOptions
{
    public int Seed { get; init; } = 2_0241_129;

    public int FirstYear { get; init; } = 2014;

    public int LastYear { get; init; } = 2024;

    public IReadOnlyList<string> Provinces { get; init; } = ["330000", "320000"];

    /// <summary>Share of inner years dropped from a series, so that <c>check</c> has missing years to find.</summary>
    public double GapRate { get; init; } = 0.005;

    /// <summary>Share of facts a second, revised source restates with a different value.</summary>
    public double ConflictRate { get; init; } = 0.002;

    /// <summary>
    /// Indicators and years with an official target per province (the shipped targets.csv, national
    /// ones included): example targets are generated only for the rest.
    /// </summary>
    public IReadOnlyCollection<PublishedTarget> Published { get; init; } = [];
}
