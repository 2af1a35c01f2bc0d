using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Analytics.Bench.Extraction;

/// <summary>
/// A short job: one pass over the corpus takes seconds, so a few passes give a stable mean and
/// the whole run takes minutes. Adds the MB/s column.
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
            .WithUnrollFactor(1));
        AddColumn(new ThroughputColumn(() => ExtractionCorpus.TotalBytes));
    }
}
