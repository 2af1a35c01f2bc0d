namespace Analytics.Models.Forecasting;

/// <summary>
/// Production forecasts: per family, the backtest's chosen model fitted on the whole panel, with
/// conformal intervals from all of that model's backtest residuals of the series' indicator at each
/// horizon (the family's pooled residuals when the indicator has too few; see <see cref="ConformalWidths"/>).
/// </summary>
public sealed record ForecastRun(
    IReadOnlyList<ForecastValue> Values,
    IReadOnlyDictionary<string, FittedGlobalModel> GlobalModels,
    IReadOnlyList<string> Skipped)
{
    public static ForecastRun Create(
        SeriesPanel panel, BacktestReport report, IReadOnlyList<IForecastModel> models, int horizon, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(horizon, report.Options.MaxHorizon);
        var values = new List<ForecastValue>();
        var globals = new Dictionary<string, FittedGlobalModel>(StringComparer.Ordinal);
        var skipped = new List<string>();
        foreach (var family in panel.Families)
        {
            var series = panel.Family(family);
            if (report.ChoiceFor(family) is not { } choice)
            {
                skipped.Add($"{family}: 回测无结果，不预测 (no backtest points, no forecasts)");
                continue;
            }

            // The global model is fitted and kept even when not chosen: its file shows what it learnt.
            if (models.OfType<GlobalGrowthModel>().FirstOrDefault()?.Fit(series, ct) is FittedGlobalModel global)
            {
                globals[family] = global;
            }

            var model = models.Single(m => m.Name == choice.Model);
            var fitted = model is GlobalGrowthModel && globals.TryGetValue(family, out var g) ? g : model.Fit(series, ct);
            if (fitted is null)
            {
                skipped.Add($"{family}: {choice.Model} 无法拟合 (cannot be fitted)");
                continue;
            }

            var widths = report.Widths(family, choice.Model);
            foreach (var s in series.Series)
            {
                if (s.Values.Count < report.Options.MinTrainLength || fitted.Forecast(s, horizon) is not { } forecast)
                {
                    skipped.Add($"{s.Area} {s.Indicator}: 序列过短 (series too short for {choice.Model})");
                    continue;
                }

                for (var h = 1; h <= horizon; h++)
                {
                    var value = Bound(forecast[h - 1], s.Unit);
                    var pooled = false;
                    var intervals = new List<ForecastInterval>();
                    foreach (var level in report.Options.Levels)
                    {
                        if (widths.For(s.Indicator, h, level) is { } width)
                        {
                            var (lower, upper) = Conformal.Interval(value, width.HalfWidth);
                            intervals.Add(new ForecastInterval(level, Bound(lower, s.Unit), Bound(upper, s.Unit)));
                            pooled |= width.Pooled;
                        }
                    }

                    values.Add(new ForecastValue(s.Area, s.Indicator, family, s.Unit, s.LastYear + h, h, value, choice.Model, intervals, pooled));
                }
            }
        }

        return new ForecastRun(values, globals, skipped);
    }

    // Counts and amounts are never negative; a percentage never exceeds 100.
    private static double Bound(double value, string unit) => Math.Clamp(value, 0, unit == "percent" ? 100 : double.MaxValue);
}
