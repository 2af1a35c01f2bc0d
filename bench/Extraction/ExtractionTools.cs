using System.Diagnostics;
using System.Globalization;
using Analytics.Etl.Extraction;
using Analytics.Etl.Input;

namespace Analytics.Bench.Extraction;

/// <summary>
/// Two helpers for work on the extractor, outside BenchmarkDotNet: <c>extraction-facts FILE</c>
/// writes every fact of the benchmark corpus as JSON Lines (to diff before and after a change;
/// any difference is a bug of the change), and <c>extraction-time [PASSES]</c> times the two
/// benchmark methods by the process's processor time (steadier than a stopwatch on a shared machine), alternating them, and prints the ratio of their medians:
/// a quick reading for profiling, not a figure for docs/performance.md.
/// </summary>
public static class ExtractionTools
{
    public static int WriteFacts(string path)
    {
        var extractor = FactExtractor.CreateDefault();
        using var output = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        long facts = 0;
        foreach (var document in ExtractionCorpus.Documents)
        {
            var (text, _) = TextDecoder.Decode(document.Bytes, document.Name);
            var found = extractor.Extract(document.Name, text);
            FactJson.Write(output, found);
            facts += found.Count;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{facts} facts from {ExtractionCorpus.Documents.Count} documents -> {path}"));
        return 0;
    }

    public static int Time(string[] args)
    {
        var passes = args is [var n] ? int.Parse(n, CultureInfo.InvariantCulture) : 5;
        var benchmarks = new ExtractionBenchmarks();
        benchmarks.Setup();
        benchmarks.DecodeAndSplit();
        benchmarks.DecodeAndExtract();
        var split = new List<double>();
        var extract = new List<double>();
        for (var i = 0; i < passes; i++)
        {
            split.Add(Measure(() => benchmarks.DecodeAndSplit()));
            extract.Add(Measure(() => benchmarks.DecodeAndExtract()));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  pass {i + 1}: split {split[^1]:F0} ms, extract {extract[^1]:F0} ms (processor time)"));
        }

        var (s, e) = (Median(split), Median(extract));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median processor time: split {s:F0} ms, extract {e:F0} ms, ratio {e / s:F2}"));
        return 0;
    }

    private static double Measure(Func<long> run)
    {
        var (allocated, pause, gcs) = (GC.GetAllocatedBytesForCurrentThread(), GC.GetTotalPauseDuration(), GC.CollectionCount(0));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        run();
        var wall = clock.Elapsed.TotalMilliseconds;
        var elapsed = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        Console.Write(string.Create(CultureInfo.InvariantCulture,
            $"  [wall {wall:F0} ms, {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6:F0} MB, {GC.CollectionCount(0) - gcs} GCs, paused {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms]"));
        return elapsed;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
