using DuckDB.NET.Data;

namespace Analytics.Web.Data;

/// <summary>
/// The at-risk household model's aggregate for one region and year. Only counts: household records
/// never enter the warehouse, and the web reads nothing below this level.
/// </summary>
public sealed record AtRiskCount(int Year, long HouseholdsScored, long AtRiskHouseholds, long AtRiskPersons, double Threshold, string Model, bool Synthetic);

public static class AtRisk
{
    public static IReadOnlyList<AtRiskCount> ForRegion(DuckDBConnection c, string region, CancellationToken ct) =>
        Sql.Rows(c, """
            SELECT year, households_scored, at_risk_households, at_risk_persons, threshold, model, synthetic
            FROM at_risk_counts WHERE region_code = $r
            QUALIFY row_number() OVER (PARTITION BY year ORDER BY run_id DESC) = 1
            ORDER BY year DESC
            """,
            r => new AtRiskCount(r.GetInt32(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetDouble(4), r.GetString(5), r.Bool(6)),
            ct, ("r", region));
}
