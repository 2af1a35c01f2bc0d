using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Analytics.Bench.Models;

/// <summary>
/// In process (no generated project to build: on the loaded shared machine that build timed out),
/// monitoring strategy: one warm-up and five measured runs of operations that take seconds.
/// </summary>
internal sealed class ModelBenchConfig : ManualConfig
{
    public ModelBenchConfig() =>
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5)
            .WithToolchain(InProcessEmitToolchain.Instance));
}
