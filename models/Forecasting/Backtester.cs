namespace Analytics.Models.Forecasting;

/// <summary>
/// Rolling-origin backtest. For each family and origin year the panel is cut at the origin
/// (<see cref="SeriesPanel.Through"/>: values and covariates after it are gone), every model is fitted
/// on the cut panel and forecasts 1..H years; errors are scored against the actuals that follow.
/// </summary>
public static class Backtester
{
    public static BacktestReport Run(SeriesPanel panel, IReadOnlyList<IForecastModel> models, BacktestOptions options, CancellationToken ct = default)
    {
        var points = new List<BacktestPoint>();
        foreach (var family in panel.Families)
        {
            points.AddRange(Family(panel.Family(family), family, models, options, ct));
        }

        var scores = new List<ModelScore>();
        var choices = new List<FamilyChoice>();
        foreach (var family in points.Select(p => p.Family).Distinct(StringComparer.Ordinal))
        {
            var familyPoints = points.Where(p => p.Family == family).ToList();
            var counts = familyPoints.GroupBy(p => p.Model).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var comparable = counts.Where(c => c.Value >= 0.8 * counts.Values.Max()).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
            var common = CommonPoints(familyPoints.Where(p => comparable.Contains(p.Model)).ToList());
            var familyScores = common.GroupBy(p => (p.Model, p.Horizon))
                .Select(g => new ModelScore(family, g.Key.Model, g.Key.Horizon, g.Count(), g.Average(p => p.Smape), MeanMase(g)))
                .ToList();
            var others = familyPoints.Where(p => !comparable.Contains(p.Model)).GroupBy(p => (p.Model, p.Horizon))
                .Select(g => new ModelScore(family, g.Key.Model, g.Key.Horizon, g.Count(), g.Average(p => p.Smape), MeanMase(g), Comparable: false));
            scores.AddRange(familyScores);
            scores.AddRange(others);
            var byModel = models.Select(m => m.Name)
                .Select(m => (Model: m, Mase: familyScores.Where(s => s.Model == m).Select(s => s.Mase).DefaultIfEmpty(double.NaN).Average(),
                    Smape: familyScores.Where(s => s.Model == m).Select(s => s.Smape).DefaultIfEmpty(double.NaN).Average()))
                .Where(m => !double.IsNaN(m.Mase))
                .ToList();
            if (byModel.Count > 0)
            {
                // Models are listed simplest first, so a tie keeps the simpler one.
                var best = byModel.Aggregate((a, b) => b.Mase < a.Mase ? b : a);
                var naive = byModel.FirstOrDefault(m => m.Model == "naive");
                choices.Add(new FamilyChoice(family, best.Model, best.Mase, best.Smape, naive.Model is null ? double.NaN : naive.Mase));
            }
        }

        var (familyCoverage, indicatorCoverage) = Coverage(points, options);
        return new BacktestReport(points, scores, choices, familyCoverage, options) { IndicatorCoverage = indicatorCoverage };
    }

    private static IEnumerable<BacktestPoint> Family(SeriesPanel panel, string family, IReadOnlyList<IForecastModel> models, BacktestOptions options, CancellationToken ct)
    {
        if (panel.Series.Count == 0)
        {
            yield break;
        }

        var first = Math.Max(panel.Series.Min(s => s.FirstYear) + options.MinTrainLength - 1, options.FirstOrigin ?? int.MinValue);
        var last = Math.Min(panel.Series.Max(s => s.LastYear) - 1, options.LastOrigin ?? int.MaxValue);
        for (var origin = first; origin <= last; origin++)
        {
            var cut = panel.Through(origin);
            var targets = panel.Series
                .Where(s => s.At(origin + 1) is not null && s.Through(origin) is { Values.Count: var n } && n >= options.MinTrainLength)
                .Select(s => (Full: s, Known: s.Through(origin)!)) // non-null: checked just above
                .ToList();
            if (targets.Count == 0)
            {
                continue;
            }

            foreach (var model in models)
            {
                ct.ThrowIfCancellationRequested();
                var fitted = model.Fit(cut, ct);
                if (fitted is null)
                {
                    continue;
                }

                foreach (var (full, known) in targets)
                {
                    if (fitted.Forecast(known, options.MaxHorizon) is not { } forecast)
                    {
                        continue;
                    }

                    var scale = Enumerable.Range(1, known.Values.Count - 1).Average(i => Math.Abs(known.Values[i] - known.Values[i - 1]));
                    for (var h = 1; h <= options.MaxHorizon; h++)
                    {
                        if (full.At(origin + h) is { } actual)
                        {
                            yield return new BacktestPoint(family, model.Name, full.Area, full.Indicator, origin, h, actual, forecast[h - 1], scale);
                        }
                    }
                }
            }
        }
    }

    // Points forecast by every model that forecast anything in the family: a fair comparison.
    private static List<BacktestPoint> CommonPoints(List<BacktestPoint> points)
    {
        var models = points.Select(p => p.Model).Distinct(StringComparer.Ordinal).Count();
        var keys = points.GroupBy(Key).Where(g => g.Count() == models).Select(g => g.Key).ToHashSet();
        return points.Where(p => keys.Contains(Key(p))).ToList();
    }

    private static (string, string, int, int) Key(BacktestPoint p) => (p.Area, p.Indicator, p.Origin, p.Horizon);

    private static double MeanMase(IEnumerable<BacktestPoint> points)
    {
        var finite = points.Select(p => p.Mase).Where(double.IsFinite).ToList();
        return finite.Count == 0 ? double.NaN : finite.Average();
    }

    /// <summary>
    /// Each point of one family and model with its intervals measured honestly: the interval for a
    /// point made at origin O is calibrated only on residuals of earlier forecasts whose target year
    /// had already passed (origin + horizon ≤ O), exactly as production calibrates on all residuals.
    /// A point with too few earlier residuals for a level has no interval at it.
    /// </summary>
    public static IEnumerable<BacktestRow> HonestIntervals(IReadOnlyList<BacktestPoint> points, BacktestOptions options)
    {
        foreach (var atOrigin in points.GroupBy(p => p.Origin))
        {
            var widths = new ConformalWidths(points.Where(q => q.TargetYear <= atOrigin.Key), options.Calibration, options.MinCalibration);
            foreach (var p in atOrigin)
            {
                var intervals = new List<BacktestInterval>(options.Levels.Count);
                foreach (var level in options.Levels)
                {
                    if (widths.For(p.Indicator, p.Horizon, level) is { } width)
                    {
                        var (lower, upper) = Conformal.Interval(p.Forecast, width.HalfWidth);
                        intervals.Add(new BacktestInterval(level, lower, upper, width.Pooled));
                    }
                }

                yield return new BacktestRow(p, intervals);
            }
        }
    }

    // Coverage of the honest intervals, tallied per family and per indicator.
    private static (List<IntervalCoverage> Family, List<IntervalCoverage> Indicator) Coverage(List<BacktestPoint> points, BacktestOptions options)
    {
        var family = new List<IntervalCoverage>();
        var indicator = new List<IntervalCoverage>();
        foreach (var group in points.GroupBy(p => (p.Family, p.Model)))
        {
            var tallies = new Dictionary<(string? Indicator, int Horizon, double Level), (int Covered, int Total, int Pooled)>();
            foreach (var row in HonestIntervals(group.ToList(), options))
            {
                var p = row.Point;
                foreach (var interval in row.Intervals)
                {
                    var hit = interval.Holds(p.Actual);
                    foreach (var key in new[] { ((string?)null, p.Horizon, interval.Level), (p.Indicator, p.Horizon, interval.Level) })
                    {
                        var (covered, total, pooled) = tallies.GetValueOrDefault(key);
                        tallies[key] = (covered + (hit ? 1 : 0), total + 1, pooled + (interval.Pooled ? 1 : 0));
                    }
                }
            }

            foreach (var ((name, horizon, level), (covered, total, pooled)) in tallies
                .OrderBy(t => t.Key.Indicator, StringComparer.Ordinal).ThenBy(t => t.Key.Level).ThenBy(t => t.Key.Horizon))
            {
                var coverage = new IntervalCoverage(group.Key.Family, group.Key.Model, horizon, level, total, (double)covered / total, name, pooled);
                (name is null ? family : indicator).Add(coverage);
            }
        }

        return (family, indicator);
    }
}
