using Analytics.Models.Households;

namespace Analytics.Tests.Models.Households;

public sealed class PseudonymiserTests
{
    private const string Key = "bureau-key-0123456789";

    [Fact]
    public void A_pseudonym_is_stable_per_key_and_differs_across_keys()
    {
        var a = new Pseudonymiser(Key);
        Assert.Equal(a.Of(12345), new Pseudonymiser(Key).Of(12345));
        Assert.NotEqual(a.Of(12345), new Pseudonymiser(Key + "x").Of(12345));
        Assert.NotEqual(a.Of(12345), a.Of(12346));
        Assert.Matches("^[0-9a-f]{16}$", a.Of(12345));
    }

    [Fact]
    public void Pseudonyms_do_not_contain_the_raw_id_and_do_not_collide_on_a_county()
    {
        var p = new Pseudonymiser(Key);
        var ids = Enumerable.Range(100_000, 50_000).Select(i => (long)i).ToList();
        var pseudonyms = ids.Select(p.Of).ToList();
        Assert.Equal(ids.Count, pseudonyms.Distinct().Count());
        Assert.DoesNotContain(ids.Zip(pseudonyms), pair => pair.Second.Contains(pair.First.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_key_is_refused() =>
        Assert.Throws<ArgumentException>(() => new Pseudonymiser("short"));

    [Fact]
    public void The_visits_command_refuses_to_run_without_a_key()
    {
        if (Environment.GetEnvironmentVariable(Pseudonymiser.KeyVariable) is not null)
        {
            Assert.Skip($"{Pseudonymiser.KeyVariable} is set in this environment");
        }

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var command = Assert.Single(HouseholdCommands.Create(stdout, stderr));
        var code = command.Parse(["visits", "--households", "none.duckdb", "--township", "330102101", "--out", "v.csv"]).Invoke();
        Assert.Equal(2, code);
        Assert.Contains(Pseudonymiser.KeyVariable, stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists("v.csv"));
    }
}
