namespace Analytics.Bench.Extraction;

/// <summary>One report of the benchmark corpus as it would sit on disk: a file name and its raw bytes.</summary>
public sealed record CorpusDocument(string Name, byte[] Bytes, string Encoding);
