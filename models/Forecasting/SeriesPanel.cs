namespace Analytics.Models.Forecasting;

/// <summary>
/// Every series to forecast plus the population covariates by (region, year). <see cref="Through"/>
/// cuts both at a year, which is how the backtest guarantees a model never sees the future.
/// </summary>
public sealed record SeriesPanel(
    IReadOnlyList<YearlySeries> Series, IReadOnlyDictionary<(string Area, int Year), PopulationPoint> Population)
{
    public bool Synthetic => Series.Any(s => s.Synthetic);

    public IEnumerable<string> Families => Series.Select(s => s.Family).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    /// <summary>The panel as known at the end of <paramref name="year"/>.</summary>
    public SeriesPanel Through(int year) => new(
        Series.Select(s => s.Through(year)).OfType<YearlySeries>().ToList(),
        Population.Where(p => p.Key.Year <= year).ToDictionary());

    /// <summary>The series of one indicator family.</summary>
    public SeriesPanel Family(string family) =>
        this with { Series = Series.Where(s => s.Family == family).ToList() };

    public PopulationPoint? PopulationAt(string area, int year) =>
        Population.TryGetValue((area, year), out var p) ? p : null;
}
