using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Analytics.Etl.Input;

namespace Analytics.Tests.Etl.Input;

public sealed class DocumentReaderTests : IDisposable
{
    // Mixed CJK, ASCII digits and a \r\n that must survive decoding untouched.
    private const string Report = "全年共发放低保金1234.5万元。\r\n城乡低保标准提高到每人每月1100元，惠及困难群众。\n";

    // No ASCII at all: in UTF-16 this has no NUL bytes to give the byte order away.
    private const string AllChinese = "民政工作稳步推进，养老服务体系日益完善，社会救助兜底有力。";

    // 一 is U+4E00 and the ideographic space U+3000: each puts a NUL on the "wrong" side for ASCII.
    private const string WithYi = "一年来，民政工作稳步推进。\u3000养老服务体系日益完善，一批项目落地。";

    // Mostly ASCII: read in the wrong byte order, the letters would look like CJK (a\0 is U+6100).
    private const string MostlyAscii = "Summary of work, year 2023: total 1234.5 (wan yuan)\r\n合计";

    // Place names use rarer hanzi (衢, 嵊, 婺, 瓯, 鄞, 盱眙) that must not make a file look foreign.
    private const string PlaceNames = "衢州市柯城区、嵊州市、婺城区、瓯海区、鄞州区和盱眙县的低保标准均有提高。";

    // Lower-case letters alone read as CJK in the wrong byte order; only the NUL side tells.
    private const string LowercaseAscii = "minzhengyuanrenminbitotal合计";

    private readonly TempFolder folder = new();

    static DocumentReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => folder.Dispose();

    public static TheoryData<string, string, string> Encodings => new()
    {
        { "utf-8", Report, "utf-8" },
        { "utf-8-bom", Report, "utf-8-bom" },
        { "utf-16le-bom", Report, "utf-16le" },
        { "utf-16le", Report, "utf-16le" },
        { "utf-16be-bom", Report, "utf-16be" },
        { "utf-16be", Report, "utf-16be" },
        { "utf-16le", AllChinese, "utf-16le" },
        { "utf-16be", AllChinese, "utf-16be" },
        { "utf-16le", WithYi, "utf-16le" },
        { "utf-16be", WithYi, "utf-16be" },
        { "utf-16le", MostlyAscii, "utf-16le" },
        { "utf-16be", MostlyAscii, "utf-16be" },
        { "utf-16le", LowercaseAscii, "utf-16le" },
        { "utf-16be", LowercaseAscii, "utf-16be" },
        { "gb18030", WithYi, "gb18030" },
        { "gb18030", PlaceNames, "gb18030" },
        { "utf-16le", PlaceNames, "utf-16le" },
        { "gb18030", Report, "gb18030" },
        { "gb18030", AllChinese, "gb18030" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Text_decodes_identically_whatever_the_encoding(string encoding, string text, string expected)
    {
        var bytes = Encode(text, encoding);
        var path = folder.Write($"report-{encoding}-{text.Length}.txt", bytes);

        var document = DocumentReader.Read(path);

        Assert.Equal(text, document.Text);
        Assert.Equal(expected, document.Encoding);
        Assert.Equal($"report-{encoding}-{text.Length}.txt", document.Name);
        Assert.Equal(bytes.LongLength, document.SizeBytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), document.Sha256);
        Assert.Matches("^[0-9a-f]{64}$", document.Sha256);
    }

    [Fact]
    public void Markdown_and_unknown_extensions_are_read_as_text()
    {
        var md = folder.Write("notes.md", Encoding.UTF8.GetBytes("# 标题\n养老床位2万张"));
        var log = folder.Write("notes.log", Encoding.UTF8.GetBytes("养老床位2万张"));
        Assert.Equal("# 标题\n养老床位2万张", DocumentReader.Read(md).Text);
        Assert.Equal("utf-8", DocumentReader.Read(log).Encoding);
    }

    [Fact]
    public void Docx_yields_paragraphs_and_table_rows_in_body_order()
    {
        var path = folder.Write("summary.docx", DocxFixture.Create(
            "2023年民政工作总结",
            [["指标", "数值"], ["低保人数", "1,234人"]],
            "下一步，我们将继续推进。"));

        var document = DocumentReader.Read(path);

        Assert.Equal("2023年民政工作总结\n指标\t数值\n低保人数\t1,234人\n下一步，我们将继续推进。", document.Text);
        Assert.Equal("docx", document.Encoding);
        Assert.Equal("summary.docx", document.Name);
    }

    [Fact]
    public void Docx_that_is_not_a_zip_is_rejected_by_name()
    {
        var path = folder.Write("broken.docx", Encoding.UTF8.GetBytes("这不是一个Word文档"));
        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(path));
        Assert.Equal(path, error.Path);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(".docx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zip_that_is_not_a_word_document_is_rejected_by_name()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            entry.Write("不是Word文档");
        }

        var path = folder.Write("archive.docx", zip.ToArray());
        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(path));
        Assert.StartsWith($"{path} is not a valid .docx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_is_rejected()
    {
        var path = folder.Write("empty.txt", []);
        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(path));
        Assert.Equal($"{path} is empty", error.Message);
        Assert.Null(error.Offset);
    }

    [Theory]
    [InlineData("scan.pdf")]
    [InlineData("scan.txt")]
    [InlineData("scan.docx")]
    public void A_broken_pdf_is_read_as_a_pdf_whatever_its_name_and_rejected_as_damaged(string name)
    {
        var path = folder.Write(name, Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n"));
        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("is a damaged PDF (PDF 文件已损坏)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_named_pdf_that_is_no_pdf_is_rejected_not_read_as_text()
    {
        var path = folder.Write("report.pdf", Encoding.UTF8.GetBytes("全市低保对象1200人。"));
        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(path));
        Assert.Contains("does not start with %PDF", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, error.Offset);
    }

    [Fact]
    public void Binary_file_is_rejected_at_its_first_control_byte()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        var path = folder.Write("chart.txt", png);
        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(path));
        Assert.Equal(6, error.Offset);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("(byte offset 6)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_cut_off_inside_a_character_reports_where()
    {
        var whole = Encoding.UTF8.GetBytes("全年共发放低保金");
        var path = folder.Write("cut.txt", whole[..^1]);
        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(path));
        Assert.Equal(whole.Length - 3, error.Offset);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_no_supported_encoding_accepts_are_rejected()
    {
        var path = folder.Write("odd.txt", [0x41, 0x42, 0xFF, 0xFF, 0x80]);
        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(path));
        Assert.Equal(2, error.Offset);
        Assert.Contains("is not UTF-8, UTF-16 or GB18030 text", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(932, "日本語のテキストです。東京都の人口は約1400万人です。")]
    [InlineData(950, "全年共發放低保金1234.5萬元，城鄉低保標準提高到每人每月1100元。")]
    public void East_Asian_encodings_other_than_gb18030_are_refused_not_misread(int codePage, string text)
    {
        var path = folder.Write($"cp{codePage}.txt", Encoding.GetEncoding(codePage).GetBytes(text));
        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(path));
        Assert.Contains("is not UTF-8, UTF-16 or GB18030 text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_reported_by_name()
    {
        var path = Path.Combine(folder.Path, "nowhere.txt");
        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(path));
        Assert.Equal($"{path} does not exist", error.Message);
    }

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => new UTF8Encoding(false).GetBytes(text),
        "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. new UTF8Encoding(false).GetBytes(text)],
        "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "utf-16le" => Encoding.Unicode.GetBytes(text),
        "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        "utf-16be" => Encoding.BigEndianUnicode.GetBytes(text),
        "gb18030" => Encoding.GetEncoding(54936).GetBytes(text),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, null),
    };
}
