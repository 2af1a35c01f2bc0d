using System.Globalization;
using Analytics.Warehouse.Export;

namespace Analytics.Models.Forecasting;

/// <summary>
/// Forecasts as a tidy CSV (<see cref="CsvFile"/>): one row per series and year, interval bounds per level, and how the
/// intervals were calibrated (<c>indicator</c>, or <c>pooled</c> over the family; empty without intervals).
/// </summary>
public static class ForecastCsv
{
    public static void Write(TextWriter writer, IReadOnlyList<ForecastValue> values, IReadOnlyList<double> levels)
    {
        using var csv = new CsvFile(writer, leaveOpen: true);
        csv.Row([
            "area", "indicator", "year", "horizon", "value", "model",
            .. levels.Select(l => (l * 100).ToString("0.#", CultureInfo.InvariantCulture)).SelectMany(pct => new[] { "lower_" + pct, "upper_" + pct }),
            "interval_calibration"]);
        foreach (var v in values)
        {
            csv.Cell(v.Area);
            csv.Cell(v.Indicator);
            csv.Value(v.Year.ToString(CultureInfo.InvariantCulture));
            csv.Value(v.Horizon.ToString(CultureInfo.InvariantCulture));
            csv.Value(Round(v.Value));
            csv.Cell(v.Model);
            foreach (var level in levels)
            {
                var interval = v.Intervals.FirstOrDefault(i => i.Level == level);
                csv.Value(interval is null ? null : Round(interval.Lower));
                csv.Value(interval is null ? null : Round(interval.Upper));
            }

            csv.Cell(v.Intervals.Count == 0 ? null : v.PooledIntervals ? "pooled" : "indicator");
            csv.EndRow();
        }
    }

    public static string ToText(IReadOnlyList<ForecastValue> values, IReadOnlyList<double> levels)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(writer, values, levels);
        return writer.ToString();
    }

    private static string Round(double v) => Math.Round(v, 6).ToString("0.######", CultureInfo.InvariantCulture);
}
