namespace Analytics.Warehouse.Demo;

/// <summary>
/// Seeded randomness for the demo. Each (seed, region, stream) gets its own generator, derived
/// with a fixed mix (never <see cref="string.GetHashCode()"/>, which changes per process), so a
/// county's series do not depend on which other counties or years were asked for.
/// </summary>
internal sealed class DemoRandom(int seed, string region, string stream)
{
    private readonly Random random = new(Derive(seed, region, stream));

    public double Uniform(double low, double high) => low + ((high - low) * random.NextDouble());

    public bool Chance(double p) => random.NextDouble() < p;

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public double Normal()
    {
        var u = 1.0 - random.NextDouble();
        var v = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }

    /// <summary>Multiplicative noise around 1 with relative spread <paramref name="sigma"/>, never below 0.5.</summary>
    public double Noise(double sigma) => Math.Max(0.5, 1.0 + (sigma * Normal()));

    private static int Derive(int seed, string region, string stream)
    {
        var h = 14_695_981_039_346_656_037UL; // FNV-1a over the seed and both names
        foreach (var c in $"{seed}|{region}|{stream}")
        {
            h = (h ^ c) * 1_099_511_628_211UL;
        }

        h ^= h >> 33; // SplitMix-style finish spreads nearby keys apart
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        return (int)(h & int.MaxValue);
    }
}
