namespace Analytics.Models.WhatIf;

/// <summary>
/// Exact Shapley values: each player's weighted average marginal contribution over every
/// coalition of the others. With n players this takes 2^n evaluations, cheap for a handful.
/// </summary>
internal static class Shapley
{
    /// <summary>
    /// <paramref name="value"/> maps a coalition (bit i set = player i at its scenario value) to a
    /// vector of outputs; returns [output][player]. Contributions to an output sum to
    /// value(all) − value(none).
    /// </summary>
    public static double[][] Attribute(int players, Func<int, double[]> value)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(players, 16);
        var values = Enumerable.Range(0, 1 << players).Select(value).ToArray();
        var outputs = values[0].Length;
        var weights = new double[players];
        for (var size = 0; size < players; size++)
        {
            // |S|! (n − |S| − 1)! / n!
            weights[size] = Factorial(size) * Factorial(players - size - 1) / Factorial(players);
        }

        var result = new double[outputs][];
        for (var o = 0; o < outputs; o++)
        {
            result[o] = new double[players];
            for (var i = 0; i < players; i++)
            {
                var bit = 1 << i;
                for (var mask = 0; mask < values.Length; mask++)
                {
                    if ((mask & bit) == 0)
                    {
                        result[o][i] += weights[int.PopCount(mask)] * (values[mask | bit][o] - values[mask][o]);
                    }
                }
            }
        }

        return result;
    }

    private static double Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);
}
