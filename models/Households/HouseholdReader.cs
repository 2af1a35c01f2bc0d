using DuckDB.NET.Data;

namespace Analytics.Models.Households;

/// <summary>Reads households from a household file with their county's standard on the as-of date.</summary>
public static class HouseholdReader
{
    /// <summary>
    /// Households in id order, optionally of one township only. Households in a county without a
    /// standard on <paramref name="asOf"/> are left out (they cannot be measured against a line).
    /// DuckDB sorts the whole result first: use it for a township, <see cref="Stream"/> for a roster.
    /// </summary>
    public static IEnumerable<ScoredHousehold> Read(DuckDBConnection connection, DateOnly asOf, string? township = null, CancellationToken ct = default) =>
        Query(connection, asOf, township is null ? "" : "WHERE h.township_code = $township", "ORDER BY h.household_id", streaming: false,
            township is null ? [] : [new DuckDBParameter("township", township)], ct);

    /// <summary>
    /// Every household, in the file's order (no sort), as DuckDB produces it: a streaming result
    /// holds a few vectors at a time, so memory stays flat however large the roster. The
    /// connection must run nothing else until the enumeration ends (that would close the stream).
    /// </summary>
    public static IEnumerable<ScoredHousehold> Stream(DuckDBConnection connection, DateOnly asOf, CancellationToken ct = default) =>
        Query(connection, asOf, "", "", streaming: true, [], ct);

    /// <summary>
    /// The first <paramref name="limit"/> households of a split in id order: the same households as
    /// reading all in id order and keeping that split's first ones, but a top-N in DuckDB, not a sort.
    /// </summary>
    public static List<ScoredHousehold> Sample(DuckDBConnection connection, DateOnly asOf, RiskSplit split, int limit, CancellationToken ct = default)
    {
        var (from, to) = RiskModel.Buckets(split);
        return [.. Query(connection, asOf, $"WHERE {RiskModel.BucketSql} BETWEEN {from} AND {to}", "ORDER BY h.household_id LIMIT $limit", streaming: false,
            [new DuckDBParameter("limit", limit)], ct)];
    }

    private static IEnumerable<ScoredHousehold> Query(
        DuckDBConnection connection, DateOnly asOf, string where, string order, bool streaming, DuckDBParameter[] parameters, CancellationToken ct)
    {
        using var command = connection.CreateCommand();
        command.UseStreamingMode = streaming;
        command.CommandText = $"""
            WITH std AS (
                SELECT region_code, arg_max(standard_yuan_per_person_month, valid_from)::DOUBLE AS standard
                FROM standards WHERE valid_from <= $as_of GROUP BY region_code)
            SELECT h.household_id, h.region_code, h.township_code, h.members, h.head_age, h.children, h.elderly,
                   h.disabled, h.chronic_ill, h.employed, h.housing, h.monthly_income, h.medical_spending,
                   h.education_spending, h.assistance, h.at_risk, s.standard, coalesce(r.edge_multiplier, 1.5)
            FROM households h JOIN std s USING (region_code) LEFT JOIN region_rules r USING (region_code)
            {where}
            {order}
            """;
        command.Parameters.Add(new DuckDBParameter("as_of", asOf.ToDateTime(TimeOnly.MinValue)));
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter);
        }

        using var _ = ct.Register(command.Cancel);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var household = new Household(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4),
                reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9),
                ParseHousing(reader.GetString(10)), reader.GetDouble(11), reader.GetDouble(12), reader.GetDouble(13),
                ParseAssistance(reader.GetString(14)), reader.GetBoolean(15));
            yield return new ScoredHousehold(household, reader.GetDouble(16), reader.GetDouble(17));
        }
    }

    private static Housing ParseHousing(string text) => text switch
    {
        "owned" => Housing.Owned,
        "rented" => Housing.Rented,
        "public_rental" => Housing.PublicRental,
        _ => Housing.Dilapidated,
    };

    private static Assistance ParseAssistance(string text) => text switch
    {
        "dibao" => Assistance.Dibao,
        "edge" => Assistance.Edge,
        _ => Assistance.None,
    };
}
