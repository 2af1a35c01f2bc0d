using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Analytics.Warehouse.Regions;

namespace Analytics.Bench.Extraction;

/// <summary>
/// The extraction benchmark's corpus: the project's own sample reports (etl/Samples/reports,
/// embedded in this assembly), repeated and varied until they fill <see cref="MinimumBytes"/>.
/// Each copy moves the report to another county of the gazetteer, shifts its years and redraws
/// its Arabic figures digit by digit (dates and enumerators stay), so no two documents are the
/// same text. Copies are saved the way reports arrive: mostly UTF-8, some with a BOM, some in
/// GB18030, some with Windows line endings. Deterministic: a fixed seed gives the same bytes
/// on every run and machine.
/// </summary>
public static partial class ExtractionCorpus
{
    /// <summary>50 MiB of encoded text, the floor issue 2 sets for the benchmark.</summary>
    public const long MinimumBytes = 50L * 1024 * 1024;

    private const int Seed = 20_231_231;

    private static readonly Lazy<IReadOnlyList<CorpusDocument>> Shared = new(() => Build(MinimumBytes));

    /// <summary>The corpus of at least <see cref="MinimumBytes"/>, built once per process.</summary>
    public static IReadOnlyList<CorpusDocument> Documents => Shared.Value;

    public static long TotalBytes => Documents.Sum(d => (long)d.Bytes.Length);

    public static IReadOnlyList<CorpusDocument> Build(long minimumBytes)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb18030 = Encoding.GetEncoding("GB18030");
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var gazetteer = Gazetteer.LoadDefault();
        var counties = gazetteer.Regions.Where(r => r.IsCurrent && r.Level == RegionLevel.County).ToList();
        var samples = Samples(counties);
        var random = new Random(Seed);
        var documents = new List<CorpusDocument>();
        long total = 0;
        for (var i = 0; total < minimumBytes; i++)
        {
            var sample = samples[i % samples.Count];
            var text = Vary(sample, counties, random);
            if (i % 3 == 1)
            {
                text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
            }

            var (bytes, encoding) = (i % 5) switch
            {
                4 => (gb18030.GetBytes(text), "gb18030"),
                2 when i % 10 == 2 => ([.. Encoding.UTF8.Preamble, .. utf8.GetBytes(text)], "utf-8-bom"),
                _ => (utf8.GetBytes(text), "utf-8"),
            };
            documents.Add(new CorpusDocument(string.Create(CultureInfo.InvariantCulture, $"{sample.Name}-{i:D5}.txt"), bytes, encoding));
            total += bytes.Length;
        }

        return documents;
    }

    private sealed record Sample(string Name, string Text, Region Region);

    // The sample reports, each with the county it speaks for (the division named earliest).
    private static List<Sample> Samples(IReadOnlyList<Region> counties)
    {
        var assembly = typeof(ExtractionCorpus).Assembly;
        var samples = new List<Sample>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("samples/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"resource {resource} vanished");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var text = reader.ReadToEnd();
            var region = counties
                .Select(r => (Region: r, At: text.IndexOf(r.Name, StringComparison.Ordinal)))
                .Where(x => x.At >= 0)
                .OrderBy(x => x.At)
                .Select(x => x.Region)
                .FirstOrDefault() ?? throw new InvalidDataException($"sample {resource} names no county of the gazetteer");
            samples.Add(new Sample(Path.GetFileNameWithoutExtension(resource), text, region));
        }

        return samples.Count > 0 ? samples : throw new InvalidOperationException("no sample reports embedded: see Analytics.Bench.csproj");
    }

    private static string Vary(Sample sample, IReadOnlyList<Region> counties, Random random)
    {
        var suffix = sample.Region.Name[^1];
        var sameKind = counties.Where(c => c.Name[^1] == suffix).ToList();
        var county = sameKind[random.Next(sameKind.Count)];
        var yearShift = random.Next(-8, 2);
        var text = sample.Text.Replace(sample.Region.Name, county.Name, StringComparison.Ordinal);
        return Figure().Replace(text, m => VaryFigure(text, m, yearShift, random));
    }

    private static string VaryFigure(string text, Match m, int yearShift, Random random)
    {
        var after = m.Index + m.Length;
        var next = after < text.Length ? text[after] : '\0';
        var previous = m.Index > 0 ? text[m.Index - 1] : '\0';
        if (next == '年' && m.Length == 4)
        {
            return (int.Parse(m.Value, CultureInfo.InvariantCulture) + yearShift).ToString(CultureInfo.InvariantCulture);
        }

        // Dates (7月1日, 1-6月) and enumerators (1.) are structure, not statistics.
        if (next is '月' or '日' or '号' or '.' or '、' or '-' || previous == '-'
            || (next == '%' && m.Value.IndexOf('.', StringComparison.Ordinal) is var dot && (dot < 0 ? m.Length : dot) >= 3))
        {
            return m.Value;
        }

        var chars = m.Value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsAsciiDigit(chars[i]))
            {
                chars[i] = (char)('0' + (i == 0 ? random.Next(1, 10) : random.Next(10)));
            }
        }

        return new string(chars);
    }

    [GeneratedRegex(@"(?<![\d,.])\d+(?:,\d{3})*(?:\.\d+)?")]
    private static partial Regex Figure();
}
