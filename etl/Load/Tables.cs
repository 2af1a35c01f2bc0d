using DuckDB.NET.Data;
using Analytics.Warehouse;
using Analytics.Warehouse.Targets;

namespace Analytics.Etl.Load;

/// <summary>Writes population, economic bases, targets and quarantine rows inside the run's transaction.</summary>
internal static class Tables
{
    /// <summary>A newer file's figure for a (region, year) replaces the older one.</summary>
    public static long ReplacePopulation(DuckDBConnection connection, IReadOnlyList<PopulationRecord> rows, int sourceId, int runId)
    {
        Sql.Execute(connection, """
            CREATE TEMP TABLE IF NOT EXISTS stage_population (region_code VARCHAR, year INTEGER, residents BIGINT,
                residents_60plus BIGINT, source_row INTEGER, synthetic BOOLEAN);
            DELETE FROM stage_population;
            """);
        using (var appender = connection.CreateAppender("stage_population"))
        {
            foreach (var p in rows)
            {
                appender.CreateRow().AppendValue(p.RegionCode).AppendValue(p.Year).AppendValue(p.Residents)
                    .AppendValue(p.Residents60Plus).AppendValue(p.SourceRow).AppendValue(p.Synthetic).EndRow();
            }
        }

        Sql.Execute(connection, """
            DELETE FROM population p USING stage_population s WHERE p.region_code = s.region_code AND p.year = s.year;
            INSERT INTO population
            SELECT region_code, year, residents, residents_60plus, $source, source_row, $run, synthetic FROM stage_population;
            """, ("source", sourceId), ("run", runId));
        return rows.Count;
    }

    /// <summary>A newer file's target for a (province, year, indicator) replaces the older one.</summary>
    public static long ReplaceTargets(DuckDBConnection connection, IReadOnlyList<TargetRecord> rows, int sourceId, int runId)
    {
        Sql.Execute(connection, """
            CREATE TEMP TABLE IF NOT EXISTS stage_targets (province_code VARCHAR, year INTEGER, indicator VARCHAR,
                comparator VARCHAR, threshold DECIMAL(18, 6), threshold_high DECIMAL(18, 6), basis VARCHAR, of_indicator VARCHAR,
                base_lag INTEGER, due_year INTEGER, weight DECIMAL(9, 4), kind VARCHAR, document VARCHAR, issuer VARCHAR,
                doc_number VARCHAR, issued VARCHAR, clause VARCHAR, wording VARCHAR, address VARCHAR, note VARCHAR,
                source_row INTEGER, synthetic BOOLEAN);
            DELETE FROM stage_targets;
            """);
        using (var appender = connection.CreateAppender("stage_targets"))
        {
            foreach (var t in rows)
            {
                var s = t.Source;
                appender.CreateRow().AppendValue(t.ProvinceCode).AppendValue(t.Year).AppendValue(t.Indicator)
                    .AppendValue(t.Comparator.ToSql()).AppendValue(t.Threshold).AppendValue(t.ThresholdHigh).AppendValue(t.Basis.ToSql())
                    .AppendValue(t.Of).AppendValue(t.Lag).AppendValue(t.Due).AppendValue(t.Weight).AppendValue(s.Kind.ToSql())
                    .AppendValue(s.Document).AppendValue(s.Issuer).AppendValue(s.DocNumber).AppendValue(s.Issued)
                    .AppendValue(s.Clause).AppendValue(s.Wording).AppendValue(s.Address).AppendValue(t.Note)
                    .AppendValue(t.SourceRow).AppendValue(t.Synthetic).EndRow();
            }
        }

        Sql.Execute(connection, """
            DELETE FROM targets t USING stage_targets s
            WHERE t.province_code = s.province_code AND t.year = s.year AND t.indicator = s.indicator;
            INSERT INTO targets (province_code, year, indicator, comparator, threshold, threshold_high, basis, of_indicator, base_lag,
                                 due_year, weight, kind, document, issuer, doc_number, issued, clause, wording, address, note,
                                 source_id, source_row, run_id, synthetic)
            SELECT province_code, year, indicator, comparator, threshold, threshold_high, basis, of_indicator, base_lag,
                   due_year, weight, kind, document, issuer, doc_number, issued, clause, wording, address, note,
                   $source, source_row, $run, synthetic
            FROM stage_targets;
            """, ("source", sourceId), ("run", runId));
        return rows.Count;
    }

    /// <summary>A newer file's figure for a (region, year, base) replaces the older one.</summary>
    public static long ReplaceEconomicBases(DuckDBConnection connection, IReadOnlyList<EconomicBaseRecord> rows, int sourceId, int runId)
    {
        Sql.Execute(connection, """
            CREATE TEMP TABLE IF NOT EXISTS stage_bases (region_code VARCHAR, year INTEGER, base VARCHAR, value DECIMAL(18, 6),
                source_row INTEGER, synthetic BOOLEAN);
            DELETE FROM stage_bases;
            """);
        using (var appender = connection.CreateAppender("stage_bases"))
        {
            foreach (var b in rows)
            {
                appender.CreateRow().AppendValue(b.RegionCode).AppendValue(b.Year).AppendValue(b.Base.ToSql()).AppendValue(b.Value)
                    .AppendValue(b.SourceRow).AppendValue(b.Synthetic).EndRow();
            }
        }

        Sql.Execute(connection, """
            DELETE FROM economic_bases e USING stage_bases s WHERE e.region_code = s.region_code AND e.year = s.year AND e.base = s.base;
            INSERT INTO economic_bases
            SELECT region_code, year, base, value, $source, source_row, $run, synthetic FROM stage_bases;
            """, ("source", sourceId), ("run", runId));
        return rows.Count;
    }

    public static void Quarantine(DuckDBConnection connection, int runId, int sourceId, string name, string sha256, IReadOnlyList<Rejection> rejections)
    {
        if (rejections.Count == 0)
        {
            return;
        }

        using var appender = connection.CreateAppender("quarantine");
        foreach (var r in rejections)
        {
            appender.CreateRow().AppendValue(runId).AppendValue(sourceId).AppendValue(name).AppendValue(sha256)
                .AppendValue(r.Row).AppendValue(r.Offset).AppendValue(r.Reason).AppendValue(r.Raw).EndRow();
        }
    }

    /// <summary>True when any row the source put in the warehouse is marked synthetic.</summary>
    public static bool AnySynthetic(DuckDBConnection connection, int sourceId) =>
        Sql.Scalar<bool>(connection, """
            SELECT EXISTS (SELECT 1 FROM facts WHERE source_id = $s AND synthetic)
                OR EXISTS (SELECT 1 FROM population WHERE source_id = $s AND synthetic)
                OR EXISTS (SELECT 1 FROM targets WHERE source_id = $s AND synthetic)
                OR EXISTS (SELECT 1 FROM economic_bases WHERE source_id = $s AND synthetic)
            """, ("s", sourceId));
}
