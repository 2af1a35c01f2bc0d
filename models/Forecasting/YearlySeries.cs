namespace Analytics.Models.Forecasting;

/// <summary>
/// One region's yearly values of one indicator, for consecutive years from <see cref="FirstYear"/>
/// (readers keep the trailing run of consecutive years, so a gap never bridges two regimes).
/// </summary>
public sealed record YearlySeries(
    string Area, string Indicator, string Family, string Unit, int FirstYear, IReadOnlyList<double> Values, bool Synthetic)
{
    public int LastYear => FirstYear + Values.Count - 1;

    public double Last => Values[^1];

    /// <summary>The value of a year, or null outside the series.</summary>
    public double? At(int year) => year >= FirstYear && year <= LastYear ? Values[year - FirstYear] : null;

    /// <summary>The series as known at the end of <paramref name="year"/>; null when it starts later.</summary>
    public YearlySeries? Through(int year) =>
        year >= LastYear ? this
        : year < FirstYear ? null
        : this with { Values = Values.Take(year - FirstYear + 1).ToArray() };
}
