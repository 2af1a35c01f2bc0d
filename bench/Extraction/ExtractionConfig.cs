using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Analytics.Bench.Extraction;

/// <summary>
/// A short job: one pass over the corpus takes seconds, so a few passes give a stable mean and
/// the whole run takes minutes. In process: the host is already a Release build, and on a busy
/// machine the generated project's rebuild alone can outlast BenchmarkDotNet's build timeout.
/// Adds the MB/s column.
/// </summary>
public sealed class ExtractionConfig : ManualConfig
{
    public ExtractionConfig()
    {
        AddJob(Job.Default
            .WithId("Corpus")
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(6)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithToolchain(InProcessEmitToolchain.Instance));
        AddColumn(new ThroughputColumn(() => ExtractionCorpus.TotalBytes));
    }
}
