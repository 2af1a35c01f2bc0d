using ScottPlot;

namespace Analytics.Web.Charts;

/// <summary>
/// History as a line with gaps where a year is missing (never drawn as zero), synthetic years as
/// hollow markers, the target as a dashed line, the forecast dashed from the last actual year with
/// its prediction interval shaded.
/// </summary>
internal static class TrendChart
{
    public static Plot Build(TrendChartData data)
    {
        var plot = ChartStyle.NewPlot(data.Text, ChartSize.Standard, data.Unit);
        var labels = Labels.For(data.Text.Language);
        var history = data.History.OrderBy(h => h.Year).ToList();
        var forecast = data.Forecast.OrderBy(f => f.Year).ToList();
        var known = history.Where(h => h.Value.HasValue).ToList();
        if (known.Count == 0 && forecast.Count == 0)
        {
            return ChartStyle.NoData(plot);
        }

        var values = new List<double>();
        if (known.Count > 0)
        {
            // Every year from first to last, NaN where missing: ScottPlot's straight path breaks at NaN.
            var first = history[0].Year;
            var last = history[^1].Year;
            var byYear = history.GroupBy(h => h.Year).ToDictionary(g => g.Key, g => g.Last());
            var xs = Enumerable.Range(first, last - first + 1).Select(y => (double)y).ToArray();
            var ys = xs.Select(x => byYear.TryGetValue((int)x, out var h) && h.Value is { } v ? (double)v : double.NaN).ToArray();
            var line = plot.Add.ScatterLine(xs, ys, ChartStyle.Primary);
            line.LineWidth = 2.5f;
            line.MarkerShape = MarkerShape.FilledCircle;
            line.MarkerSize = 7;
            line.LegendText = labels.Actual;
            values.AddRange(ys.Where(double.IsFinite));

            var synthetic = known.Where(h => h.Synthetic).ToList();
            if (synthetic.Count > 0)
            {
                var marks = plot.Add.ScatterPoints(
                    synthetic.Select(h => (double)h.Year).ToArray(),
                    synthetic.Select(h => (double)h.Value!.Value).ToArray(), // known: Value is set
                    ChartStyle.Primary);
                marks.MarkerShape = MarkerShape.OpenCircle;
                marks.MarkerSize = 13;
                marks.MarkerLineWidth = 1.5f;
                marks.LegendText = labels.Synthetic;
            }
        }

        if (forecast.Count > 0)
        {
            AddForecast(plot, data, known.Count > 0 ? known[^1] : null, forecast, values);
        }

        if (data.Past is { } past && known.Any(h => h.Year == past.Year))
        {
            AddPastForecast(plot, past, labels, values);
        }

        if (data.Target is { } target)
        {
            var line = plot.Add.HorizontalLine((double)target, 2, ChartStyle.Target, LinePattern.Dashed);
            line.LegendText = labels.TargetAt(target, data.TargetLabel);
            values.Add((double)target);
        }

        SetYearTicks(plot, history.Select(h => h.Year).Concat(forecast.Select(f => f.Year)).ToList());
        SetValueLimits(plot, values);
        ChartStyle.ShowLegend(plot);
        return plot;
    }

    private static void AddForecast(Plot plot, TrendChartData data, YearValue? lastActual, List<ForecastPoint> forecast, List<double> values)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        var lower = new List<double>();
        var upper = new List<double>();
        if (lastActual is { Value: { } v } && lastActual.Year < forecast[0].Year)
        {
            // Start the dashed line and the band at the last actual value, so the forecast reads as its continuation.
            xs.Add(lastActual.Year);
            ys.Add((double)v);
            lower.Add((double)v);
            upper.Add((double)v);
        }

        foreach (var f in forecast)
        {
            xs.Add(f.Year);
            ys.Add((double)f.Value);
            lower.Add((double)Math.Min(f.Lower, f.Upper));
            upper.Add((double)Math.Max(f.Lower, f.Upper));
        }

        var labels = Labels.For(data.Text.Language);
        var bandLabel = labels.Interval(data.IntervalLevel);
        if (xs.Count > 1)
        {
            var band = plot.Add.FillY(xs.ToArray(), lower.ToArray(), upper.ToArray());
            band.FillColor = ChartStyle.Band;
            band.LineWidth = 0;
            band.LegendText = bandLabel;
        }
        else
        {
            var bar = plot.Add.ErrorBar([xs[0]], [ys[0]], [upper[0] - ys[0]]);
            bar.YErrorNegative = [ys[0] - lower[0]];
            bar.Color = ChartStyle.Primary.WithAlpha(0.6);
            bar.LineWidth = 2;
            bar.LegendText = bandLabel;
        }

        var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray(), ChartStyle.Primary);
        line.LinePattern = LinePattern.Dashed;
        line.LineWidth = 2;
        line.MarkerShape = MarkerShape.FilledCircle;
        line.MarkerSize = 5;
        line.LegendText = labels.Forecast;
        values.AddRange(lower);
        values.AddRange(upper);
    }

    // Last year's forecast beside this year's actual: a hollow diamond with its interval as an error bar.
    private static void AddPastForecast(Plot plot, PastForecast past, Labels labels, List<double> values)
    {
        if (past is { Lower: { } lower, Upper: { } upper })
        {
            double[] x = [past.Year + 0.12];
            var bar = plot.Add.ErrorBar(x, new[] { (double)past.Value }, new[] { (double)(upper - past.Value) });
            bar.YErrorNegative = new[] { (double)(past.Value - lower) };
            bar.Color = ChartStyle.Highlight;
            bar.LineWidth = 1.5f;
            values.Add((double)lower);
            values.Add((double)upper);
        }

        var mark = plot.Add.ScatterPoints(new[] { past.Year + 0.12 }, new[] { (double)past.Value }, ChartStyle.Highlight);
        mark.MarkerShape = MarkerShape.OpenDiamond;
        mark.MarkerSize = 12;
        mark.MarkerLineWidth = 2;
        mark.LegendText = labels.PastForecast(past);
        values.Add((double)past.Value);
    }

    private static void SetYearTicks(Plot plot, List<int> years)
    {
        var min = years.Min();
        var max = years.Max();
        var step = Math.Max(1, (int)Math.Ceiling((max - min + 1) / 12.0));
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var y = min; y <= max; y += step)
        {
            ticks.AddMajor(y, y.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.SetLimitsX(min - 0.5, max + 0.5);
    }

    private static void SetValueLimits(Plot plot, List<double> values)
    {
        var low = values.Min();
        var high = values.Max();
        // At least ±3% of the magnitude, so a near-flat series is not blown up into a steep one.
        var pad = Math.Max((high - low) * 0.12, Math.Max(Math.Abs(low), Math.Abs(high)) * 0.03);
        if (pad == 0)
        {
            pad = 1;
        }

        plot.Axes.SetLimitsY(low - pad, high + pad);
        if (plot.Axes.Left.TickGenerator is ScottPlot.TickGenerators.NumericAutomatic auto)
        {
            auto.LabelFormatter = ChartStyle.Number;
        }
    }
}
