using Analytics.Models.Households;
using Analytics.Models.Microsimulation;
using Analytics.Tests.Warehouse;
using Analytics.Warehouse;
using Analytics.Warehouse.Schema;
using DuckDB.NET.Data;

namespace Analytics.Tests.Models.Microsimulation;

public sealed class MicrosimulationTests : IDisposable
{
    private static readonly DateOnly AsOf = new(2025, 12, 31);
    private readonly DuckDBConnection connection = new("DataSource=:memory:");

    public MicrosimulationTests()
    {
        connection.Open();
        Sql.Execute(connection, HouseholdFile.Schema);
        // 330102: 1,000 from 2024-07-01, 1,100 from 2025-07-01 (and a future 1,300 that must be ignored).
        Sql.Execute(connection, """
            INSERT INTO standards VALUES ('330102', DATE '2024-07-01', 1000), ('330102', DATE '2025-07-01', 1100),
                                         ('330102', DATE '2026-07-01', 1300), ('330105', DATE '2025-01-01', 900);
            INSERT INTO households VALUES
              (1, '330102', '330102101', 2, 70, 0, 2, 0, 1, 0, 'owned', 1500, 0, 0, 'dibao', true),   -- gap 2×1100−1500 = 700
              (2, '330102', '330102101', 3, 40, 1, 0, 0, 0, 1, 'rented', 3150, 0, 0, 'none', true),   -- gap 3300−3150 = 150
              (3, '330102', '330102102', 1, 50, 0, 0, 0, 0, 1, 'owned', 1180, 0, 0, 'none', false),   -- gap −80; +10% → 1210−1180 = 30
              (4, '330102', '330102102', 4, 45, 2, 0, 0, 0, 2, 'owned', 9000, 0, 0, 'none', false),   -- never
              (5, '330105', '330105101', 1, 80, 0, 1, 1, 1, 0, 'owned', 850, 0, 0, 'dibao', true);    -- gap 50; +10% → 990−850 = 140
            """);
    }

    public void Dispose() => connection.Dispose();

    private IReadOnlyList<RegionSimulation> Run(string change, double? takeUp = null) =>
        new Analytics.Models.Microsimulation.Microsimulation(connection).Run(AsOf, [StandardChange.Parse(change)], takeUp, CancellationToken.None);

    [Fact]
    public void Baseline_uses_the_standard_in_force_on_the_date_and_the_gap_filling_rule()
    {
        var r = Run("+0%").Single(x => x.RegionCode == "330102");
        Assert.Equal(1100m, r.Baseline.Standard);
        Assert.Equal(2, r.Baseline.EligibleHouseholds);
        Assert.Equal(5, r.Baseline.EligiblePersons);
        Assert.Equal((700 + 150) * 12, r.Baseline.EligibleCost, 6);
        Assert.Equal(1, r.Baseline.EnrolledHouseholds);
        Assert.Equal(700 * 12, r.Baseline.EnrolledCost, 6);
        Assert.Equal(0.5, r.TakeUp, 9);
    }

    [Fact]
    public void A_ten_percent_rise_adds_the_newly_eligible_at_the_take_up_rate()
    {
        var r = Run("+10%").Single(x => x.RegionCode == "330102");
        Assert.Equal(1210m, r.Reform.Standard);
        Assert.Equal(3, r.Reform.EligibleHouseholds);
        Assert.Equal((920 + 480 + 30) * 12, r.Reform.EligibleCost, 6);
        // Household 1 stays enrolled; 3 is newly eligible and enrols at take-up 0.5; 2 was eligible and did not claim.
        Assert.Equal(1.5, r.Reform.EnrolledHouseholds, 9);
        Assert.Equal((920 + (0.5 * 30)) * 12, r.Reform.EnrolledCost, 6);
    }

    [Theory]
    [InlineData("330105:+10%", "330102", 1100, "330105", 990)]
    [InlineData("=1000", "330102", 1000, "330105", 1000)]
    [InlineData("+100", "330102", 1200, "330105", 1000)]
    public void Changes_apply_per_region_or_everywhere(string change, string a, int standardA, string b, int standardB)
    {
        var results = Run(change);
        Assert.Equal(standardA, results.Single(r => r.RegionCode == a).Reform.Standard);
        Assert.Equal(standardB, results.Single(r => r.RegionCode == b).Reform.Standard);
    }

    [Theory]
    [InlineData("10%")]
    [InlineData("+ten%")]
    [InlineData("=5%")]
    [InlineData("3301:+10%")]
    public void Malformed_changes_are_refused(string change) =>
        Assert.Throws<FormatException>(() => StandardChange.Parse(change));

    [Fact]
    public void Raising_the_standard_never_lowers_eligibility_enrolment_or_cost()
    {
        var previous = Run("+0%");
        foreach (var step in new[] { "+5%", "+10%", "+20%", "+50%" })
        {
            var next = Run(step);
            foreach (var (p, n) in previous.Zip(next))
            {
                Assert.True(n.Reform.EligibleHouseholds >= p.Reform.EligibleHouseholds);
                Assert.True(n.Reform.EnrolledHouseholds >= p.Reform.EnrolledHouseholds);
                Assert.True(n.Reform.EnrolledCost >= p.Reform.EnrolledCost);
            }

            previous = next;
        }
    }

    [Fact]
    public void A_flat_take_up_applies_to_baseline_and_reform_alike()
    {
        var r = Run("+10%", takeUp: 0.8).Single(x => x.RegionCode == "330102");
        Assert.Equal(0.8 * 2, r.Baseline.EnrolledHouseholds, 9);
        Assert.Equal(0.8 * 3, r.Reform.EnrolledHouseholds, 9);
    }

    // 330105 has one person on file, enrolled: 10,000 residents scale it to 10,000 simulated households.
    [Theory]
    [InlineData(9_500, 2025, CalibrationStatus.Within)]
    [InlineData(2_000, 2025, CalibrationStatus.Missed)]
    [InlineData(9_500, 2023, CalibrationStatus.Unchecked)]
    public void Calibration_scales_to_residents_and_checks_the_reported_count(double reported, int reportYear, CalibrationStatus expected)
    {
        using var folder = new TempFolder();
        var db = folder.File("w.duckdb");
        using (var w = WarehouseConnection.OpenReadWrite(db))
        {
            WarehouseSchema.Create(w);
            Sql.Execute(w, $"""
                INSERT INTO sources VALUES (1, 1, 'stats.csv', 'statistics', 'x', NULL, 1, {reportYear}, 1, 0, true);
                INSERT INTO facts VALUES (1, '330105', '西湖区', 'dibao_households', {reportYear}, NULL, {reported}, 'households', 'exact', 'actual', NULL, false, 1, 2, NULL, NULL, NULL, 1, true, NULL, NULL);
                INSERT INTO population VALUES ('330105', 2025, 10000, NULL, 1, 2, 1, true);
                """);
        }

        var region = Run("+10%").Single(r => r.RegionCode == "330105");
        var calibrated = new Calibrator(0.15, fullRoster: false).Apply([region], db, AsOf, CancellationToken.None).Single();
        Assert.Equal(10_000, calibrated.Scale, 6);
        Assert.Equal(10_000, calibrated.Baseline.EnrolledHouseholds, 6);
        Assert.Equal(10_000 * 140 * 12 * 1.0, calibrated.Reform.EnrolledCost, 3);
        Assert.Equal(expected, calibrated.Calibration.Status);
        Assert.Equal(expected == CalibrationStatus.Within, calibrated.Trustworthy);
    }
}
