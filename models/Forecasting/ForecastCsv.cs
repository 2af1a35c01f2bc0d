using System.Globalization;
using CsvHelper;

namespace Analytics.Models.Forecasting;

/// <summary>
/// Forecasts as a tidy CSV: one row per series and year, interval bounds per level, and how the
/// intervals were calibrated (<c>indicator</c>, or <c>pooled</c> over the family; empty without intervals).
/// </summary>
public static class ForecastCsv
{
    public static void Write(TextWriter writer, IReadOnlyList<ForecastValue> values, IReadOnlyList<double> levels)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var name in new[] { "area", "indicator", "year", "horizon", "value", "model" })
        {
            csv.WriteField(name);
        }

        foreach (var level in levels)
        {
            var pct = (level * 100).ToString("0.#", CultureInfo.InvariantCulture);
            csv.WriteField("lower_" + pct);
            csv.WriteField("upper_" + pct);
        }

        csv.WriteField("interval_calibration");
        csv.NextRecord();
        foreach (var v in values)
        {
            csv.WriteField(v.Area);
            csv.WriteField(v.Indicator);
            csv.WriteField(v.Year);
            csv.WriteField(v.Horizon);
            csv.WriteField(Round(v.Value));
            csv.WriteField(v.Model);
            foreach (var level in levels)
            {
                var interval = v.Intervals.FirstOrDefault(i => i.Level == level);
                csv.WriteField(interval is null ? "" : Round(interval.Lower));
                csv.WriteField(interval is null ? "" : Round(interval.Upper));
            }

            csv.WriteField(v.Intervals.Count == 0 ? "" : v.PooledIntervals ? "pooled" : "indicator");
            csv.NextRecord();
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
