using System.Globalization;
using Analytics.Etl.Load;
using Analytics.Warehouse;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Reviews;
using DuckDB.NET.Data;

namespace Analytics.Etl.Review;

/// <summary>What applying one review sheet did: reviews recorded, corrections added, verdicts already in force, refused rows.</summary>
internal sealed record ReviewLoadResult(long Reviews, long Corrections, int Unchanged, int? DocumentYear, List<Rejection> Rejections);

/// <summary>
/// Applies a filled review sheet inside the run's transaction: looks its keys up, checks each row
/// (<see cref="ReviewParser"/>), appends a correction as a new fact of the sheet's source, and
/// records every verdict in <c>reviews</c>. A verdict equal to the one in force (the same sheet
/// saved again under another name) is not recorded twice; within one sheet a later row for the same
/// key wins and the earlier is quarantined.
/// </summary>
internal sealed class ReviewLoad(DuckDBConnection connection, IndicatorCatalog catalog, FactStage stage)
{
    public ReviewLoadResult Apply(TableReader table, long firstFactId, int sourceId, int runId, DateTime reviewedAt, Action tick)
    {
        var parser = new ReviewParser(catalog, table.Header);
        var rows = new List<TableRow>();
        foreach (var row in table.Rows())
        {
            rows.Add(row);
            tick();
        }

        StageKeys(rows.Select(parser.Key).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal));
        var facts = ReadFacts();
        var current = CurrentReviews();

        var rejections = new List<Rejection>();
        var decisions = new Dictionary<string, ReviewDecision>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var (decision, rejection) = parser.Parse(row, facts.GetValueOrDefault(parser.Key(row)));
            if (rejection is not null)
            {
                rejections.Add(rejection);
            }
            else if (decision is not null)
            {
                if (decisions.TryGetValue(decision.FactKey, out var earlier))
                {
                    rejections.Add(Rejection.AtRow(earlier.Row, string.Create(CultureInfo.InvariantCulture,
                        $"superseded by row {decision.Row} of the same file (both review {decision.FactKey})")));
                }

                decisions[decision.FactKey] = decision;
            }
        }

        if (decisions.Count == 0 && rejections.Count == 0)
        {
            throw new RejectedFileException("no verdict filled in: write 确认, 更正 or 驳回 in the column 核对结论 verdict");
        }

        var changed = decisions.Values.OrderBy(d => d.Row).Where(d => !InForce(d, current.GetValueOrDefault(d.FactKey))).ToList();
        stage.Begin(firstFactId, sourceId, runId);
        var correctionIds = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var d in changed)
        {
            if (d.Correction is { } correction)
            {
                correctionIds[d.FactKey] = firstFactId + stage.Count;
                stage.Add(correction);
            }
        }

        var documentYear = stage.MaxYear;
        var corrections = stage.Complete();
        using (var appender = connection.CreateAppender("reviews"))
        {
            foreach (var d in changed)
            {
                // Column order of schema.sql's reviews table.
                appender.CreateRow()
                    .AppendValue(d.FactKey).AppendValue(d.Fact.FactId).AppendValue(d.Verdict.ToSql())
                    .AppendValue(correctionIds.TryGetValue(d.FactKey, out var id) ? id : (long?)null)
                    .AppendValue(d.OverridesStatistics).AppendValue(d.Note).AppendValue(reviewedAt)
                    .AppendValue(sourceId).AppendValue(d.Row).AppendValue(runId)
                    .EndRow();
            }
        }

        return new ReviewLoadResult(changed.Count, corrections, decisions.Count - changed.Count, documentYear, rejections);
    }

    private static bool InForce(ReviewDecision d, InForceReview? now) =>
        now is not null && now.Verdict == d.Verdict && now.Overrides == d.OverridesStatistics && now.Note == d.Note
        && (d.Correction is not { } c || (now.Value == c.Value && now.Year == c.Year && now.Indicator == c.Indicator));

    private void StageKeys(IEnumerable<string> keys)
    {
        Sql.Execute(connection, """
            CREATE TEMP TABLE IF NOT EXISTS stage_review_keys (fact_key VARCHAR);
            DELETE FROM stage_review_keys;
            """);
        using var appender = connection.CreateAppender("stage_review_keys");
        foreach (var key in keys)
        {
            appender.CreateRow().AppendValue(key).EndRow();
        }
    }

    // The reading a key names: the latest source's fact with it (the same sentence loaded twice is one reading).
    private Dictionary<string, ReadFact> ReadFacts()
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT f.fact_key, f.fact_id, f.region_code, f.region_name, f.indicator, f.year, f.period_start, f.value, f.unit,
                   f.qualifier, f.status, f.segment, f.synthetic
            FROM facts f JOIN sources s USING (source_id)
            WHERE s.kind = 'report' AND f.fact_key IN (SELECT fact_key FROM stage_review_keys)
            QUALIFY row_number() OVER (PARTITION BY f.fact_key ORDER BY f.source_id DESC, f.fact_id) = 1
            """;
        using var reader = command.ExecuteReader();
        var facts = new Dictionary<string, ReadFact>(StringComparer.Ordinal);
        while (reader.Read())
        {
            facts[reader.GetString(0)] = new ReadFact(
                reader.GetInt64(1), reader.Text(2), reader.Text(3), reader.GetString(4), reader.Int(5), reader.Int(6),
                reader.Dec(7), reader.GetString(8), Qualifiers.Parse(reader.GetString(9)), FactStatuses.Parse(reader.GetString(10)),
                Segments.Parse(reader.Text(11)), reader.GetBoolean(12));
        }

        return facts;
    }

    private Dictionary<string, InForceReview> CurrentReviews()
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT r.fact_key, r.verdict, r.overrides_statistics, r.note, c.value, c.year, c.indicator
            FROM current_reviews r LEFT JOIN facts c ON c.fact_id = r.correction_id
            WHERE r.fact_key IN (SELECT fact_key FROM stage_review_keys)
            """;
        using var reader = command.ExecuteReader();
        var reviews = new Dictionary<string, InForceReview>(StringComparer.Ordinal);
        while (reader.Read())
        {
            reviews[reader.GetString(0)] = new InForceReview(
                Verdicts.Parse(reader.GetString(1)), reader.GetBoolean(2), reader.Text(3),
                reader.Dec(4), reader.Int(5), reader.Text(6));
        }

        return reviews;
    }

    private sealed record InForceReview(Verdict Verdict, bool Overrides, string? Note, decimal? Value, int? Year, string? Indicator);
}
