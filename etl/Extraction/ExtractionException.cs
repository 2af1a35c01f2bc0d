namespace Analytics.Etl.Extraction;

/// <summary>
/// The extractor failed on a document: a fault of the extractor, not of the file, which the caller reports
/// by the file's name and passes over so that the other files of a batch are still read. <see cref="Offset"/>
/// is the character offset of the sentence it was reading (from the start of the document's text), or -1 when
/// it failed reading the document's tables, so that the failure can be reproduced on that part alone.
/// </summary>
public sealed class ExtractionException(string document, int offset, Exception inner)
    : Exception($"{document}: {Describe(offset, inner)}", inner)
{
    public string Document { get; } = document;

    public int Offset { get; } = offset;

    /// <summary>What failed and where in the text, without the document's name.</summary>
    public string Reason { get; } = Describe(offset, inner);

    private static string Describe(int offset, Exception inner) =>
        $"the extractor failed {(offset < 0 ? "reading the tables" : $"at the sentence starting at character {offset}")} "
        + $"({inner.GetType().Name}: {inner.Message}); the file is passed over — please report it with the file";
}
