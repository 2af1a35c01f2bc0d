using Analytics.Etl.Extraction;
using Analytics.Etl.Input;
using BenchmarkDotNet.Attributes;

namespace Analytics.Bench.Extraction;

/// <summary>
/// Extraction throughput (issue 2): decoding and extracting every fact of the corpus, against a
/// baseline that decodes the same bytes and only splits them into sentences. The Ratio column is
/// what extraction costs per byte in units of that baseline; the aim is at most 5.
/// </summary>
[Config(typeof(ExtractionConfig))]
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private IReadOnlyList<CorpusDocument> corpus = [];
    private FactExtractor extractor = null!; // set in Setup, before any benchmark runs

    [GlobalSetup]
    public void Setup()
    {
        corpus = ExtractionCorpus.Documents;
        extractor = FactExtractor.CreateDefault();
    }

    [Benchmark(Baseline = true, Description = "decode + split sentences")]
    public long DecodeAndSplit()
    {
        long sentences = 0;
        foreach (var document in corpus)
        {
            var (text, _) = TextDecoder.Decode(document.Bytes, document.Name);
            foreach (var _ in FactExtractor.Sentences(text, 0, text.Length))
            {
                sentences++;
            }
        }

        return sentences;
    }

    [Benchmark(Description = "decode + extract facts")]
    public long DecodeAndExtract()
    {
        long facts = 0;
        foreach (var document in corpus)
        {
            var (text, _) = TextDecoder.Decode(document.Bytes, document.Name);
            facts += extractor.Extract(document.Name, text).Count;
        }

        return facts;
    }
}
