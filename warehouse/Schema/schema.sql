-- The Analytics star schema. Idempotent: every statement may run against an existing warehouse.
-- Facts keep every value ever loaded; preferred_facts picks one per key and flags conflicts.

CREATE TABLE IF NOT EXISTS schema_info (version INTEGER NOT NULL);

-- Dimensions ------------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS regions (
    code          VARCHAR NOT NULL,      -- GB/T 2260 six-digit division code
    name          VARCHAR NOT NULL,
    short_name    VARCHAR,
    level         VARCHAR NOT NULL CHECK (level IN ('province', 'city', 'county')),
    parent_code   VARCHAR,
    province_code VARCHAR NOT NULL,
    valid_until   INTEGER,               -- last year the code was in use; null while current
    name_en       VARCHAR                -- Hanyu Pinyin with the type (Xihu District); last, so the ALTER below matches
);
-- Warehouses created before name_en existed get it here; the next load's region refresh fills it.
ALTER TABLE regions ADD COLUMN IF NOT EXISTS name_en VARCHAR;

CREATE TABLE IF NOT EXISTS indicators (
    code      VARCHAR NOT NULL,
    family    VARCHAR NOT NULL,
    name_zh   VARCHAR NOT NULL,
    name_en   VARCHAR NOT NULL,
    unit      VARCHAR NOT NULL,
    kind      VARCHAR NOT NULL,
    direction VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS years (year INTEGER NOT NULL);

-- Lineage ---------------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS load_runs (
    run_id        INTEGER NOT NULL,
    started_at    TIMESTAMP NOT NULL,
    finished_at   TIMESTAMP,
    files_loaded  INTEGER NOT NULL,
    files_skipped INTEGER NOT NULL,
    rows_loaded   BIGINT NOT NULL,
    quarantined   BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS sources (
    source_id     INTEGER NOT NULL,
    run_id        INTEGER NOT NULL,
    name          VARCHAR NOT NULL,      -- file name, no directory
    kind          VARCHAR NOT NULL CHECK (kind IN ('report', 'statistics', 'targets', 'population', 'economy', 'forecast', 'review', 'unknown')),
    sha256        VARCHAR NOT NULL,      -- the idempotency key: a file with a known hash is skipped
    encoding      VARCHAR,
    size_bytes    BIGINT NOT NULL,
    document_year INTEGER,               -- latest year the file speaks of; ranks a later report above an earlier one
    rows_loaded   BIGINT NOT NULL,
    quarantined   BIGINT NOT NULL,
    synthetic     BOOLEAN NOT NULL
);

-- Facts -----------------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS facts (
    fact_id      BIGINT NOT NULL,
    region_code  VARCHAR,                -- null when the region could not be resolved (see `check`)
    region_name  VARCHAR,                -- as named in the source
    indicator    VARCHAR NOT NULL,
    year         INTEGER,
    period_start INTEGER,
    value        DECIMAL(18, 6),         -- canonical unit of the indicator; null when masked
    unit         VARCHAR NOT NULL,
    qualifier    VARCHAR NOT NULL CHECK (qualifier IN ('exact', 'approx', 'at_least', 'at_most')),
    status       VARCHAR NOT NULL CHECK (status IN ('actual', 'target', 'plan', 'forecast')),
    segment      VARCHAR CHECK (segment IS NULL OR segment IN ('urban', 'rural', 'part')),
    redacted     BOOLEAN NOT NULL,
    source_id    INTEGER NOT NULL,
    source_row   INTEGER,                -- spreadsheet row (1 = header) for structured statistics
    span_start   INTEGER,                -- character span of the number in the decoded report
    span_end     INTEGER,
    evidence     VARCHAR,                -- the sentence the value was read from
    run_id       INTEGER NOT NULL,
    synthetic    BOOLEAN NOT NULL,
    fact_key     VARCHAR,                -- report facts: the stable key a review names (WarehouseSchema.FactKey); last, so the ALTERs below match
    evidence_mark INTEGER                -- report facts: where the number starts inside evidence (it runs span_end - span_start characters)
);
-- Warehouses of schema 2 and older get both here; the upgrade fills the keys of their report facts.
ALTER TABLE facts ADD COLUMN IF NOT EXISTS fact_key VARCHAR;
ALTER TABLE facts ADD COLUMN IF NOT EXISTS evidence_mark INTEGER;

-- Report facts whose figure was read by OCR from a scanned page or image (source_format ocr in
-- the JSON Lines); low_confidence: Tesseract was unsure of a character of the figure, so the review
-- sheet lists it first. A fact read from a text layer has no row here.
CREATE TABLE IF NOT EXISTS ocr_readings (
    fact_id        BIGINT NOT NULL,
    low_confidence BOOLEAN NOT NULL
);

-- A person's verdict on a number read from prose, from a filled review sheet (analytics-etl review
-- export, then load). It names the fact by its key, so it holds for every fact with that key: a
-- reload of the same report text keeps it. Nothing is overwritten: a later review of the same key
-- replaces the earlier one in current_reviews, and the earlier stays here.
CREATE TABLE IF NOT EXISTS reviews (
    fact_key             VARCHAR NOT NULL,
    fact_id              BIGINT NOT NULL,       -- the fact the sheet's row showed
    verdict              VARCHAR NOT NULL CHECK (verdict IN ('confirmed', 'corrected', 'rejected')),
    correction_id        BIGINT,                -- corrected: the fact the review added, from the review's source
    overrides_statistics BOOLEAN NOT NULL,      -- corrected: the correction names the structured statistics and ranks above them
    note                 VARCHAR,
    reviewed_at          TIMESTAMP NOT NULL,    -- when the sheet was loaded (who reviewed is not recorded)
    source_id            INTEGER NOT NULL,      -- the review sheet (sources.kind = 'review')
    source_row           INTEGER NOT NULL,      -- its row (1 = header)
    run_id               INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS population (
    region_code      VARCHAR NOT NULL,
    year             INTEGER NOT NULL,
    residents        BIGINT,             -- 常住人口
    residents_60plus BIGINT,             -- 60岁及以上常住人口
    source_id        INTEGER NOT NULL,
    source_row       INTEGER NOT NULL,
    run_id           INTEGER NOT NULL,
    synthetic        BOOLEAN NOT NULL
);

-- One assessment target of a province (or, with province_code '000000', of the nation: every
-- province inherits a national target for an indicator and year it sets nothing for; see the view
-- effective_targets). Official rows carry the document they come from; example rows come from none.
CREATE TABLE IF NOT EXISTS targets (
    province_code  VARCHAR NOT NULL,
    year           INTEGER NOT NULL,
    indicator      VARCHAR NOT NULL,
    comparator     VARCHAR NOT NULL CHECK (comparator IN ('>=', '<=', '=', 'range')),
    threshold      DECIMAL(18, 6) NOT NULL,  -- the lower end of a range
    threshold_high DECIMAL(18, 6),           -- the upper end of a range; null otherwise
    basis          VARCHAR NOT NULL CHECK (basis IN ('absolute', 'per_10k_residents', 'per_1k_aged_60plus', 'percent',
                                                     'ratio', 'share', 'base_share')),
    of_indicator   VARCHAR,                  -- ratio, share: the other indicator; base_share: the economic base
    base_lag       INTEGER,                  -- base_share: the base of this many years before (1 = 上年度)
    due_year       INTEGER,                  -- the year the document sets it for (到2025年); null when it binds every year
    weight         DECIMAL(9, 4) NOT NULL,
    kind           VARCHAR NOT NULL CHECK (kind IN ('official', 'example')),
    document       VARCHAR,                  -- provenance, required of official rows: title,
    issuer         VARCHAR,                  -- issuing body,
    doc_number     VARCHAR,                  -- document number (文号) where it has one,
    issued         VARCHAR,                  -- date as the sources give it,
    clause         VARCHAR,                  -- clause or table row,
    wording        VARCHAR,                  -- the exact words,
    address        VARCHAR,                  -- and where they were read
    note           VARCHAR,
    source_id      INTEGER NOT NULL,
    source_row     INTEGER NOT NULL,
    run_id         INTEGER NOT NULL,
    synthetic      BOOLEAN NOT NULL
);

-- Economic figures targets are set against (per-capita consumption expenditure), per region and
-- year, loaded from their own template like population. Yuan per person per year.
CREATE TABLE IF NOT EXISTS economic_bases (
    region_code VARCHAR NOT NULL,
    year        INTEGER NOT NULL,
    base        VARCHAR NOT NULL CHECK (base IN ('consumption_per_capita')),
    value       DECIMAL(18, 6) NOT NULL,
    source_id   INTEGER NOT NULL,
    source_row  INTEGER NOT NULL,
    run_id      INTEGER NOT NULL,
    synthetic   BOOLEAN NOT NULL
);

CREATE TABLE IF NOT EXISTS quarantine (
    run_id      INTEGER NOT NULL,
    source_id   INTEGER NOT NULL,
    source_name VARCHAR NOT NULL,
    sha256      VARCHAR NOT NULL,
    row_number  INTEGER,                 -- 1-based file row for tables (1 = header)
    span_start  INTEGER,                 -- character offset for reports
    reason      VARCHAR NOT NULL,
    raw         VARCHAR
);

-- Views -----------------------------------------------------------------------------------
CREATE OR REPLACE VIEW fact_lineage AS
SELECT f.*, s.name AS source_name, s.kind AS source_kind, s.sha256 AS source_sha256,
       s.encoding AS source_encoding, s.size_bytes AS source_size_bytes, r.started_at AS loaded_at
FROM facts f
JOIN sources s USING (source_id)
JOIN load_runs r ON r.run_id = f.run_id;

-- The review in force for each key: the latest run's, and within a run the latest row.
CREATE OR REPLACE VIEW current_reviews AS
SELECT r.*, s.name AS review_file
FROM reviews r JOIN sources s USING (source_id)
QUALIFY row_number() OVER (PARTITION BY r.fact_key ORDER BY r.run_id DESC, r.source_id DESC, r.source_row DESC) = 1;

-- Where each number from prose stands: a report fact is unreviewed, confirmed, corrected or rejected
-- (its key's verdict in force); a fact a review added is the correction in force, or superseded by a
-- later review. read_fact_id: for a correction, the fact whose reading it corrects.
CREATE OR REPLACE VIEW fact_reviews AS
SELECT f.fact_id,
       CASE WHEN s.kind = 'review' THEN CASE WHEN c.fact_key IS NULL THEN 'superseded' ELSE 'correction' END
            ELSE coalesce(r.verdict, 'unreviewed') END AS review,
       coalesce(c.overrides_statistics, false) AS overrides_statistics,
       h.fact_id AS read_fact_id,
       coalesce(r.reviewed_at, c.reviewed_at) AS reviewed_at,
       coalesce(r.review_file, c.review_file) AS review_file,
       coalesce(r.source_row, c.source_row) AS review_row,
       coalesce(r.note, c.note) AS review_note
FROM facts f
JOIN sources s USING (source_id)
LEFT JOIN current_reviews r ON s.kind = 'report' AND r.fact_key = f.fact_key
LEFT JOIN current_reviews c ON s.kind = 'review' AND c.correction_id = f.fact_id
LEFT JOIN reviews h ON s.kind = 'review' AND h.correction_id = f.fact_id
WHERE s.kind IN ('report', 'review');

-- Every candidate for one (region, indicator, year, status, segment, period_start), ranked:
--   1. a number beats a masked value;
--   2. a correction that names the structured statistics beats them; structured statistics beat
--      prose a person reviewed (confirmed, or a correction), which beats unreviewed prose, and all
--      of them beat model forecasts;
--   3. a later document (the latest year it speaks of) beats an earlier one;
--   4. a later load beats an earlier one; 5. within one source, exact beats approximate.
-- A rejected reading, a corrected one (its correction stands in) and a superseded correction are
-- never candidates: they stay in facts with their lineage.
CREATE OR REPLACE VIEW fact_candidates AS
SELECT f.*, s.kind AS source_kind, s.name AS source_name, s.document_year, v.review,
       row_number() OVER w AS preference
FROM facts f
JOIN sources s USING (source_id)
LEFT JOIN fact_reviews v ON v.fact_id = f.fact_id
WHERE f.region_code IS NOT NULL AND f.year IS NOT NULL
  AND coalesce(v.review, '') NOT IN ('rejected', 'corrected', 'superseded')
WINDOW w AS (
    PARTITION BY f.region_code, f.indicator, f.year, f.status, f.segment, f.period_start
    ORDER BY f.value IS NULL,
             CASE WHEN v.overrides_statistics THEN 0
                  WHEN s.kind = 'statistics' THEN 1
                  WHEN v.review IN ('confirmed', 'correction') THEN 2
                  WHEN s.kind = 'report' THEN 3
                  ELSE 4 END,
             s.document_year DESC NULLS LAST, f.source_id DESC,
             f.qualifier <> 'exact', f.fact_id);

-- review: where the preferred value stands if it comes from prose (unreviewed, confirmed, or a
-- correction), null for statistics and forecasts.
CREATE OR REPLACE VIEW preferred_facts AS
SELECT region_code, indicator, year, status, segment, period_start,
       arg_min(value, preference) AS value,
       arg_min(unit, preference) AS unit,
       arg_min(qualifier, preference) AS qualifier,
       arg_min(fact_id, preference) AS fact_id,
       arg_min(source_kind, preference) AS source_kind,
       arg_min_null(review, preference) AS review,
       bool_or(synthetic) AS synthetic,
       count(*) AS candidates,
       count(DISTINCT value) AS distinct_values,
       count(DISTINCT value) > 1 AS conflict,
       list(value ORDER BY preference) AS competing_values
FROM fact_candidates
GROUP BY region_code, indicator, year, status, segment, period_start;

-- The targets each province is assessed on: its own, and the national ones for every indicator
-- and year it sets nothing for (inherited = true). A province's target for an indicator replaces
-- the nation's for that indicator and year, whatever its form.
CREATE OR REPLACE VIEW effective_targets AS
SELECT t.province_code AS applies_to, false AS inherited, t.*
FROM targets t WHERE t.province_code <> '000000'
UNION ALL
SELECT p.code AS applies_to, true AS inherited, n.*
FROM targets n JOIN regions p ON p.level = 'province'
WHERE n.province_code = '000000'
  AND NOT EXISTS (SELECT 1 FROM targets o WHERE o.province_code = p.code AND o.year = n.year AND o.indicator = n.indicator);

-- Model outputs ---------------------------------------------------------------------------
-- Forecasts are facts of status 'forecast' from a source of kind 'forecast' (never mixed with
-- actuals); their prediction intervals live here, one row per forecast fact.
CREATE TABLE IF NOT EXISTS forecast_intervals (
    fact_id  BIGINT NOT NULL,
    level    DOUBLE NOT NULL,           -- nominal coverage, e.g. 0.8
    lower    DECIMAL(18, 6) NOT NULL,
    upper    DECIMAL(18, 6) NOT NULL,
    model    VARCHAR NOT NULL,          -- the model the backtest chose for this indicator family
    horizon  INTEGER NOT NULL           -- years ahead of the last actual
);

-- The rolling-origin backtest of each family's chosen model, one row per series, origin and
-- horizon: what a forecast made at the end of `origin` from data through that year said for
-- origin + horizon, against the actual that followed. Written and replaced with the forecasts.
CREATE TABLE IF NOT EXISTS forecast_backtests (
    backtest_id BIGINT NOT NULL,
    region_code VARCHAR NOT NULL,
    indicator   VARCHAR NOT NULL,
    family      VARCHAR NOT NULL,
    model       VARCHAR NOT NULL,
    origin      INTEGER NOT NULL,
    horizon     INTEGER NOT NULL,
    actual      DOUBLE NOT NULL,
    forecast    DOUBLE NOT NULL,
    scale       DOUBLE NOT NULL,            -- mean absolute yearly change of the training part (MASE's denominator)
    run_id      INTEGER NOT NULL,
    synthetic   BOOLEAN NOT NULL
);

-- The interval each backtest forecast had, calibrated only on residuals known at its origin (so
-- how often they held is the coverage a reader can expect); none where too few residuals were known.
CREATE TABLE IF NOT EXISTS forecast_backtest_intervals (
    backtest_id BIGINT NOT NULL,
    level       DOUBLE NOT NULL,
    lower       DOUBLE NOT NULL,
    upper       DOUBLE NOT NULL,
    pooled      BOOLEAN NOT NULL            -- the family's pooled width: the indicator had too few residuals of its own
);

-- The forecast run behind the current forecasts (one row, replaced with them): its load run (whose
-- finished_at is when it ran), the published snapshot its series were read from when known, the
-- years ahead, the interval levels, the series it saw and the forecasts it wrote.
CREATE TABLE IF NOT EXISTS forecast_runs (
    run_id           INTEGER NOT NULL,
    data_snapshot_id VARCHAR,
    horizon          INTEGER NOT NULL,
    levels           DOUBLE[] NOT NULL,
    series           INTEGER NOT NULL,
    forecast_rows    BIGINT NOT NULL,
    synthetic        BOOLEAN NOT NULL
);

-- The model each indicator family's forecasts use, chosen by the backtest: its mean MASE and sMAPE
-- over the horizons, and naive's MASE beside it. Written and replaced with the forecasts.
CREATE TABLE IF NOT EXISTS forecast_choices (
    family     VARCHAR NOT NULL,
    model      VARCHAR NOT NULL,
    mase       DOUBLE NOT NULL,
    smape      DOUBLE NOT NULL,
    naive_mase DOUBLE NOT NULL,
    run_id     INTEGER NOT NULL,
    synthetic  BOOLEAN NOT NULL
);

-- How often each model's backtest intervals held the actual, as the backtest measured it: over a
-- family (indicator null) or one indicator, per horizon and level; pooled counts the points that had
-- the family's pooled width. Written and replaced with the forecasts.
CREATE TABLE IF NOT EXISTS forecast_coverage (
    family    VARCHAR NOT NULL,
    indicator VARCHAR,
    model     VARCHAR NOT NULL,
    horizon   INTEGER NOT NULL,
    level     DOUBLE NOT NULL,
    points    INTEGER NOT NULL,
    coverage  DOUBLE NOT NULL,
    pooled    INTEGER NOT NULL,
    run_id    INTEGER NOT NULL,
    synthetic BOOLEAN NOT NULL
);

-- How well each model that wrote outputs did when it was evaluated: the forecasts' backtest
-- (metric 'mase_h1', 'coverage_80_h1') and the at-risk classifier on held-out households
-- ('roc_auc', 'pr_auc', 'precision_at_k'). Replaced by the writer of the same output.
CREATE TABLE IF NOT EXISTS model_evaluations (
    model     VARCHAR NOT NULL,
    output    VARCHAR NOT NULL,             -- 'forecast' or 'at_risk'
    metric    VARCHAR NOT NULL,
    value     DOUBLE NOT NULL,
    points    BIGINT NOT NULL,              -- backtest points or held-out households it was measured on
    run_id    INTEGER NOT NULL,
    synthetic BOOLEAN NOT NULL
);

-- Aggregates of the at-risk household model per region and year. Household records themselves
-- never enter the warehouse: they stay in the bureau's own household file.
CREATE TABLE IF NOT EXISTS at_risk_counts (
    region_code        VARCHAR NOT NULL,
    year               INTEGER NOT NULL,
    households_scored  BIGINT NOT NULL,
    at_risk_households BIGINT NOT NULL,
    at_risk_persons    BIGINT NOT NULL,
    threshold          DOUBLE NOT NULL,  -- calibrated risk at or above which a household counts
    model              VARCHAR NOT NULL,
    run_id             INTEGER NOT NULL,
    synthetic          BOOLEAN NOT NULL
);
