using Analytics.Models.Households;
using Analytics.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Tests.Models.Households;

/// <summary>The score run streams the roster in chunks; nothing it produces may depend on the chunk size.</summary>
public sealed class ChunkedScoringTests(HouseholdFixture fixture) : IClassFixture<HouseholdFixture>
{
    [Fact]
    public void The_sql_split_is_the_split_of_the_model()
    {
        long[] ids = [.. Enumerable.Range(1, 2_000).Select(i => (long)i), 4_294_967_296, 9_007_199_254_740_993, long.MaxValue, -1, -987_654_321, long.MinValue];
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Sql.Execute(connection, "CREATE TABLE households (household_id BIGINT)");
        using (var appender = connection.CreateAppender("households"))
        {
            foreach (var id in ids)
            {
                appender.CreateRow().AppendValue(id).EndRow();
            }
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT household_id, ({RiskModel.BucketSql})::INTEGER FROM households";
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            var (from, to) = RiskModel.Buckets(RiskModel.SplitOf(reader.GetInt64(0)));
            Assert.InRange(reader.GetInt32(1), from, to);
            rows++;
        }

        Assert.Equal(ids.Length, rows);
    }

    [Theory]
    [InlineData(RiskSplit.Train)]
    [InlineData(RiskSplit.Calibration)]
    [InlineData(RiskSplit.Test)]
    public void A_sample_is_the_splits_first_households_by_id(RiskSplit split)
    {
        using var connection = HouseholdFile.Open(fixture.Path, readOnly: true);
        var sample = HouseholdReader.Sample(connection, HouseholdFixture.AsOf, split, 700, TestContext.Current.CancellationToken);
        Assert.Equal(fixture.Of(split).Take(700), sample);
    }

    [Fact]
    public void Chunked_scores_counts_and_evaluation_equal_one_chunk_and_the_in_memory_scores()
    {
        var (chunked, chunkedScores) = Score(chunkSize: 3_000);   // 20,000 households: seven chunks, the last partial
        var (whole, wholeScores) = Score(chunkSize: 100_000);     // one chunk

        Assert.Equal(fixture.All.Count, chunked.Scored);
        Assert.Equal(whole.Scored, chunked.Scored);
        Assert.Equal(whole.Counts, chunked.Counts);
        Assert.Equal(whole.Evaluation, chunked.Evaluation);
        Assert.Equal(wholeScores, chunkedScores);
        // And the same as scoring every household in memory with the trained model.
        var inMemory = fixture.All.Zip(chunked.Model.Score(fixture.All), (h, r) => (h.Household.Id, r)).ToList();
        Assert.Equal(inMemory, chunkedScores);
    }

    private (RiskScoring.Result Result, List<(long Id, double Risk)> Scores) Score(int chunkSize)
    {
        var copy = Path.Combine(fixture.Folder, $"chunks-{chunkSize}.duckdb");
        File.Copy(fixture.Path, copy, overwrite: true);
        using var connection = HouseholdFile.Open(copy, readOnly: false);
        var result = new RiskScoring(seed: 1, maxPerSplit: 2_000, chunkSize: chunkSize).Run(connection, threshold: 0.3, k: 50, TestContext.Current.CancellationToken);
        using (var tables = connection.CreateCommand())
        {
            // The staging table the chunks went into has become risk_scores.
            tables.CommandText = "SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables WHERE table_name LIKE 'risk_scores%'";
            Assert.Equal("risk_scores", tables.ExecuteScalar());
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT household_id, risk FROM risk_scores ORDER BY household_id";
        using var reader = command.ExecuteReader();
        var scores = new List<(long, double)>();
        while (reader.Read())
        {
            scores.Add((reader.GetInt64(0), reader.GetDouble(1)));
        }

        return (result, scores);
    }
}
