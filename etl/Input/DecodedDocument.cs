namespace Analytics.Etl.Input;

/// <summary>
/// A report file turned into text. <see cref="Text"/> is exactly what was decoded, line endings
/// and all (only a byte-order mark is dropped), so character spans index into it directly.
/// <see cref="Encoding"/> is one of utf-8, utf-8-bom, utf-16le, utf-16be, gb18030, docx or pdf;
/// <see cref="Sha256"/> is the lower-case hex digest of the raw bytes.
/// </summary>
public sealed record DecodedDocument(
    string Name, string Path, string Text, string Encoding, string Sha256, long SizeBytes);
