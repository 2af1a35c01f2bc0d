using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Analytics.Bench.Households;

/// <summary>
/// Few, long iterations in process: one operation over a million households takes long enough
/// that a monitoring strategy (no pilot, one warm-up, five measured runs) gives stable figures.
/// </summary>
internal sealed class HouseholdBenchConfig : ManualConfig
{
    public HouseholdBenchConfig() =>
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5)
            .WithToolchain(InProcessEmitToolchain.Instance));
}
