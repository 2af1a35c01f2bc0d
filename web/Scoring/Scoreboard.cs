using Analytics.Warehouse.Regions;
using Analytics.Warehouse.Targets;
using Analytics.Web.Data;

namespace Analytics.Web.Scoring;

/// <summary>One district's line of the scoreboard: this year's scores and rank against last year's.</summary>
public sealed record DistrictRow(RegionRow Region, RegionRow? City, DistrictScore Score, int? Rank, DistrictScore? Previous, int? PreviousRank)
{
    /// <summary>Composite change against last year, in score points (null unless both years have a composite).</summary>
    public decimal? Trend => Score.Composite - Previous?.Composite;

    /// <summary>Places gained since last year (positive = moved up); null unless ranked in both years.</summary>
    public int? RankChange => PreviousRank - Rank;
}

/// <summary>
/// Every county of a province scored for one year against that year's targets, and for the year
/// before (against that year's targets, or this year's when it has none) for trend and rank change.
/// </summary>
public sealed record Scoreboard(
    string Province,
    int Year,
    IReadOnlyList<TargetRow> Targets,
    IReadOnlyList<DistrictRow> Districts,
    IReadOnlyDictionary<(string Region, string Indicator), ActualValue> Values,
    IReadOnlyDictionary<string, Residents> Population,
    bool Synthetic)
{
    /// <summary>
    /// Whether any target this year belongs to the family. A family without targets has no sub-score
    /// because nothing is assessed (无考核目标), not because data is missing, and adds no weight to coverage.
    /// </summary>
    public bool Assesses(string family) => Targets.Any(t => t.Target.Family == family);

    public static Scoreboard Build(
        Serving.WarehouseSession session, IReadOnlyList<RegionRow> regions, string province, int year, CancellationToken ct)
    {
        var c = session.Connection;
        var targets = ScoreInputs.Targets(c, province, year, ct);
        var previousTargets = ScoreInputs.Targets(c, province, year - 1, ct);
        if (previousTargets.Count == 0)
        {
            previousTargets = targets;
        }

        var actuals = ScoreInputs.Actuals(c, province, year - 1, year, ct);
        var bases = ScoreInputs.Bases(c, province, year - 1 - MaxLag, year, ct);
        var population = ScoreInputs.Population(c, province, year, ct);
        var previousPopulation = ScoreInputs.Population(c, province, year - 1, ct);
        var byCode = regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        var counties = regions
            .Where(r => r.Level == RegionLevel.County && r.ProvinceCode == province && (r.ValidUntil is null || r.ValidUntil >= year))
            .ToList();

        var byRegionYear = actuals.ToLookup(a => (a.Region, a.Year));
        var current = new List<DistrictScore>();
        var previous = new List<DistrictScore>();
        foreach (var county in counties)
        {
            var reach = BasesReaching(county, byCode, bases);
            current.Add(Scorer.Score(county.Code, [.. targets.Select(t => t.Target)],
                new DistrictFigures(year, ValuesOf(byRegionYear[(county.Code, year)]), population.GetValueOrDefault(county.Code), reach)));
            previous.Add(Scorer.Score(county.Code, [.. previousTargets.Select(t => t.Target)],
                new DistrictFigures(year - 1, ValuesOf(byRegionYear[(county.Code, year - 1)]), previousPopulation.GetValueOrDefault(county.Code), reach)));
        }

        var ranks = Scorer.Rank(current);
        var previousRanks = Scorer.Rank(previous);
        var rows = counties.Select((county, i) => new DistrictRow(
                county,
                county.ParentCode is { } p ? byCode.GetValueOrDefault(p) : null,
                current[i],
                ranks[county.Code],
                previous[i].Composite is null ? null : previous[i],
                previousRanks[county.Code]))
            .ToList();

        var values = actuals.Where(a => a.Year == year).ToDictionary(a => (a.Region, a.Indicator));
        var synthetic = targets.Any(t => t.Synthetic) || values.Values.Any(v => v.Synthetic) || ScoreInputs.PopulationSynthetic(c, province, ct)
            || (targets.Any(t => t.Target.Basis == TargetBasis.BaseShare) && ScoreInputs.BasesSynthetic(c, province, ct));
        return new Scoreboard(province, year, targets, rows, values, population, synthetic);
    }

    // Read enough years back for any lag the targets loader admits.
    private const int MaxLag = 5;

    /// <summary>
    /// The economic bases a county is measured against: its own where it has one for the base and year,
    /// else its city's, else its province's (a standard set against 当地 consumption is usually set
    /// by the city); each figure keeps the region it belongs to, which the page names.
    /// </summary>
    private static Dictionary<(string Base, int Year), Reference> BasesReaching(
        RegionRow county, IReadOnlyDictionary<string, RegionRow> byCode, IReadOnlyDictionary<string, Dictionary<(string Base, int Year), decimal>> bases)
    {
        var reach = new Dictionary<(string Base, int Year), Reference>();
        var chain = new List<string> { county.ProvinceCode };
        if (county.ParentCode is { } city && byCode.ContainsKey(city) && city != county.ProvinceCode)
        {
            chain.Add(city);
        }

        chain.Add(county.Code);
        foreach (var region in chain)
        {
            if (bases.TryGetValue(region, out var own))
            {
                foreach (var ((b, y), v) in own)
                {
                    reach[(b, y)] = new Reference(v, region, y); // nearer regions come later and win
                }
            }
        }

        return reach;
    }

    private static Dictionary<string, decimal?> ValuesOf(IEnumerable<ActualValue> actuals) =>
        actuals.ToDictionary(a => a.Indicator, a => a.Value, StringComparer.Ordinal);
}
