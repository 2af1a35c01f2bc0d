using System.Globalization;
using Analytics.Models.WhatIf;
using Analytics.Web.Charts;
using Analytics.Web.Data;
using Analytics.Web.Export;
using Analytics.Web.Serving;

namespace Analytics.Web.Pages;

/// <summary>
/// The what-if page: the drivers as a GET form (nothing is stored), the engine's outputs against the
/// reference (status quo) scenario, each with its driver explanation, and what could not be computed.
/// Drivers come from the query: <c>region, year</c> (base), <c>target, aged, standard, edge, takeup</c>;
/// assumptions <c>income</c> and <c>basetakeup</c> (the web has no household file to measure take-up on).
/// </summary>
public sealed record WhatIfPageModel(
    PageFrame Frame,
    ScorecardContext Context,
    IReadOnlyList<RegionRow> Regions,
    string Region,
    string RegionName,
    int BaseYear,
    WhatIfForm Form,
    WhatIfResult? Result,
    IReadOnlyList<string> Problems)
{
    public static WhatIfPageModel Build(ScorecardContext ctx)
    {
        var q = ctx.Request.Query;
        var regions = ctx.Regions
            .Where(r => r.ProvinceCode == ctx.Province && (r.ValidUntil is null || r.ValidUntil >= ctx.Year))
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        var asked = q["region"].ToString();
        var region = asked.Length == 0 ? ctx.Province
            : regions.Any(r => r.Code == asked) ? asked
            : throw BadParameterException.NotOneOf("region", asked, [.. regions.Select(r => r.Code)]);
        var form = WhatIfForm.From(q, ctx.Year);
        var problems = new List<string>(form.Assumptions.Problems());
        WhatIfResult? result = null;
        var synthetic = false;
        if (problems.Count == 0)
        {
            try
            {
                var baseline = WhatIfBaseline.FromWarehouse(ctx.Session.Connection, region, ctx.Year);
                synthetic = baseline.Synthetic;
                var drivers = form.Drivers;
                problems.AddRange(drivers.Problems(baseline.BaseYear));
                if (problems.Count == 0)
                {
                    result = WhatIfEngine.Run(baseline, drivers, form.Assumptions);
                }
            }
            catch (ArgumentException e)
            {
                problems.Add(e.Message);
            }
        }

        var lang = ctx.Lang;
        var name = ctx.RegionsByCode.TryGetValue(region, out var r) ? lang.Region(r) : region;
        var frame = ctx.Frame(lang.T($"情景模拟：{name}", $"What-if: {name}"), synthetic, "whatif");
        return new WhatIfPageModel(frame, ctx, regions, region, name, ctx.Year, form, result, problems);
    }

    public WhatIfChartData Chart()
    {
        var lang = Frame.Lang;
        var bars = Result?.Outputs
            .Select(o => new ScenarioBar(
                lang.T(o.Measure.NameZh, o.Measure.NameEn),
                Format.Rounded((decimal)o.Reference, o.Measure.Unit), Format.Rounded((decimal)o.Scenario, o.Measure.Unit),
                Units.Name(o.Measure.Unit, lang)))
            .ToList() ?? [];
        var year = Form.TargetYear.ToString(CultureInfo.InvariantCulture);
        var text = new ChartText(
            lang.T($"{RegionName} {year}年：模拟情景与基准情景", $"{RegionName}: scenario against the reference, {year}"),
            "", lang.T("数值", "Value"),
            ChartJob.Note(lang, Frame.Synthetic, null),
            lang.Chart);
        return new WhatIfChartData(text, bars);
    }

    public ExportTable Table()
    {
        var lang = Frame.Lang;
        ExportColumn[] columns =
        [
            new(lang.T("输出代码", "output_code"), ColumnType.Text),
            new(lang.T("输出", "output"), ColumnType.Text),
            new(lang.T("单位", "unit"), ColumnType.Text),
            new(lang.T("基年值", "base_year"), ColumnType.Decimal),
            new(lang.T("基准情景", "reference"), ColumnType.Decimal),
            new(lang.T("模拟情景", "scenario"), ColumnType.Decimal),
            new(lang.T("变化", "change"), ColumnType.Decimal),
            new(lang.T("驱动因素解释", "explanation"), ColumnType.Text),
            new(lang.T("合成数据", "synthetic"), ColumnType.Boolean),
        ];
        var rows = Result?.Outputs.Select(o => new object?[]
        {
            o.Measure.Code, lang.T(o.Measure.NameZh, o.Measure.NameEn), Units.Name(o.Measure.Unit, lang),
            (decimal)o.BaseYear, (decimal)o.Reference, (decimal)o.Scenario, (decimal)o.Change,
            Text.Explanation(o), Frame.Synthetic,
        }).ToList() ?? [];
        return new ExportTable(lang.T("情景模拟", "what-if"), columns, rows);
    }

    /// <summary>The query parameters that reproduce this scenario (for chart and export links).</summary>
    public (string, object?)[] Query =>
    [
        ("province", Context.Province), ("region", Region), ("year", BaseYear), ("target", Form.TargetYear),
        ("aged", Form.AgedGrowth), ("standard", Form.StandardGrowth), ("edge", Form.EdgeMultiplier), ("takeup", Form.TakeUp),
        ("income", Form.IncomeGrowth), ("basetakeup", Form.BaseTakeUp),
    ];

    /// <summary>The engine's results in the reader's language.</summary>
    public WhatIfText Text => new(Context.Indicators, Frame.Lang);

    /// <summary>The run's notes (aggregates, targets, where the base take-up came from, gaps shown as 0) in the reader's language.</summary>
    public IReadOnlyList<string> Notes => Result?.Notes.Select(Text.Note).ToList() ?? [];
}

/// <summary>
/// The drivers as typed in the form; a field that is not a number in its range is a
/// <see cref="BadParameterException"/> naming the field and the range (the form's min and max).
/// Income growth and the base take-up are model assumptions (the same in scenario and reference), not drivers.
/// </summary>
public sealed record WhatIfForm(
    double AgedGrowth, double StandardGrowth, double EdgeMultiplier, double TakeUp, double IncomeGrowth, double BaseTakeUp, int TargetYear)
{
    /// <summary>
    /// Default growth of incomes near the dibao line, %/yr: the same as the default standard growth,
    /// so the default scenario does not read a routine standard rise as a surge in recipients.
    /// </summary>
    public const double DefaultIncomeGrowth = 5;

    /// <summary>The income growth the model is calibrated for, %/yr (as <see cref="WhatIfAssumptions"/> checks it).</summary>
    public const double MinIncomeGrowth = -10, MaxIncomeGrowth = 30;

    /// <summary>The smallest take-up the form accepts: take-up must be above 0, and the form steps by 0.01.</summary>
    public const double MinTakeUp = 0.01;

    public WhatIfDrivers Drivers => new(AgedGrowth, StandardGrowth, EdgeMultiplier, TakeUp, TargetYear);

    /// <summary>
    /// The assumed share of the income-eligible enrolled in the base year. The warehouse has no count of
    /// eligible people, so it cannot be measured here (the CLI measures it on a household file).
    /// </summary>
    public static double DefaultBaseTakeUp => WhatIfAssumptions.Default.BaseTakeUp;

    public WhatIfAssumptions Assumptions => WhatIfAssumptions.Default with { IncomeGrowthPercent = IncomeGrowth, BaseTakeUp = BaseTakeUp };

    public static WhatIfForm From(IQueryCollection q, int baseYear)
    {
        double Number(string key, double fallback, double min, double max)
        {
            var text = q[key].ToString();
            if (text.Length == 0)
            {
                return fallback;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max)
            {
                return v;
            }

            var range = string.Create(CultureInfo.InvariantCulture, $"{min} – {max}");
            throw new BadParameterException(key, text, $"须为 {range} 之间的数", $"must be a number from {range}");
        }

        var target = (int)Number("target", baseYear + 5, baseYear, baseYear + WhatIfDrivers.MaxYearsAhead);
        var baseTakeUp = Number("basetakeup", DefaultBaseTakeUp, MinTakeUp, 1);
        // The scenario's take-up defaults to the base year's: no change unless the planner moves it.
        return new WhatIfForm(
            Number("aged", 3, WhatIfDrivers.MinAgedGrowth, WhatIfDrivers.MaxAgedGrowth),
            Number("standard", 5, WhatIfDrivers.MinStandardGrowth, WhatIfDrivers.MaxStandardGrowth),
            Number("edge", 1.5, WhatIfDrivers.MinEdgeMultiplier, WhatIfDrivers.MaxEdgeMultiplier),
            Number("takeup", baseTakeUp, MinTakeUp, 1),
            Number("income", DefaultIncomeGrowth, MinIncomeGrowth, MaxIncomeGrowth),
            baseTakeUp, target);
    }
}
