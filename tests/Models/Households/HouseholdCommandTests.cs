using System.CommandLine;
using Analytics.Models.Households;
using Analytics.Tests.Warehouse;

namespace Analytics.Tests.Models.Households;

public sealed class HouseholdCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var root = new RootCommand { Assert.Single(HouseholdCommands.Create(stdout, stderr)) };
        var code = root.Parse(args).Invoke();
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Generate_then_simulate_prints_a_synthetic_what_if_per_county()
    {
        using var folder = new TempFolder();
        var file = folder.File("h.duckdb");
        var generated = Run("households", "generate", "--out", file, "--count", "3000", "--seed", "4");
        Assert.Equal(0, generated.Code);
        Assert.Contains("3,000 synthetic households", generated.Out, StringComparison.Ordinal);

        var simulated = Run("households", "simulate", "--households", file, "--standard-change", "+10%");
        Assert.Equal(0, simulated.Code);
        Assert.Contains("合成数据 SYNTHETIC", simulated.Out, StringComparison.Ordinal);
        Assert.Contains("330683", simulated.Out, StringComparison.Ordinal);
        Assert.Contains("trustworthy (baseline within tolerance of the reported 在册 count): 0 of", simulated.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_standard_change_is_an_error_on_stderr()
    {
        using var folder = new TempFolder();
        var file = folder.File("h.duckdb");
        Assert.Equal(0, Run("households", "generate", "--out", file, "--count", "100").Code);
        var (code, _, err) = Run("households", "simulate", "--households", file, "--standard-change", "ten percent");
        Assert.Equal(1, code);
        Assert.Contains("not a standard change", err, StringComparison.Ordinal);
    }
}
