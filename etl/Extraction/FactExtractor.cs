using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Regions;

namespace Analytics.Etl.Extraction;

/// <summary>
/// Reads every statistic out of one report: rebuilds the text (<see cref="TextLayout"/>), works
/// out the report's year, area and plan sections, then binds each quantity in each sentence to
/// the catalog indicator whose alias names it and whose unit fits it (<see cref="Binder"/>).
/// Pure: no I/O, the same text always gives the same facts.
/// </summary>
public sealed class FactExtractor
{
    private readonly QuantityScanner scanner;
    private readonly AliasMatcher aliases;
    private readonly RegionFinder regions;
    private readonly Binder binder;
    private readonly TextTables tables;

    public FactExtractor(IndicatorCatalog catalog, Gazetteer gazetteer)
    {
        scanner = new QuantityScanner(catalog.Units.AllMeasures());
        aliases = new AliasMatcher(catalog);
        regions = new RegionFinder(gazetteer);
        var siblings = new Siblings(catalog);
        binder = new Binder(catalog.Units, new Beneficiaries(catalog), siblings);
        tables = new TextTables(aliases, scanner, catalog.Units, siblings);
    }

    public static FactExtractor CreateDefault() => new(IndicatorCatalog.LoadDefault(), Gazetteer.LoadDefault());

    // The scratch of the last call, for the next one to reuse; a call made while another holds it takes a new one.
    private ExtractionScratch? spare;

    /// <summary>
    /// The facts of one document. Safe to call from several threads at once: each call works in a
    /// scratch of its own (the one the previous call left, when no other call holds it).
    /// </summary>
    /// <exception cref="ExtractionException">The extractor itself failed on the document (a fault to report, not one of the file's).</exception>
    public IReadOnlyList<ExtractedFact> Extract(string document, string text)
    {
        var scratch = Interlocked.Exchange(ref spare, null) ?? new ExtractionScratch();
        var facts = Extract(document, text, scratch);
        Volatile.Write(ref spare, scratch);
        return facts;
    }

    /// <summary>The facts of one document, worked out in <paramref name="scratch"/>, which one caller at a time may use.</summary>
    /// <exception cref="ExtractionException">The extractor itself failed on the document.</exception>
    public IReadOnlyList<ExtractedFact> Extract(string document, string text, ExtractionScratch scratch)
    {
        ArgumentNullException.ThrowIfNull(text);
        scratch.At = 0;
        try
        {
            return ExtractCore(document, text, scratch);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            throw new ExtractionException(document, scratch.At, e);
        }
    }

    private IReadOnlyList<ExtractedFact> ExtractCore(string document, string text, ExtractionScratch scratch)
    {
        var layout = TextLayout.Build(text, scratch.Layout);
        var published = PublicationDate.Year(text);
        var articleEnd = Lexicon.ArticleEnd(layout.Text);
        var (reportYear, now, fromTitle) = ReportYear.Infer(layout, published, articleEnd);
        var region = regions.Find(layout);
        var planPeriods = Lexicon.PlanPeriods(layout.Text);
        var sections = new Sections(reportYear, Lexicon.PartialYear().IsMatch(layout.Text));
        var taskTable = Lexicon.TaskTableStart(text);
        var (facts, seen, quantities, mentions, bounds) =
            (scratch.Facts, scratch.Seen, scratch.Quantities, scratch.Mentions, scratch.Bounds);
        facts.Clear();
        seen.Clear();
        var covered = scratch.Covered;
        covered.Clear();
        scratch.At = -1;
        tables.Read(document, text, layout.IsTraditional, reportYear, region, facts, covered);
        scratch.At = 0;
        foreach (var fact in facts)
        {
            seen.Add((fact.Indicator, fact.Value, fact.Year, fact.Status == FactStatus.Actual, fact.Segment)); // the text restating a row adds nothing
        }

        // On a dated page (a news item), a year a paragraph opens with ("2022年，全县…") dates the paragraphs
        // after it too, up to the next heading or change of section, when it is the year being reported on
        // (the page's or the one before). In a report, such a year is a remark about then ("2021年，在全省
        // 率先…" in a ten-year review): it dates its own paragraph only.
        int? carried = null;
        var (wasInPlan, lastReview) = (false, (int?)null);
        foreach (var block in layout.Blocks)
        {
            if (block.Start >= articleEnd)
            {
                break; // below the editor's credit: the page's links and other articles
            }

            var blockText = layout.Text.AsSpan(block.Start, block.End - block.Start);
            sections.Enter(blockText, block.IsHeading);
            if (block.IsHeading || sections.InPlan != wasInPlan || sections.ReviewYear != lastReview)
            {
                carried = null;
                (wasInPlan, lastReview) = (sections.InPlan, sections.ReviewYear);
            }

            if (block.IsHeading)
            {
                continue;
            }

            carried = published is not null && carried >= now - 1 ? carried : null;
            var partsList = false;
            (Indicator Indicator, string Measure)? series = null;
            string? afterSum = null;
            var context = new BlockContext(reportYear, sections.InPlan, sections.PlanYear, Lexicon.YearsBack(blockText), now, carried ?? sections.ReviewYear, planPeriods, fromTitle ? reportYear : null)
            {
                InTaskTable = taskTable >= 0 && layout.ToOriginal(block.End - 1) > taskTable,
                ReviewYear = sections.ReviewYear,
            };
            for (var at = block.Start; NextSentence(layout.Text, Math.Min(block.End, articleEnd), ref at, out var start, out var end);)
            {
                if (covered.Count > 0 && InTable(covered, layout.ToOriginal(start)))
                {
                    continue; // read as a table row already
                }

                scratch.At = layout.ToOriginal(start);
                var sentenceText = layout.Text.AsSpan(start, end - start);
                if (context.InPartsList != partsList)
                {
                    context = context with { InPartsList = partsList };
                }

                if (context.AfterSum != afterSum)
                {
                    context = context with { AfterSum = afterSum };
                }

                // The end first: most sentences end in 。, and then no list goes on past them.
                var opensList = sentenceText.TrimStart().StartsWith("其中", StringComparison.Ordinal);
                partsList = sentenceText.TrimEnd() is [.., '；' or ';']
                    && (partsList || opensList
                        || sentenceText.Contains("其中：", StringComparison.Ordinal) || sentenceText.Contains("其中:", StringComparison.Ordinal));
                // A list that goes on breaks down the same sum as its first item.
                var keptSum = partsList && (context.InPartsList || opensList) ? context.AfterSum : null;
                var topic = Lexicon.TopicYear(layout.Text.AsSpan(start, end - start), now);
                var since = Lexicon.TopicSince(layout.Text.AsSpan(start, end - start));
                scanner.Scan(layout.Text.AsSpan(start, end - start), quantities);
                if (quantities.Count == 0)
                {
                    afterSum = keptSum;
                    (context, carried) = Next(context, carried, topic, since);
                    continue; // most sentences: no alias search
                }

                aliases.Find(layout.Text.AsSpan(start, end - start), mentions, scratch.Aliases);
                if (mentions.Count == 0 && series is { } step && SeriesStep(sentenceText, quantities, step.Measure))
                {
                    mentions.Add(new AliasMention(0, 0, step.Indicator)); // "…总量只有32万家；2013年达到39万家；…"
                }

                if (mentions.Count == 0)
                {
                    series = null;
                    afterSum = partsList ? keptSum : quantities[^1].Measure;
                    (context, carried) = Next(context, carried, topic, since);
                    continue; // a figure binds to an alias, or as a part to a figure bound to one
                }

                var sentence = layout.Text[start..end];
                binder.Bind(sentence, quantities, mentions, context, bounds, scratch.Years);
                // A sentence ending in a semicolon with one dated figure may open a series of years that name it no more.
                series = bounds.Count == 1 && bounds[0] is { Year: not null, Segment: null, IsPart: false } only && sentenceText.TrimEnd() is [.., '；' or ';']
                    ? (only.Indicator, only.Quantity.Measure)
                    : null;
                afterSum = partsList ? keptSum : Unbound(bounds, quantities[^1]);
                (context, carried) = Next(context, carried, topic, since); // "2020年，…；" dates what follows
                foreach (var bound in bounds)
                {
                    var q = bound.Quantity;
                    if (!seen.Add((bound.Indicator.Code, bound.Value, bound.Year, bound.Status == FactStatus.Actual, bound.Segment)))
                    {
                        continue; // a figure repeated word for word is one fact, not two
                    }

                    var (spanStart, spanEnd) = layout.ToOriginalSpan(start + q.Start, start + q.NumberEnd);
                    facts.Add(new ExtractedFact(
                        document, region?.Name, region?.Code, bound.Segment, bound.Indicator.Code, bound.Value,
                        bound.Indicator.Unit, bound.Year, bound.PeriodStart ?? bound.Year, q.Qualifier, bound.Status,
                        q.Redacted, spanStart, spanEnd, sentence.Trim()));
                }
            }
        }

        Restatements.Drop(facts);
        return new List<ExtractedFact>(facts); // exactly sized; the working list stays for the next document
    }

    // What a sentence tells the sentences after it in its paragraph: the year it opens with ("2020年，…"), or
    // the year a span it opens with starts ("2013年以来，…": a total in a later sentence runs from then).
    // Outside a plan section, a year still to come ("2024年，全县将新建…" in a review of 2023) dates its own
    // sentence only: the sentences after it go on with the year under review.
    private static (BlockContext, int?) Next(in BlockContext context, int? carried, int? topic, int? since) =>
        (!context.InPlan && topic > context.ReportYear ? null : topic, since) switch
        {
            (null, null) => (context, carried),
            (_, null) => (context with { Carried = topic, SinceYear = null }, topic),
            _ => (context with { SinceYear = since }, carried),
        };

    // A step of a series of years: the sentence opens with its year and holds figures of the series' measure only
    // ("2013年达到39万家；").
    private static bool SeriesStep(ReadOnlySpan<char> sentence, List<Quantity> quantities, string measure)
    {
        var t = sentence.TrimStart();
        if (t.Length < 6 || t[4] != '年' || !char.IsAsciiDigit(t[0]) || !char.IsAsciiDigit(t[3]) || t[..4].ContainsAnyExcept("0123456789"))
        {
            return false;
        }

        foreach (var q in quantities)
        {
            if (q.Measure != measure)
            {
                return false;
            }
        }

        return true;
    }

    // The measure of the sentence's last figure when no figure of that measure took an indicator, or null.
    private static string? Unbound(List<Bound> bounds, Quantity last)
    {
        foreach (var b in bounds)
        {
            if (b.Quantity.Measure == last.Measure)
            {
                return null;
            }
        }

        return last.Measure;
    }

    private static bool InTable(List<(int Start, int End)> covered, int offset)
    {
        foreach (var (s, e) in covered)
        {
            if (offset >= s && offset < e)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sentences of a block as [start, end) offsets, each ending after its punctuation.</summary>
    public static IEnumerable<(int Start, int End)> Sentences(string text, int from, int to)
    {
        for (var at = from; NextSentence(text, to, ref at, out var start, out var end);)
        {
            yield return (start, end);
        }
    }

    // The sentence starting at `at` (up to `to`), moving `at` past it; false when none is left. A sentence
    // ends after a sentence-ending character outside brackets, or at `to`.
    private static bool NextSentence(string text, int to, ref int at, out int start, out int end)
    {
        start = at;
        var depth = 0;
        for (var i = at; i < to; i++)
        {
            var c = text[i];
            depth += c is '（' or '(' ? 1 : c is '）' or ')' ? -1 : 0;
            if (Lexicon.IsSentenceEnd(c) && depth <= 0)
            {
                end = at = i + 1;
                return true;
            }
        }

        end = at = to;
        return to > start;
    }
}

/// <summary>
/// The lists one <see cref="FactExtractor.Extract(string, string, ExtractionScratch)"/> call works in,
/// cleared and reused from document to document (and from sentence to sentence) so that a document
/// allocates none of them. One caller at a time.
/// </summary>
public sealed class ExtractionScratch
{
    internal List<ExtractedFact> Facts { get; } = [];

    internal HashSet<(string, decimal?, int?, bool, Segment?)> Seen { get; } = new(FactKeyComparer.Instance);

    internal List<Quantity> Quantities { get; } = [];

    internal List<AliasMention> Mentions { get; } = [];

    internal AliasMatcher.Scratch Aliases { get; } = new();

    internal List<Bound> Bounds { get; } = [];

    internal List<(int Start, int End)> Covered { get; } = [];

    internal YearMatches Years { get; } = new();

    internal TextLayout.Scratch Layout { get; } = new();

    // Where in the document's text the sentence being read starts (-1 while its tables are read): what an
    // ExtractionException reports.
    internal int At { get; set; }
}

/// <summary>
/// Equality of the seen-set keys as the tuple's own; a cheaper hash than the tuple's, which hashes the
/// indicator code with the randomised string hash and the value through decimal's own. The value is
/// left out (1.5 and 1.50 are equal and would need a canonical form to hash alike): a document holds a
/// few dozen facts, so keys that share code, year and status only make a short chain.
/// </summary>
internal sealed class FactKeyComparer : IEqualityComparer<(string Code, decimal? Value, int? Year, bool Actual, Segment? Segment)>
{
    public static readonly FactKeyComparer Instance = new();

    // Field by field, the cheap ones first: the tuple's own Equals asks a default comparer for each.
    public bool Equals((string Code, decimal? Value, int? Year, bool Actual, Segment? Segment) x, (string Code, decimal? Value, int? Year, bool Actual, Segment? Segment) y) =>
        x.Year == y.Year && x.Actual == y.Actual && x.Segment == y.Segment && string.Equals(x.Code, y.Code, StringComparison.Ordinal) && x.Value == y.Value;

    public int GetHashCode((string Code, decimal? Value, int? Year, bool Actual, Segment? Segment) key)
    {
        var code = key.Code;
        var chars = code.Length == 0 ? 0 : code[^1] | (code[code.Length / 2] << 16);
        return HashCode.Combine(code.Length, chars, key.Year, key.Actual, key.Segment);
    }
}

/// <summary>
/// What a paragraph tells every sentence in it: the report's year, whether it plans, a "十年来" span, the
/// year 今年/去年 count from, the year an earlier sentence of the paragraph opened with ("2020年，…；"), and the
/// five-year plans the text names (<see cref="Lexicon.PlanPeriods"/>), and the year its title names, if any.
/// </summary>
internal readonly record struct BlockContext(int? ReportYear, bool InPlan, int? PlanYear, int? YearsBack, int? Now, int? Carried, int PlanPeriods, int? TitleYear)
{
    /// <summary>The first year of a span an earlier sentence of the paragraph opened ("2013年以来，…").</summary>
    public int? SinceYear { get; init; }

    /// <summary>
    /// An earlier sentence opened a list of parts that goes on ("其中：12月份城市低保3167户…；12月份农村低保5790户…。"):
    /// each item of it is a part of the total before the list.
    /// </summary>
    public bool InPartsList { get; init; }

    /// <summary>
    /// The block lies below the header of a table of tasks and their progress ("重点工作任务 … 进展情况"): the
    /// figures a row opens with are the tasks set, not results.
    /// </summary>
    public bool InTaskTable { get; init; }

    /// <summary>The year a review heading above the block names ("一、2020年民政各项工作总结"), or null.</summary>
    public int? ReviewYear { get; init; }

    /// <summary>
    /// The measure of the figure the sentence before ended with, when it took no indicator: a sum of several
    /// programmes ("社会保障专项资金7679.39万元"), which a 其中 list after it breaks down into wholes.
    /// </summary>
    public string? AfterSum { get; init; }
}
