using System.Text.Encodings.Web;
using System.Text.Json;

namespace Analytics.Etl.Extraction;

/// <summary>
/// Writes facts as JSON Lines exactly in the field order and spelling of
/// shared/spec/extract-format.md, then the two fields etl/README.md adds: <c>source_format</c>
/// (text or ocr) and <c>low_confidence</c>. Values are written from decimal, so 6561.57 stays 6561.57.
/// </summary>
public static class FactJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep Chinese readable; this is not HTML
        Indented = false,
    };

    public static void Write(TextWriter output, IEnumerable<ExtractedFact> facts)
    {
        using var buffer = new MemoryStream();
        foreach (var fact in facts)
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                WriteOne(json, fact);
            }

            output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            output.Write('\n');
        }
    }

    public static string ToLine(ExtractedFact fact)
    {
        using var writer = new StringWriter();
        Write(writer, [fact]);
        return writer.ToString().TrimEnd('\n');
    }

    private static void WriteOne(Utf8JsonWriter json, ExtractedFact f)
    {
        json.WriteStartObject();
        json.WriteString("document", f.Document);
        json.WriteString("region", f.Region);
        json.WriteString("region_code", f.RegionCode);
        json.WriteString("segment", f.Segment.ToSql());
        json.WriteString("indicator", f.Indicator);
        if (f.Value is { } v)
        {
            json.WriteNumber("value", v);
        }
        else
        {
            json.WriteNull("value");
        }

        json.WriteString("unit", f.Unit);
        WriteInt(json, "year", f.Year);
        WriteInt(json, "period_start", f.PeriodStart);
        json.WriteString("qualifier", f.Qualifier.ToSql());
        json.WriteString("status", f.Status.ToSql());
        json.WriteBoolean("redacted", f.Redacted);
        json.WriteStartArray("span");
        json.WriteNumberValue(f.SpanStart);
        json.WriteNumberValue(f.SpanEnd);
        json.WriteEndArray();
        json.WriteString("evidence", f.Evidence);
        json.WriteString("source_format", Name(f.SourceFormat));
        json.WriteBoolean("low_confidence", f.LowConfidence);
        json.WriteEndObject();
    }

    private static void WriteInt(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static string Name(SourceFormat s) => s == SourceFormat.Ocr ? "ocr" : "text";
}
