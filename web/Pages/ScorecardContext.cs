using System.Globalization;
using Analytics.Warehouse.Regions;
using Analytics.Web.Data;
using Analytics.Web.Serving;

namespace Analytics.Web.Pages;

/// <summary>
/// What every page and export of one request shares: its warehouse session, the language, the
/// dimensions, and the province and year it is about (from the query, or the defaults: the province
/// with the most targets, its latest year with targets and values). A province or year the warehouse
/// has no data for is a <see cref="BadParameterException"/>, not a silent default.
/// </summary>
public sealed class ScorecardContext : IDisposable
{
    private readonly SnapshotMemo memo;

    private ScorecardContext(WarehouseSession session, SnapshotMemo memo, Lang lang, HttpRequest request, CancellationToken ct, string? askedProvince = null)
    {
        Session = session;
        this.memo = memo;
        Lang = lang;
        Request = request;
        Ct = ct;
        var id = session.SnapshotId;
        Regions = memo.Get(id, "regions", () => Dimensions.Regions(session.Connection, ct));
        RegionsByCode = memo.Get(id, "regions-by-code", () => Regions.ToDictionary(r => r.Code, StringComparer.Ordinal));
        Indicators = memo.Get(id, "indicators", () => Dimensions.Indicators(session.Connection, ct).ToDictionary(i => i.Code, StringComparer.Ordinal));
        var provinces = memo.Get(id, "provinces", () => Dimensions.ProvincesWithData(session.Connection, ct));
        var asked = askedProvince ?? request.Query["province"].ToString();
        Province = asked.Length == 0
            ? provinces.FirstOrDefault() ?? Regions.FirstOrDefault(r => r.Level == RegionLevel.Province)?.Code ?? ""
            : RegionsByCode.TryGetValue(asked, out var p) && p.Level == RegionLevel.Province ? asked
            : throw BadParameterException.NotOneOf(askedProvince is null ? "province" : "code", asked, provinces);
        Provinces = [.. Regions.Where(r => r.Level == RegionLevel.Province && (provinces.Contains(r.Code) || r.Code == Province))];
        var province = Province;
        Years = memo.Get(id, "years:" + province, () => Dimensions.Years(session.Connection, province, ct));
        var years = Years;
        var year = request.Query["year"].ToString();
        Year = year.Length == 0
            ? memo.Get(id, "default-year:" + province, () => DefaultYear(session, province, years, ct))
            : int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && Years.Contains(y) ? y
            : throw BadParameterException.NotOneOf("year", year, [.. Years.Select(v => v.ToString(CultureInfo.InvariantCulture))], shown: 30);
    }

    public WarehouseSession Session { get; }

    public Lang Lang { get; }

    public HttpRequest Request { get; }

    public CancellationToken Ct { get; }

    public IReadOnlyList<RegionRow> Regions { get; }

    public IReadOnlyDictionary<string, RegionRow> RegionsByCode { get; }

    public IReadOnlyDictionary<string, IndicatorInfo> Indicators { get; }

    public IReadOnlyList<RegionRow> Provinces { get; }

    public string Province { get; }

    public IReadOnlyList<int> Years { get; }

    public int Year { get; }

    /// <summary>The province's name in the reader's language.</summary>
    public string ProvinceName => RegionsByCode.TryGetValue(Province, out var p) ? Lang.Region(p) : Province;

    /// <param name="province">the province the request is about when its path says so (a report of a district), over the query's</param>
    public static ScorecardContext Open(ScorecardDatabase database, HttpRequest request, CancellationToken ct, string? province = null)
    {
        var session = database.Open();
        try
        {
            return new ScorecardContext(session, database.Memo, Lang.From(request), request, ct, province);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    public PageFrame Frame(string title, bool synthetic, string active) =>
        new(title, Lang, Session.SnapshotId, synthetic, Links.SwitchLanguage(Request, Lang), active,
            ChineseRegionNames: Lang.English && Regions.Any(r => r.NameEn is null));

    /// <summary>
    /// A province's scoreboard for a year, scored once per snapshot: targets, actuals and population of
    /// a published snapshot never change, so neither do the scores.
    /// </summary>
    public Scoring.Scoreboard Scoreboard(string province, int year) =>
        memo.Get(Session.SnapshotId, string.Create(CultureInfo.InvariantCulture, $"scoreboard:{province}:{year}"),
            () => Scoring.Scoreboard.Build(Session, Regions, province, year, Ct));

    /// <summary>A province's targets for a year, read once per snapshot (a published snapshot's targets never change).</summary>
    public IReadOnlyList<TargetRow> Targets(string province, int year) =>
        memo.Get(Session.SnapshotId, string.Create(CultureInfo.InvariantCulture, $"targets:{province}:{year}"),
            () => ScoreInputs.Targets(Session.Connection, province, year, Ct));

    public void Dispose() => Session.Dispose();

    /// <summary>
    /// The latest year the province has both targets and actual values for; else its latest year with
    /// targets (a plan's future years have targets but no values yet); else its latest year.
    /// </summary>
    private static int DefaultYear(WarehouseSession session, string province, IReadOnlyList<int> years, CancellationToken ct)
    {
        var withBoth = Sql.Rows(session.Connection, """
            SELECT max(t.year) FROM effective_targets t
            WHERE t.applies_to = $p AND EXISTS (
                SELECT 1 FROM facts f JOIN regions r ON r.code = f.region_code
                WHERE r.province_code = $p AND f.status = 'actual' AND f.year = t.year)
            """, r => r.Int(0), ct, ("p", province)).FirstOrDefault();
        var withTargets = withBoth ?? Sql.Rows(session.Connection, "SELECT max(year) FROM effective_targets WHERE applies_to = $p", r => r.Int(0), ct, ("p", province))
            .FirstOrDefault();
        return withTargets ?? (years.Count > 0 ? years[0] : DateTime.UtcNow.Year - 1);
    }
}
